package uk.gov.sli.platform.problem;

/**
 * Work refused because what it would make is larger than the service makes that way (a board paper of thousands of
 * targets): 422, saying what to use instead. Refused before any of the work is done.
 */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
