package dev.plinth.dsl.compute;

import dev.plinth.dsl.Secured;
import dev.plinth.dsl.network.Network;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A hardened jump host in a public subnet with an Elastic IP. SSH is open only to named
 * ranges; opening it to the world must be written out with {@link #sshFromAnywhere()} and
 * is warned about. Session Manager access is on by default.
 */
@Value.Immutable
public abstract class Bastion implements Secured {

    @Override
    public abstract String name();

    @Override
    public String kind() {
        return "bastion";
    }

    public abstract Network network();

    /** The public tier to run in; the network's first public tier unless named. */
    public abstract Optional<String> tier();

    @Value.Default
    public String instanceType() {
        return "t3.micro";
    }

    @Value.Default
    public MachineImage image() {
        return MachineImage.amazonLinux2023();
    }

    /** The ranges SSH is open to. */
    public abstract List<NamedCidr> sshFrom();

    /** Opens SSH to 0.0.0.0/0. Insecure: compiles with a warning. */
    @Value.Default
    public boolean sshFromAnywhere() {
        return false;
    }

    /** Session Manager access through the instance profile. */
    @Value.Default
    public boolean sessionManager() {
        return true;
    }

    @Value.Default
    public int logRetentionDays() {
        return 30;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Bastion}. */
    public static class Builder extends ImmutableBastion.Builder {
        public Builder sshFrom(String name, String cidr) {
            addSshFrom(NamedCidr.of(name, cidr));
            return this;
        }
    }
}
