package dev.plinth.dsl.compile.cluster;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.cluster.ClusterCode;
import dev.plinth.dsl.cluster.EcsCluster;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.SubnetTier;

/** The rules of an ECS cluster: size, capacity, image, volume, reachability and ingress. */
final class EcsClusterRules {
    /** The ECS-optimised Amazon Linux 2023 image's root snapshot is 30 GiB; a volume cannot be smaller. */
    static final int MIN_VOLUME_GIB = 30;

    private final ResolvedPlatform platform;
    private final Diagnostics out;

    EcsClusterRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(EcsCluster cluster) {
        DslPath path = platform.path(cluster);
        if (cluster.minSize() < 0 || cluster.maxSize() < 1 || cluster.minSize() > cluster.maxSize()) {
            out.report(
                    ClusterCode.INVALID_CLUSTER_SIZE,
                    path.child("size"),
                    "min " + cluster.minSize() + ", max " + cluster.maxSize() + " is not a size range",
                    "give 0 <= min <= max and max >= 1");
        }
        if (cluster.targetCapacityPercent() < 1 || cluster.targetCapacityPercent() > 100) {
            out.report(
                    ClusterCode.INVALID_TARGET_CAPACITY,
                    path.child("targetCapacityPercent"),
                    cluster.targetCapacityPercent() + "% is not a target capacity managed scaling accepts",
                    "choose 1 to 100 percent");
        }
        if (cluster.containerStopTimeoutSeconds() < 1 || cluster.containerStopTimeoutSeconds() > 7200) {
            out.report(
                    ClusterCode.INVALID_STOP_TIMEOUT,
                    path.child("containerStopTimeoutSeconds"),
                    cluster.containerStopTimeoutSeconds() + " s is outside the 1 to 7,200 s the ECS agent accepts",
                    "choose a timeout in that range");
        }
        if (cluster.volumeSizeGib() < MIN_VOLUME_GIB || cluster.volumeSizeGib() > 16384) {
            out.report(
                    ClusterCode.INVALID_VOLUME_SIZE,
                    path.child("volumeSizeGib"),
                    cluster.volumeSizeGib() + " GiB is outside " + MIN_VOLUME_GIB
                            + " to 16,384 GiB (the ECS-optimised image needs " + MIN_VOLUME_GIB + ")",
                    "choose a size in that range");
        }
        SharedRules.instanceType(cluster.instanceType(), path.child("instanceType"), platform, out);
        SharedRules.image(cluster.image(), path.child("image"), platform, out);
        if (SharedRules.placed(platform, cluster, cluster.network(), out)) {
            SharedRules.tier(cluster.network(), cluster.tier(), SubnetTier.Kind.PRIVATE, path, "ECS cluster", out)
                    .ifPresent(tier -> egress(cluster, tier, path));
        }
        SharedRules.allowFrom(cluster.allowFrom(), path, platform, cluster, out);
    }

    private void egress(EcsCluster cluster, SubnetTier tier, DslPath path) {
        if (tier.kind() != SubnetTier.Kind.PRIVATE || cluster.network().nat().kind() == NatStrategy.Kind.NONE) {
            out.report(
                    ClusterCode.CLUSTER_WITHOUT_EGRESS,
                    path.child("tier"),
                    "container instances in tier " + tier.name()
                            + " have no route out through NAT, but the ECS agent must reach ECS, "
                            + "pull images from ECR and signal CloudFormation",
                    "run the cluster in a private tier of a network with NAT");
        }
    }
}
