package org.tidings.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for tests that watch a server change by itself (a background job, another node). The limits here are
 * generous on purpose: how fast a change shows is measured by {@code bench/}, not asserted on a shared CI machine.
 */
public final class Waiting {
    /** Long enough for a loaded two-core machine; a change that never shows still fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(15);

    private Waiting() {
    }

    /** Fails unless {@code condition} holds within {@code limit}, checking it every pause. */
    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + limit.toSeconds() + " s").isLessThan(deadline);
            pause();
        }
    }

    /** {@link #until} with {@link #PATIENCE}. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, PATIENCE, condition);
    }

    /** Sleeps 20 ms: often enough to see a change soon after it shows, seldom enough to leave the CPU to it. */
    public static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
