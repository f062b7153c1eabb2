package dev.plinth.stacks;

import dev.plinth.dsl.Stack;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.compute.NamedCidr;
import dev.plinth.dsl.network.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * A bastion in its own stack: Session Manager on, SSH only from the ranges given (none by
 * default, so Session Manager is the way in).
 */
public final class BastionStack {
    private final Bastion bastion;
    private final Stack stack;

    private BastionStack(Bastion bastion, Stack stack) {
        this.bastion = bastion;
        this.stack = stack;
    }

    public static Settings settings(Network network) {
        return new Settings(network);
    }

    public static BastionStack of(Network network) {
        return settings(network).build();
    }

    public Bastion bastion() {
        return bastion;
    }

    public Stack stack() {
        return stack;
    }

    /** The choices of a bastion stack. */
    public static final class Settings {
        private final Network network;
        private final List<NamedCidr> sshFrom = new ArrayList<>();
        private String instanceType = "t3.micro";

        private Settings(Network network) {
            this.network = network;
        }

        public Settings sshFrom(String name, String cidr) {
            sshFrom.add(NamedCidr.of(name, cidr));
            return this;
        }

        public Settings instanceType(String value) {
            this.instanceType = value;
            return this;
        }

        public BastionStack build() {
            Bastion bastion = Bastion.builder()
                    .name("bastion")
                    .network(network)
                    .instanceType(instanceType)
                    .addAllSshFrom(sshFrom)
                    .sessionManager(true)
                    .build();
            return new BastionStack(bastion, Stack.of("bastion", bastion));
        }
    }
}
