package uk.gov.sli.tables;

import java.util.Map;

/** One data row of an imported table, keyed by lower-case header, with the line a person would see. */
public record Row(int line, Map<String, String> cells) {

    /** The trimmed cell, or empty when the column is absent or the cell blank. */
    public String get(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.trim();
    }

    public boolean has(String column) {
        return cells.containsKey(column);
    }
}
