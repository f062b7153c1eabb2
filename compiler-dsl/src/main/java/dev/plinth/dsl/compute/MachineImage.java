package dev.plinth.dsl.compute;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Where an instance's machine image comes from: a Systems Manager public parameter, or AMI ids per region. */
public final class MachineImage {
    private final Optional<String> ssmParameter;
    private final ImmutableSortedMap<String, String> amiByRegion;

    private MachineImage(Optional<String> ssmParameter, Map<String, String> amiByRegion) {
        this.ssmParameter = ssmParameter;
        this.amiByRegion = ImmutableSortedMap.copyOf(amiByRegion);
    }

    /** The latest image a public parameter names, resolved by CloudFormation at each deploy. */
    public static MachineImage ssmParameter(String name) {
        return new MachineImage(Optional.of(Objects.requireNonNull(name, "name")), Map.of());
    }

    /** Amazon Linux 2023, x86_64, the latest release. */
    public static MachineImage amazonLinux2023() {
        return ssmParameter("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64");
    }

    /** Fixed AMI ids per region (hardened images built elsewhere). */
    public static MachineImage amiPerRegion(Map<String, String> amiByRegion) {
        return new MachineImage(Optional.empty(), amiByRegion);
    }

    public Optional<String> ssmParameterName() {
        return ssmParameter;
    }

    public Map<String, String> amiByRegion() {
        return amiByRegion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MachineImage that
                && that.ssmParameter.equals(ssmParameter)
                && that.amiByRegion.equals(amiByRegion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ssmParameter, amiByRegion);
    }

    @Override
    public String toString() {
        return ssmParameter.map(p -> "ssm:" + p).orElse("ami:" + amiByRegion);
    }
}
