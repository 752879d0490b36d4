package uk.gov.sli.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import uk.gov.sli.platform.problem.BusyException;

/**
 * At most so many of a heavy kind of work at once: another waits a while for a turn, then is told to retry
 * ({@link BusyException}: 503 with Retry-After) rather than piling up memory and threads.
 */
public final class Gate {

    private final Semaphore permits;
    private final Duration wait;
    private final String busy;

    public Gate(int permits, Duration wait, String busy) {
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
        this.busy = busy;
    }

    public <T> T run(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusyException(busy, 5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException(busy, 5);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
