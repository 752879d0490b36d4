package uk.gov.sli.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import uk.gov.sli.platform.problem.BusyException;

/** Heavy work (the board PDF) runs at most two at a time; a third is told to retry instead of piling up. */
class GateTest {

    @Test
    void aThirdPieceOfWorkWaitsThenIsToldToRetryWhileTwoAreRunning() throws Exception {
        Gate gate = new Gate(2, Duration.ofMillis(200), "busy");
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.run(() -> hold(started, release)));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> gate.run(() -> hold(started, release)));
        started.await();
        BusyException busy = assertThrows(BusyException.class, () -> gate.run(() -> "third"));
        assertEquals(5, busy.retryAfterSeconds());
        release.countDown();
        assertEquals("held", first.get());
        assertEquals("held", second.get());
        assertEquals("now", gate.run(() -> "now"), "a turn is free again once one finishes");
    }

    private static String hold(CountDownLatch started, CountDownLatch release) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "held";
    }
}
