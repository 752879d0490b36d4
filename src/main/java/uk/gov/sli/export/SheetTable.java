package uk.gov.sli.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table to export, whatever the format: a sheet name, headers and typed cells. Numbers stay numbers and a
 * percentage stays a percentage, so a spreadsheet can add them up.
 */
public record SheetTable(String name, List<String> headers, List<List<Cell>> rows) {

    public sealed interface Cell permits Text, Number, Percent {
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
     * Text a spreadsheet would take for a formula (=, +, -, @) or a control (tab, carriage return) gets a leading
     * apostrophe, as OWASP advises for CSV injection. Imports take it off again.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    /** The reverse of {@link #neutralise}, for imported cells. */
    public static String restore(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'') {
            char second = text.charAt(1);
            if (second == '=' || second == '+' || second == '-' || second == '@' || second == '\t' || second == '\r') {
                return text.substring(1);
            }
        }
        return text;
    }
}
