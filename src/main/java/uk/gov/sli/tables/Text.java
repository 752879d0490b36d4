package uk.gov.sli.tables;

import java.util.List;
import java.util.function.Function;

import uk.gov.sli.rules.InvalidInputException;

/** Readers for text cells: required or optional, with a length limit. */
public final class Text {

    private Text() {
    }

    /** A cell that must not be empty, at most {@code max} characters. */
    public static Function<String, String> required(int max) {
        return text -> {
            if (text.isEmpty()) {
                throw new InvalidInputException("a value is required");
            }
            return limited(text, max);
        };
    }

    /** An empty cell is none; otherwise at most {@code max} characters. */
    public static Function<String, String> optional(int max) {
        return text -> text.isEmpty() ? null : limited(text, max);
    }

    /** A required cell matching {@code pattern}, described to people as {@code form}. */
    public static Function<String, String> matching(String pattern, String form) {
        return text -> {
            if (!text.matches(pattern) || text.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidInputException("must be " + form + ", was '" + shorten(text) + "'");
            }
            return text;
        };
    }

    /** One of a fixed list, as written in the list whatever the case of the cell. */
    public static Function<String, String> oneOf(List<String> allowed) {
        return text -> allowed.stream().filter(a -> a.equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new InvalidInputException("must be one of " + String.join(", ", allowed) + ", was '"
                        + shorten(text) + "'"));
    }

    private static String limited(String text, int max) {
        if (text.length() > max) {
            throw new InvalidInputException("is longer than " + max + " characters");
        }
        return checkControls(text);
    }

    /** Text as people type it: tabs and line breaks, but no NUL or other control character. */
    public static String checkControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new InvalidInputException("contains a control character (code " + (int) c + "); only text, tabs and "
                        + "line breaks are allowed");
            }
        }
        return text;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
