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
 * Makes a generated XLSX the same bytes every time for the same content: every timestamp inside it (the zip
 * entries' times, the document's created and modified dates) set to one given instant, such as a sign-off's.
 */
public final class Reproducible {

    private Reproducible() {
    }

    public static byte[] xlsx(byte[] workbook, Instant at) {
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
                if (entry.getName().equals("docProps/core.xml")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replaceAll("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", "$1" + stamp + "$3")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTime(at.toEpochMilli());
                zip.putNextEntry(fixed);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
