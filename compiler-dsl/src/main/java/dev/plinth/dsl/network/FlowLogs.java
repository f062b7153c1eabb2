package dev.plinth.dsl.network;

import org.immutables.value.Value;

/** VPC flow logs to a CloudWatch Logs group. */
@Value.Immutable
public abstract class FlowLogs {

    /** Which traffic to log. */
    public enum Traffic {
        ACCEPT,
        REJECT,
        ALL
    }

    @Value.Default
    public Traffic traffic() {
        return Traffic.ALL;
    }

    @Value.Default
    public int retentionDays() {
        return 30;
    }

    public static FlowLogs all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link FlowLogs}. */
    public static class Builder extends ImmutableFlowLogs.Builder {}
}
