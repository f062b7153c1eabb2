package dev.plinth.materializer;

/** The steps one stack's convergence reports, and a heartbeat for the waits between them. */
final class Steps {
    static final long HEARTBEAT_MILLIS = 30_000;

    private final RunListener listener;
    private final Ticker ticker;
    private final String stack;
    private long last;

    Steps(RunListener listener, Ticker ticker, String stack) {
        this.listener = listener;
        this.ticker = ticker;
        this.stack = stack;
        this.last = ticker.nowMillis();
    }

    void step(String text) {
        last = ticker.nowMillis();
        listener.stackStep(stack, text);
    }

    /** Says what is being waited for when nothing was said for 30 s, so a long wait never looks like a hang. */
    void heartbeat(String what, long since) {
        long now = ticker.nowMillis();
        if (now - last >= HEARTBEAT_MILLIS) {
            step(what + " (" + ((now - since) / 1000) + " s so far)");
        }
    }
}
