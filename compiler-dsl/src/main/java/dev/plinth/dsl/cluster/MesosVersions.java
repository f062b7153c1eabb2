package dev.plinth.dsl.cluster;

import org.immutables.value.Value;

/**
 * The releases a Mesos cluster runs, each a plain release number ({@code 1.11.0}); the compiler
 * turns them into pinned image tags and package versions.
 */
@Value.Immutable
public abstract class MesosVersions {

    @Value.Default
    public String mesos() {
        return "1.11.0";
    }

    @Value.Default
    public String marathon() {
        return "1.11.24";
    }

    @Value.Default
    public String zookeeper() {
        return "3.8.4";
    }

    @Value.Default
    public String consul() {
        return "1.18.2";
    }

    @Value.Default
    public String consulTemplate() {
        return "0.39.1";
    }

    @Value.Default
    public String registrator() {
        return "7";
    }

    @Value.Default
    public String haproxy() {
        return "2.8.10";
    }

    @Value.Default
    public String prometheus() {
        return "2.53.0";
    }

    @Value.Default
    public String alertmanager() {
        return "0.27.0";
    }

    @Value.Default
    public String nodeExporter() {
        return "1.8.1";
    }

    public static MesosVersions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link MesosVersions}. */
    public static class Builder extends ImmutableMesosVersions.Builder {}
}
