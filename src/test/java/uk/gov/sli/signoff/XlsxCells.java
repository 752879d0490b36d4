package uk.gov.sli.signoff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** A workbook's cells as text, sheet by sheet, to compare two workbooks field by field. */
final class XlsxCells {

    private XlsxCells() {
    }

    static List<String> of(byte[] xlsx) {
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getSheets().forEach(sheet -> {
                try {
                    sheet.read().forEach(row -> row.forEach(cell -> cells.add(sheet.getName() + "!"
                            + (cell == null ? "" : cell.getAddress() + "=" + cell.getRawValue()))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }
}
