package dev.plinth.materializer;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Waits between polls, with ±20 % jitter so parallel stacks do not poll in step, under a deadline. */
final class Polling {
    private final Ticker ticker;
    private final long deadline;

    Polling(Ticker ticker, long deadline) {
        this.ticker = ticker;
        this.deadline = deadline;
    }

    /** Sleeps about {@code interval}; false when the deadline has passed. */
    boolean pause(Duration interval) {
        if (ticker.nowMillis() >= deadline) {
            return false;
        }
        long base = interval.toMillis();
        long jitter = base / 5;
        long wait = base + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
        try {
            ticker.sleep(Math.max(1, Math.min(wait, deadline - ticker.nowMillis())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return ticker.nowMillis() < deadline;
    }

    boolean expired() {
        return ticker.nowMillis() >= deadline;
    }

    Ticker ticker() {
        return ticker;
    }
}
