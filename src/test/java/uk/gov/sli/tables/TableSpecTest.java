package uk.gov.sli.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Numbers;

/** The one import pipeline, without Quarkus: a table in, rows or every problem out. */
class TableSpecTest {

    record Pair(String code, BigDecimal value, String note) {
    }

    static final Column<String> CODE = Column.required("code", Text.required(5));
    static final Column<BigDecimal> VALUE = Column.required("value", t -> Numbers.parseOrNone(t, Numbers.Range.FIGURE));
    static final Column<String> NOTE = Column.optional("note", Text.optional(10));

    static final TableSpec<Pair> SPEC = new TableSpec<>("pairs", List.of(CODE, VALUE, NOTE), cells -> {
        if (cells.get(VALUE) == null && cells.get(NOTE) == null) {
            throw new InvalidInputException("note", "a note is required when there is no value");
        }
        return new Pair(cells.get(CODE), cells.get(VALUE), cells.get(NOTE));
    }, List.of(CODE));

    @Test
    void aValidTableGivesItsRowsWithTheirLines() {
        List<Line<Pair>> lines = SPEC.read(CsvReader.read("code,value,note\nA,1,\nB,\"1,200\",x\n"));
        assertEquals(List.of(new Line<>(2, new Pair("A", BigDecimal.ONE, null)),
                new Line<>(3, new Pair("B", new BigDecimal("1200"), "x"))), lines);
    }

    @Test
    void everyBadLineIsReportedWithItsLineAndColumnAndNoRowsAreGiven() {
        TableRejectedException e = assertThrows(TableRejectedException.class, () -> SPEC.read(CsvReader.read("""
                code,value,note
                A,1,
                TOOLONG,2,
                B,-1,
                C,,
                A,3,
                D,5,this note is too long
                """)));
        assertEquals(List.of(new TableProblem(3, "code", "is longer than 5 characters"),
                new TableProblem(4, "value", "'-1' is out of range; expected " + Numbers.Range.FIGURE.description()),
                new TableProblem(5, "note", "a note is required when there is no value"),
                new TableProblem(6, "code", "A appears more than once in the file (first on line 2)"),
                new TableProblem(7, "note", "is longer than 10 characters")), e.problems());
    }

    @Test
    void aBadHeaderIsRefusedBeforeAnyRowIsRead() {
        TableRejectedException e = assertThrows(TableRejectedException.class,
                () -> SPEC.read(CsvReader.read("code,valeu,code\nA,1,A\n")));
        assertEquals(List.of(new TableProblem(1, "value", "required column 'value' is missing from the header"),
                new TableProblem(1, "valeu", "unknown column 'valeu'; expected some of code, value, note"),
                new TableProblem(1, "code", "column 'code' appears more than once")), e.problems());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithHowToSaveIt() {
        byte[] latin1 = "code,value,note\nA,1,caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        TableRejectedException e = assertThrows(TableRejectedException.class, () -> CsvReader.read(latin1));
        assertEquals("the file is not UTF-8 text: in Excel use Save As 'CSV UTF-8 (Comma delimited)', in LibreOffice "
                + "choose the character set 'Unicode (UTF-8)'", e.problems().get(0).message());
    }

    @Test
    void formulaTextIsNeutralisedEvenAfterLeadingSpaceAndRestoredOnImport() {
        assertEquals("'=1+2", SheetTable.neutralise("=1+2"));
        assertEquals("'  @SUM(A1)", SheetTable.neutralise("  @SUM(A1)"));
        assertEquals("'\n=1+2", SheetTable.neutralise("\n=1+2"));
        assertEquals("plain", SheetTable.neutralise("plain"));
        assertEquals("  @SUM(A1)", SheetTable.restore("'  @SUM(A1)"));
        assertEquals("'quoted", SheetTable.restore("'quoted"));
    }

    @Test
    void anXlsxThatUnpacksFarBeyondItsSizeIsRefusedBeforeItIsRead() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 200_000, "a small file: " + bomb.length + " bytes");
        TableRejectedException e = assertThrows(TableRejectedException.class, () -> XlsxReader.read(bomb));
        assertTrue(e.problems().get(0).message().contains("unpacks to more than"), e.problems().get(0).message());
    }

    @Test
    void anEmptyOrTruncatedXlsxIsRefusedAsNoWorkbook() {
        for (byte[] bytes : List.of(new byte[0], new byte[] {'P', 'K', 3}, "code,value".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            TableRejectedException e = assertThrows(TableRejectedException.class, () -> XlsxReader.read(bytes));
            assertEquals("the file is not an XLSX workbook", e.problems().get(0).message(), bytes.length + " bytes");
        }
    }

    @Test
    void aTableWiderOrLongerThanAnyImportIsRefused() {
        String wide = String.join(",", java.util.Collections.nCopies(51, "c")) + "\n";
        assertThrows(TableRejectedException.class, () -> CsvReader.read(wide));
        StringBuilder longFile = new StringBuilder("code,value\n");
        for (int i = 0; i <= Table.MAX_ROWS; i++) {
            longFile.append("A,1\n");
        }
        TableRejectedException e = assertThrows(TableRejectedException.class, () -> CsvReader.read(longFile.toString()));
        assertTrue(e.problems().get(0).message().contains("at most 50000"), e.problems().get(0).message());
    }
}
