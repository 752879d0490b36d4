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

    /** An import stopped whole because {@code what} (a target, a figure) changed under it: nothing of the file is saved. */
    public static ConflictException changedDuringImport(String what) {
        return new ConflictException(what + " was changed by someone else while the file was being imported, so nothing in the"
                + " file was saved. Import it again to apply it over their change.");
    }

    public Object current() {
        return current;
    }
}
