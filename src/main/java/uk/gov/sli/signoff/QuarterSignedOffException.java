package uk.gov.sli.signoff;

import uk.gov.sli.rules.ConflictException;

/** An edit or import touching a quarter that an admin has signed off, or a sign-off that cannot be made. */
public class QuarterSignedOffException extends ConflictException {

    public QuarterSignedOffException(String message) {
        super(message);
    }
}
