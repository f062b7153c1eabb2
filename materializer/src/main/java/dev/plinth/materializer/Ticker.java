package dev.plinth.materializer;

/**
 * Time for polling: the real one sleeps, the tests' one moves a virtual clock (and the fake
 * CloudFormation's statuses with it), so a scenario of minutes runs in milliseconds.
 */
public interface Ticker {

    long nowMillis();

    void sleep(long millis) throws InterruptedException;

    Ticker SYSTEM = new Ticker() {
        @Override
        public long nowMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleep(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }
    };
}
