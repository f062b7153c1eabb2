package dev.plinth.dsl.monitoring;

import dev.plinth.dsl.Component;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A CloudWatch alarm on an application load balancer's 5xx rate: target 5xx responses as a
 * percentage of requests, over a few periods, to an SNS topic (made here, encrypted, unless one
 * is given).
 */
@Value.Immutable
public abstract class ErrorRateAlarm implements Component {

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "alarm";
    }

    public abstract LoadBalancer loadBalancer();

    /** The 5xx percentage of requests above which the alarm fires. */
    @Value.Default
    public double thresholdPercent() {
        return 5;
    }

    @Value.Default
    public int periodSeconds() {
        return 60;
    }

    @Value.Default
    public int evaluationPeriods() {
        return 5;
    }

    /** How many of the evaluated periods must breach. */
    @Value.Default
    public int datapointsToAlarm() {
        return 3;
    }

    /** An existing SNS topic to notify; a new encrypted topic otherwise. */
    public abstract Optional<String> topicArn();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ErrorRateAlarm}. */
    public static class Builder extends ImmutableErrorRateAlarm.Builder {}
}
