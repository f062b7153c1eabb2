package dev.plinth.materializer.fake;

import dev.plinth.materializer.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Virtual time: {@link #nowMillis()} moves only when someone sleeps (or a test advances it). */
public final class VirtualTicker implements Ticker {
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final AtomicLong now;

    public VirtualTicker() {
        this(EPOCH);
    }

    public VirtualTicker(Instant start) {
        this.now = new AtomicLong(start.toEpochMilli());
    }

    @Override
    public long nowMillis() {
        return now.get();
    }

    public Instant now() {
        return Instant.ofEpochMilli(now.get());
    }

    @Override
    public void sleep(long millis) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        advance(millis);
        Thread.yield();
    }

    public void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("negative sleep: " + millis);
        }
        now.addAndGet(millis);
    }

    public void advance(Duration duration) {
        advance(duration.toMillis());
    }
}
