package dev.plinth.dsl.compute;

import org.immutables.value.Value;

/** Pauses instances entering or leaving the group, for graceful start-up or shutdown. */
@Value.Immutable
public abstract class LifecycleHook {

    /** When the hook runs. */
    public enum Transition {
        LAUNCHING("autoscaling:EC2_INSTANCE_LAUNCHING"),
        TERMINATING("autoscaling:EC2_INSTANCE_TERMINATING");

        private final String awsName;

        Transition(String awsName) {
            this.awsName = awsName;
        }

        public String awsName() {
            return awsName;
        }
    }

    public abstract String name();

    public abstract Transition transition();

    @Value.Default
    public int heartbeatTimeoutSeconds() {
        return 300;
    }

    /** What happens when the heartbeat times out: CONTINUE or ABANDON. */
    @Value.Default
    public boolean continueOnTimeout() {
        return true;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LifecycleHook}. */
    public static class Builder extends ImmutableLifecycleHook.Builder {}
}
