package dev.plinth.dsl.compile.compute;

import dev.plinth.dsl.compile.ComponentKind;
import dev.plinth.dsl.compile.ComponentLowering;
import dev.plinth.dsl.compile.ComponentLowering.Stage;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.templates.BastionModel;
import dev.plinth.templates.RuntimeBootstrapModel;

/** The compute kinds: bastions, and fleets of instances that run an artifact behind load balancers. */
public final class ComputeKinds {
    private ComputeKinds() {}

    public static final ComponentKind<Bastion> BASTION = ComponentKind.of(Bastion.class)
            .stage(Stage.SERVICES)
            .rules((platform, bastion, out) -> new BastionRules(platform, out).check(bastion))
            .script(c -> bastion(c.platform(), c.component(), c.stack()))
            .lowering((context, bastion) -> {
                BastionLowering lowering = new BastionLowering(context, bastion);
                return ComponentLowering.of(lowering::securityGroup, lowering::lower);
            })
            .build();

    public static final ComponentKind<Fleet> FLEET = ComponentKind.of(Fleet.class)
            .stage(Stage.TARGETS)
            .rules((platform, fleet, out) -> new FleetRules(platform, out).check(fleet))
            .script(c -> fleet(c.platform(), c.component(), c.stack()))
            .lowering((context, fleet) -> {
                FleetLowering lowering = new FleetLowering(context, fleet);
                return ComponentLowering.of(
                        lowering::securityGroup,
                        () -> lowering.lower(context.platform().components(LoadBalancer.class)));
            })
            .build();

    /** A fleet's runtime bootstrap: fetch and check the artifact, run it, signal the group. */
    private static RuntimeBootstrapModel fleet(ResolvedPlatform platform, Fleet fleet, String stack) {
        Artifact artifact = fleet.artifact();
        RuntimeBootstrapModel.Builder model = RuntimeBootstrapModel.builder()
                .serviceName(fleet.name())
                .region(platform.environment().region())
                .artifactBucket(artifact.bucket())
                .artifactKey(artifact.key())
                .artifactSha256(artifact.sha256().orElseThrow())
                .runCommand(artifact.command(), artifact.args())
                .environment(artifact.environment())
                .logGroupName(Names.logGroup(platform, fleet))
                .cfnSignal(Names.stackName(platform, stack), Names.logicalId(fleet, FleetLowering.GROUP));
        artifact.port().ifPresent(model::servicePort);
        artifact.healthCheckPath().ifPresent(model::healthCheckPath);
        return model.build();
    }

    private static BastionModel bastion(ResolvedPlatform platform, Bastion bastion, String stack) {
        return BastionModel.builder()
                .name(bastion.name())
                .region(platform.environment().region())
                .logGroupName(Names.logGroup(platform, bastion))
                .ssmEnabled(bastion.sessionManager())
                .cfnSignal(Names.stackName(platform, stack), Names.logicalId(bastion, BastionLowering.INSTANCE))
                .build();
    }
}
