package dev.plinth.dsl.compute;

import java.util.Objects;

/** A target-tracking scaling policy: keep a metric near a target value. */
public final class TargetTracking {

    /** The tracked metric. */
    public enum Metric {
        CPU_UTILIZATION("ASGAverageCPUUtilization"),
        NETWORK_IN("ASGAverageNetworkIn"),
        NETWORK_OUT("ASGAverageNetworkOut");

        private final String awsName;

        Metric(String awsName) {
            this.awsName = awsName;
        }

        public String awsName() {
            return awsName;
        }
    }

    private final Metric metric;
    private final double target;

    private TargetTracking(Metric metric, double target) {
        this.metric = metric;
        this.target = target;
    }

    public static TargetTracking cpu(double percent) {
        return new TargetTracking(Metric.CPU_UTILIZATION, percent);
    }

    public static TargetTracking of(Metric metric, double target) {
        return new TargetTracking(metric, target);
    }

    public Metric metric() {
        return metric;
    }

    public double target() {
        return target;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetTracking that && that.metric == metric && that.target == target;
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, target);
    }
}
