package uk.gov.sli.platform.problem;

/** Work refused for now because as much of it as the service allows is already running: 503 with Retry-After. */
public class BusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public BusyException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
