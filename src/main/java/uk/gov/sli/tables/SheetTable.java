package uk.gov.sli.tables;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table to export, whatever the format: a sheet name, headers and typed cells. Numbers stay numbers and a
 * percentage stays a percentage, so a spreadsheet can add them up.
 */
public record SheetTable(String name, List<String> headers, List<List<Cell>> rows, String note, List<String> title) {

    public SheetTable(String name, List<String> headers, List<List<Cell>> rows) {
        this(name, headers, rows, null, List.of());
    }

    /** The same table with a line of text after its rows, such as whose sign-off it was. */
    public SheetTable withNote(String text) {
        return new SheetTable(name, headers, rows, text, title);
    }

    /**
     * The same table with title lines above its header row in a spreadsheet (what it is, as at when, draft or signed
     * off). CSV leaves them out: its first row stays the header, for machines. Import templates have none.
     */
    public SheetTable withTitle(List<String> lines) {
        return new SheetTable(name, headers, rows, note, List.copyOf(lines));
    }

    public sealed interface Cell permits Text, Number, Percent, Money, Status {
    }

    /** An amount in £000s, shown as the accounts print it: 1,234, (1,234) for a negative, "-" for nil. */
    public record Money(BigDecimal value) implements Cell {
    }

    /** A RAG status as a word, shown on its colour ({@code rag} is GREEN, AMBER or RED; anything else uncoloured). */
    public record Status(String label, String rag) implements Cell {
    }

    public static Cell money(BigDecimal value) {
        return new Money(value);
    }

    public static Cell status(String label, String rag) {
        return new Status(label, rag);
    }

    public record Text(String value) implements Cell {
    }

    public record Number(BigDecimal value) implements Cell {
    }

    /** A whole percent such as 31, written to spreadsheets as 0.31 formatted "0%". */
    public record Percent(Integer value) implements Cell {
    }

    public static Cell text(String value) {
        return new Text(value);
    }

    public static Cell number(BigDecimal value) {
        return new Number(value);
    }

    public static Cell percent(Integer value) {
        return new Percent(value);
    }

    /**
     * Text a spreadsheet would take for a formula or a control gets a leading apostrophe, as OWASP advises for CSV
     * injection: a first character of =, +, -, @, tab, carriage return or line feed, or any of =, +, -, @ after
     * leading white space (spreadsheets skip it). Imports take the apostrophe off again.
     */
    public static String neutralise(String text) {
        return needsPrefix(text) ? "'" + text : text;
    }

    /** The reverse of {@link #neutralise}, for imported cells. */
    public static String restore(String text) {
        return text != null && text.startsWith("'") && needsPrefix(text.substring(1)) ? text.substring(1) : text;
    }

    /** Text a spreadsheet would run as a formula, or take as a control. */
    public static boolean needsPrefix(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }
        String stripped = text.stripLeading();
        if (stripped.isEmpty()) {
            return false;
        }
        char c = stripped.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }
}
