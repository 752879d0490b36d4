package uk.gov.sli.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import java.util.zip.ZipOutputStream;

/**
 * Finishes a generated XLSX: cells in text format ("@") get Excel's quote prefix, so text that looks like a formula
 * is never run (the writer cannot set the prefix itself); and, given an instant such as a sign-off's, every
 * timestamp inside (the zip entries' times, the document's created and modified dates) is set to it, so the same
 * content gives the same bytes every time.
 */
public final class Reproducible {

    private Reproducible() {
    }

    public static byte[] xlsx(byte[] workbook, Instant fixedAt) {
        Instant at = fixedAt == null ? Instant.now() : fixedAt;
        String stamp = DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
        ByteArrayOutputStream out = new ByteArrayOutputStream(workbook.length);
        // Read through the central directory: the writer streams entries with data descriptors.
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] content;
                try (var stream = in.getInputStream(entry)) {
                    content = stream.readAllBytes();
                }
                if (entry.getName().equals("xl/styles.xml")) {
                    content = quotePrefixTextFormat(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                if (entry.getName().equals("docProps/core.xml") && fixedAt != null) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", "$1" + stamp + "$3")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTime(fixedAt == null ? entry.getTime() : at.toEpochMilli());
                zip.putNextEntry(fixed);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every cell format whose number format is text ("@": built-in 49, or a custom one) gets quotePrefix="1". */
    static String quotePrefixTextFormat(String styles) {
        java.util.Set<String> textFormats = new java.util.HashSet<>(java.util.Set.of("49"));
        java.util.regex.Matcher custom = java.util.regex.Pattern
                .compile("<numFmt\\b[^>]*numFmtId=\"(\\d+)\"[^>]*formatCode=\"@\"").matcher(styles);
        while (custom.find()) {
            textFormats.add(custom.group(1));
        }
        java.util.regex.Matcher xf = java.util.regex.Pattern.compile("<xf\\b[^>]*numFmtId=\"(\\d+)\"[^>]*?(/?)>").matcher(styles);
        StringBuilder out = new StringBuilder();
        while (xf.find()) {
            String tag = xf.group();
            if (textFormats.contains(xf.group(1)) && !tag.contains("quotePrefix")) {
                tag = tag.replaceFirst("<xf\\b", "<xf quotePrefix=\"1\"");
            }
            xf.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(tag));
        }
        xf.appendTail(out);
        return out.toString();
    }
}
