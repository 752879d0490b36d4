package uk.gov.sli.tables;

import java.util.function.Function;

import uk.gov.sli.rules.InvalidInputException;

/**
 * One column of an imported table: its header name, whether the header must have it, and how one of its cells
 * reads. The reader gets the trimmed cell ("" when empty) and throws {@link InvalidInputException} for a bad one.
 */
public record Column<T>(String name, boolean required, Function<String, T> reader) {

    public static <T> Column<T> required(String name, Function<String, T> reader) {
        return new Column<>(name, true, reader);
    }

    public static <T> Column<T> optional(String name, Function<String, T> reader) {
        return new Column<>(name, false, reader);
    }
}
