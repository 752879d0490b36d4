package uk.gov.sli.rules;

/**
 * A change refused because of the state it would change: a signed-off quarter, a newer version someone else saved.
 * Answered 409 with this message; {@code current} is what is stored now, when that helps the caller.
 */
public class ConflictException extends RuntimeException {

    private final transient Object current;

    public ConflictException(String message) {
        this(message, null);
    }

    public ConflictException(String message, Object current) {
        super(message);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
