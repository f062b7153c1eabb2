package dev.plinth.dsl.data;

import dev.plinth.dsl.Secured;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Amazon MSK (provisioned) Kafka cluster in the network's isolated tier (else its private
 * one), its brokers spread evenly over the tier's zones (two or three of them): TLS between
 * clients and brokers and between brokers, storage encrypted at rest, clients authenticated by
 * IAM on {@value #PORT_IAM} from {@link #allowFrom()} only, broker logs in a CloudWatch log
 * group of its own.
 */
@Value.Immutable
public abstract class Kafka implements Secured {
    /** The broker port of TLS clients authenticated by IAM (SASL/IAM). */
    public static final int PORT_IAM = 9098;
    /** MSK places brokers in two or three zones. */
    public static final int MAX_ZONES = 3;

    /** The CloudWatch metrics MSK publishes beyond the free ones. */
    public enum Monitoring {
        DEFAULT,
        PER_BROKER,
        PER_TOPIC_PER_BROKER,
        PER_TOPIC_PER_PARTITION
    }

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "kafka";
    }

    public abstract Network network();

    public abstract Optional<String> tier();

    /** Such as {@code 3.6.0} or {@code 3.7.x}. */
    @Value.Default
    public String kafkaVersion() {
        return "3.6.0";
    }

    /** Such as {@code kafka.m7g.large}. */
    public abstract String brokerType();

    /** Brokers, a multiple of the zones; one per zone unless given. */
    public abstract Optional<Integer> brokers();

    /** EBS storage of each broker, in GiB. */
    @Value.Default
    public int storageGib() {
        return 100;
    }

    /** A KMS key for the data at rest; the AWS managed key ({@code aws/kafka}) unless given. */
    public abstract Optional<String> kmsKeyArn();

    @Value.Default
    public Monitoring monitoring() {
        return Monitoring.PER_BROKER;
    }

    @Value.Default
    public int logRetentionDays() {
        return 30;
    }

    /** Components whose security group may reach the brokers on {@value #PORT_IAM}. */
    public abstract List<Secured> allowFrom();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Kafka}. */
    public static class Builder extends ImmutableKafka.Builder {
        /** Lets {@code source}'s security group reach the brokers on {@value Kafka#PORT_IAM}. */
        public Builder allowFrom(Secured source) {
            addAllowFrom(source);
            return this;
        }
    }
}
