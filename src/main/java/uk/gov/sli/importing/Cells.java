package uk.gov.sli.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Typed reading of imported cells; a bad cell adds a problem naming its line and column and yields null. */
public final class Cells {

    private Cells() {
    }

    public static String required(Row row, String column, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(new ImportProblem(row.line(), column, column + " is required"));
            return null;
        }
        return value;
    }

    /** Empty (or the source's "n/a") means no value; otherwise a number that is not negative. */
    public static BigDecimal nonNegativeNumber(Row row, String column, List<ImportProblem> problems) {
        String text = row.get(column);
        if (text.isEmpty() || text.equalsIgnoreCase("n/a")) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0) {
                problems.add(new ImportProblem(row.line(), column, column + " must not be negative, was " + text));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(row.line(), column, column + " must be a number, was '" + text + "'"));
            return null;
        }
    }

    public static Boolean bool(Row row, String column, boolean whenEmpty, List<ImportProblem> problems) {
        String text = row.get(column).toLowerCase(Locale.ROOT);
        return switch (text) {
            case "" -> whenEmpty;
            case "true", "yes", "y" -> true;
            case "false", "no", "n" -> false;
            default -> {
                problems.add(new ImportProblem(row.line(), column, column + " must be true or false, was '" + row.get(column) + "'"));
                yield null;
            }
        };
    }

    /** Parses with a rules-core parser whose IllegalArgumentException message says what was expected. */
    public static <T> T parsed(Row row, String column, Function<String, T> parser, List<ImportProblem> problems) {
        try {
            return parser.apply(row.get(column));
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(row.line(), column, e.getMessage()));
            return null;
        }
    }

    public static String maxLength(Row row, String column, int max, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value.length() > max) {
            problems.add(new ImportProblem(row.line(), column, column + " is longer than " + max + " characters"));
        }
        return value.isEmpty() ? null : value;
    }
}
