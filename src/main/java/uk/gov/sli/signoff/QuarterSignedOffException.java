package uk.gov.sli.signoff;

/** An edit or import touching a quarter that an admin has signed off. */
public class QuarterSignedOffException extends RuntimeException {

    public QuarterSignedOffException(String message) {
        super(message);
    }
}
