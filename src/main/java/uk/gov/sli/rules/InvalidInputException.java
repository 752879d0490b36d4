package uk.gov.sli.rules;

/**
 * Input a person or a script got wrong: a cell, a field or a parameter that breaks a rule. Always the caller's to
 * fix, so the service answers 400 with this message; {@code field} names the column or field when one is to blame.
 * Anything else that goes wrong is the service's own fault and is answered 500 without detail.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String message) {
        this(null, message);
    }

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The column or field at fault, or null when the message stands alone. */
    public String field() {
        return field;
    }
}
