package dev.plinth.dsl.compute;

import org.immutables.value.Value;

/** The base an application runs on: machine image, instance type and root volume. */
@Value.Immutable
public abstract class Runtime {

    @Value.Default
    public MachineImage image() {
        return MachineImage.amazonLinux2023();
    }

    /** Such as {@code t3.medium}. */
    public abstract String instanceType();

    /** The encrypted gp3 root volume's size. */
    @Value.Default
    public int volumeSizeGib() {
        return 20;
    }

    public static Runtime of(String instanceType) {
        return builder().instanceType(instanceType).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Runtime}. */
    public static class Builder extends ImmutableRuntime.Builder {}
}
