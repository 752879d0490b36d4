package uk.gov.sli.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Finishes a generated XLSX: cells in text format ("@") get Excel's quote prefix, so text that looks like a formula
 * is never run (the writer cannot set the prefix itself); and, given an instant such as a sign-off's, every
 * timestamp inside (the zip entries' times, the document's created and modified dates) is set to it, so the same
 * content gives the same bytes every time; without one, the entries carry the time the file is made (the writer leaves
 * them at the zip format's zero, 30 November 1979). Only the two parts it changes are read and compressed again; every
 * other part, the sheets among them, is copied as the writer compressed it.
 */
public final class Reproducible {

    private Reproducible() {
    }

    public static byte[] xlsx(byte[] workbook, Instant fixedAt) {
        Instant at = fixedAt == null ? Instant.now() : fixedAt;
        String stamp = DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
        long time = at.toEpochMilli();
        SeekableInMemoryByteChannel out = new SeekableInMemoryByteChannel();
        // Read through the central directory: the writer streams entries with data descriptors.
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get();
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                boolean styles = entry.getName().equals("xl/styles.xml");
                boolean properties = entry.getName().equals("docProps/core.xml") && fixedAt != null;
                if (!styles && !properties) {
                    // Copied as the writer compressed it: the sheets are neither inflated nor compressed again.
                    ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                    copy.setMethod(entry.getMethod());
                    copy.setCrc(entry.getCrc());
                    copy.setSize(entry.getSize());
                    copy.setCompressedSize(entry.getCompressedSize());
                    copy.setTime(time);
                    try (InputStream raw = in.getRawInputStream(entry)) {
                        zip.addRawArchiveEntry(copy, raw);
                    }
                    continue;
                }
                String content;
                try (InputStream stream = in.getInputStream(entry)) {
                    content = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                }
                content = styles ? quotePrefixTextFormat(content)
                        : content.replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", "$1" + stamp + "$3");
                ZipArchiveEntry changed = new ZipArchiveEntry(entry.getName());
                changed.setMethod(ZipArchiveEntry.DEFLATED);
                changed.setTime(time);
                zip.putArchiveEntry(changed);
                zip.write(content.getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Arrays.copyOf(out.array(), (int) out.size());
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
