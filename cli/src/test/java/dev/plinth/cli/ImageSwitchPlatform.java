package dev.plinth.cli;

import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.compute.MachineImage;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.List;

/**
 * A network and a bastion whose machine image is a Systems Manager parameter, x86_64 or arm64
 * (with an instance type to match). The bastion stack's image parameter has the source
 * {@code default} in the manifest: its value is the template's default, which this switch
 * changes between two compiles. Not on the service list: tests compile it in-process.
 */
final class ImageSwitchPlatform implements Platform {
    static final String X86_64 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
    static final String ARM64 = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64";

    private final boolean arm64;

    ImageSwitchPlatform(boolean arm64) {
        this.arm64 = arm64;
    }

    @Override
    public String name() {
        return "image-switch";
    }

    @Override
    public List<Environment> environments() {
        return List.of(Environment.builder()
                .name("dev")
                .region("eu-west-1")
                .addAvailabilityZones("eu-west-1a", "eu-west-1b")
                .build());
    }

    @Override
    public List<Stack> stacks(Environment environment) {
        Network network = Network.builder()
                .name("network")
                .cidr("10.40.0.0/16")
                .azCount(1)
                .addTiers(SubnetTier.publicTier("public"))
                .nat(NatStrategy.none())
                .build();
        Bastion bastion = Bastion.builder()
                .name("bastion")
                .network(network)
                .sshFrom("office", "203.0.113.0/24")
                .instanceType(arm64 ? "t4g.micro" : "t3.micro")
                .image(MachineImage.ssmParameter(arm64 ? ARM64 : X86_64))
                .build();
        return List.of(Stack.of("network", network), Stack.of("bastion", bastion));
    }
}
