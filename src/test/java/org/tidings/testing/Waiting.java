package org.tidings.testing;

/** Short pauses for tests that watch a server change by itself (a background job, another node). */
public final class Waiting {
    private Waiting() {
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
