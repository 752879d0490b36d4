package uk.gov.sli.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import uk.gov.sli.tables.SheetTable;

/** Reads the first sheet of an XLSX file into a {@link Table}; lines are the sheet's row numbers. */
public final class XlsxReader {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxReader() {
    }

    /** More than this unpacked, or unpacking to more than {@link #MAX_RATIO} times its size, is refused unread. */
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    /** A zip file's signature ("PK" and the bytes 3 and 4), which fastexcel's header check reads. */
    private static final int ZIP_SIGNATURE_LENGTH = 4;

    public static Table read(byte[] bytes) {
        // fastexcel's header check throws on fewer bytes than the signature (an empty upload): that is no workbook either.
        if (bytes.length < ZIP_SIGNATURE_LENGTH || !ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            throw TableRejectedException.single(1, "", "the file is not an XLSX workbook");
        }
        checkUnpackedSize(bytes);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<org.dhatim.fastexcel.reader.Row> sheetRows = workbook.getFirstSheet().read();
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Row row : sheetRows) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), c < cells.size() ? cells.get(c) : "");
                }
                rows.add(new Row(row.getRowNum(), values));
            }
            if (header == null) {
                throw TableRejectedException.single(1, "", "the first sheet is empty: a header row is required");
            }
            return Table.checked(header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TableRejectedException rejected) {
                throw rejected;
            }
            throw TableRejectedException.single(1, "", "the file could not be read as an XLSX workbook: save it "
                    + "again from Excel or LibreOffice as 'Excel 2007-365 (.xlsx)'");
        }
    }

    /**
     * Unpacks every part of the workbook once, counting, and stops at the limits: a small file that would unpack to
     * gigabytes (a "zip bomb") is refused before any reader holds it.
     */
    private static void checkUnpackedSize(byte[] bytes) {
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (org.apache.commons.compress.archivers.zip.ZipFile zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(bytes)).get()) {
            for (var entry : java.util.Collections.list(zip.getEntries())) {
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES || unpacked > (long) MAX_RATIO * bytes.length + 1024 * 1024) {
                            throw TableRejectedException.single(1, "", "the workbook unpacks to more than "
                                    + (unpacked > MAX_UNPACKED_BYTES ? "50 MB" : MAX_RATIO + " times its size")
                                    + ", which no table of figures needs; save only the sheet to import");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TableRejectedException rejected) {
                throw rejected;
            }
            throw TableRejectedException.single(1, "", "the file could not be read as an XLSX workbook: save it "
                    + "again from Excel or LibreOffice as 'Excel 2007-365 (.xlsx)'");
        }
    }

    /** Numbers as plain decimals (a percent cell's 0.31 stays 0.31), text with any export apostrophe removed. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            // Written out only when short: 1E+1000000 stays as written, for the column's reader to refuse.
            String raw = cell.getRawValue() == null ? "" : cell.getRawValue().trim();
            BigDecimal number = cell.asNumber();
            if (raw.length() > 40 || number.precision() - number.scale() > 40 || number.scale() > 40) {
                return raw;
            }
            BigDecimal stripped = number.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean());
        }
        return SheetTable.restore(cell.getText() == null ? "" : cell.getText());
    }
}
