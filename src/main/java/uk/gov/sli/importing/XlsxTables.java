package uk.gov.sli.importing;

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
import org.dhatim.fastexcel.reader.Row;

import uk.gov.sli.export.SheetTable;

/** Reads the first sheet of an XLSX file into a {@link Table}; lines are the sheet's row numbers. */
public final class XlsxTables {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxTables() {
    }

    public static Table read(byte[] bytes) {
        if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            throw ImportRejectedException.single(1, "", "the file is not an XLSX workbook");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Row> sheetRows = workbook.getFirstSheet().read();
            List<String> header = null;
            List<uk.gov.sli.importing.Row> rows = new ArrayList<>();
            for (Row row : sheetRows) {
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
                rows.add(new uk.gov.sli.importing.Row(row.getRowNum(), values));
            }
            if (header == null) {
                throw ImportRejectedException.single(1, "", "the first sheet is empty: a header row is required");
            }
            return new Table(header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw ImportRejectedException.single(1, "", "the XLSX file could not be read: " + e.getMessage());
        }
    }

    /** Numbers as plain decimals (a percent cell's 0.31 stays 0.31), text with any export apostrophe removed. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber().stripTrailingZeros();
            return (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean());
        }
        return SheetTable.restore(cell.getText() == null ? "" : cell.getText());
    }
}
