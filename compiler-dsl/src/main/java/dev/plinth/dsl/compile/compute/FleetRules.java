package dev.plinth.dsl.compile.compute;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.compute.LifecycleHook;
import dev.plinth.dsl.compute.TargetTracking;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.SubnetTier;
import dev.plinth.names.NameRules;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of a fleet: size, artifact, runtime, reachability, hooks, scaling and ingress. */
final class FleetRules {
    private static final Pattern SECRET_NAME =
            Pattern.compile(".*(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE_KEY|API_KEY|ACCESS_KEY).*");
    private static final Pattern SECRET_REFERENCE =
            Pattern.compile("(arn:aws[a-z-]*:(secretsmanager|ssm):.*|\\{\\{resolve:.*}}|ssm:/.*)");

    private final ResolvedPlatform platform;
    private final Diagnostics out;

    FleetRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(Fleet fleet) {
        DslPath path = platform.path(fleet);
        size(fleet, path);
        SharedRules.instanceType(fleet.runtime().instanceType(), path.child("runtime", "instanceType"), platform, out);
        SharedRules.image(fleet.runtime().image(), path.child("runtime", "image"), platform, out);
        artifact(fleet.artifact(), path.child("artifact"));
        SharedRules.retention(fleet.logRetentionDays(), path.child("logRetentionDays"), out);
        if (SharedRules.placed(platform, fleet, fleet.network(), out)) {
            if (fleet.publicAddresses().isPresent()) {
                publicAddresses(fleet, path);
            } else {
                SharedRules.tier(fleet.network(), fleet.tier(), SubnetTier.Kind.PRIVATE, path, "fleet", out)
                        .ifPresent(tier -> egress(fleet, tier, path));
            }
        }
        Set<String> hooks = new HashSet<>();
        for (LifecycleHook hook : fleet.lifecycleHooks()) {
            if (!hooks.add(hook.name())) {
                out.report(
                        DslCode.DUPLICATE_NAME,
                        path.child("lifecycleHook").child(hook.name()),
                        "two lifecycle hooks are named '" + hook.name() + "'",
                        "give each hook its own name");
            }
            if (hook.heartbeatTimeoutSeconds() < 30 || hook.heartbeatTimeoutSeconds() > 7200) {
                out.report(
                        DslCode.INVALID_LIFECYCLE_HOOK,
                        path.child("lifecycleHook").child(hook.name()),
                        "a heartbeat timeout of " + hook.heartbeatTimeoutSeconds() + " s is outside 30 to 7,200 s",
                        "choose a timeout in that range");
            }
            SharedRules.name(hook.name(), "hook", path.child("lifecycleHook").child(hook.name()), out);
        }
        Set<TargetTracking.Metric> metrics = EnumSet.noneOf(TargetTracking.Metric.class);
        if (!fleet.scaling().isEmpty() && fleet.maxSize() <= fleet.minSize()) {
            out.report(
                    DslCode.INVALID_SCALING,
                    path.child("scaling"),
                    "the fleet scales on a target but its size is fixed at " + fleet.minSize(),
                    "give it room to scale (maxSize above minSize), or remove the scaling policy");
        }
        for (TargetTracking scaling : fleet.scaling()) {
            if (!metrics.add(scaling.metric())) {
                out.report(
                        DslCode.INVALID_SCALING,
                        path.child("scaling").child(scaling.metric().name().toLowerCase(Locale.ROOT)),
                        "two scaling policies track " + scaling.metric().awsName(),
                        "keep one target per metric");
            }
            boolean percent = scaling.metric() == TargetTracking.Metric.CPU_UTILIZATION;
            if (scaling.target() <= 0 || (percent && scaling.target() > 100)) {
                out.report(
                        DslCode.INVALID_SCALING,
                        path.child("scaling").child(scaling.metric().name().toLowerCase(Locale.ROOT)),
                        "target " + scaling.target() + " is not a usable " + (percent ? "percentage" : "value"),
                        percent ? "choose a CPU target above 0 and at most 100" : "choose a target above 0");
            }
        }
        SharedRules.allowFrom(fleet.allowFrom(), path, platform, fleet, out);
    }

    private void size(Fleet fleet, DslPath path) {
        if (fleet.minSize() < 0 || fleet.maxSize() < 1 || fleet.minSize() > fleet.maxSize()) {
            out.report(
                    DslCode.INVALID_FLEET_SIZE,
                    path.child("size"),
                    "min " + fleet.minSize() + ", max " + fleet.maxSize() + " is not a size range",
                    "give 0 <= min <= max and max >= 1");
        }
        fleet.desiredCapacity()
                .filter(d -> d < fleet.minSize() || d > fleet.maxSize())
                .ifPresent(d -> out.report(
                        DslCode.INVALID_FLEET_SIZE,
                        path.child("desiredCapacity"),
                        "desired capacity " + d + " is outside min " + fleet.minSize() + " to max " + fleet.maxSize(),
                        "choose a value in that range"));
        if (fleet.maxBatchSize() < 1) {
            out.report(
                    DslCode.INVALID_FLEET_SIZE,
                    path.child("maxBatchSize"),
                    "a rolling update replaces at least one instance at a time",
                    "set maxBatchSize to 1 or more");
        }
    }

    /**
     * The artifact's values go into the runtime bootstrap script: each is checked here against the
     * rule the script's builder checks, so a fleet that passes renders.
     */
    private void artifact(Artifact artifact, DslPath path) {
        if (!NameRules.S3_BUCKET.accepts(artifact.bucket())) {
            out.report(
                    DslCode.INVALID_ARTIFACT,
                    path.child("bucket"),
                    "'" + artifact.bucket() + "' is not " + NameRules.S3_BUCKET.what(),
                    NameRules.S3_BUCKET.fix());
        }
        if (!NameRules.S3_KEY.accepts(artifact.key())) {
            out.report(
                    DslCode.INVALID_ARTIFACT,
                    path.child("key"),
                    "'" + artifact.key() + "' is not a usable S3 key",
                    NameRules.S3_KEY.fix());
        } else if (!artifact.key().endsWith(".tar.gz") && !artifact.key().endsWith(".tgz")) {
            out.report(
                    DslCode.INVALID_ARTIFACT,
                    path.child("key"),
                    "'" + artifact.key() + "' is not a gzipped tarball",
                    "publish the artifact as .tar.gz or .tgz");
        }
        if (artifact.sha256().isEmpty()) {
            out.report(
                    DslCode.ARTIFACT_WITHOUT_CHECKSUM,
                    path.child("sha256"),
                    "the artifact has no sha-256, so instances could run a tarball nobody reviewed",
                    "set sha256 to the tarball's checksum (sha256sum FILE)");
        } else if (!NameRules.SHA256.accepts(artifact.sha256().get())) {
            out.report(
                    DslCode.ARTIFACT_WITHOUT_CHECKSUM,
                    path.child("sha256"),
                    "'" + artifact.sha256().get() + "' is not " + NameRules.SHA256.what(),
                    NameRules.SHA256.fix());
        }
        if (!NameRules.RELATIVE_PATH.accepts(artifact.command())) {
            out.report(
                    DslCode.INVALID_ARTIFACT,
                    path.child("command"),
                    "'" + artifact.command() + "' is not a path inside the tarball",
                    NameRules.RELATIVE_PATH.fix());
        }
        for (int i = 0; i < artifact.args().size(); i++) {
            String arg = artifact.args().get(i);
            if (!NameRules.COMMAND_ARGUMENT.accepts(arg)) {
                out.report(
                        DslCode.INVALID_ARTIFACT,
                        path.child("args").child(i),
                        "'" + arg + "' cannot be passed to the command as it is",
                        NameRules.COMMAND_ARGUMENT.fix());
            }
        }
        artifact.port().ifPresent(p -> SharedRules.port(p, path.child("port"), out));
        artifact.healthCheckPath()
                .filter(h -> !h.startsWith("/"))
                .ifPresent(h -> out.report(
                        DslCode.INVALID_HEALTH_CHECK,
                        path.child("healthCheckPath"),
                        "'" + h + "' is not an absolute path",
                        "start the path with /"));
        artifact.healthCheckPath()
                .filter(h -> h.startsWith("/") && !NameRules.URL_PATH.accepts(h))
                .ifPresent(h -> out.report(
                        DslCode.INVALID_HEALTH_CHECK,
                        path.child("healthCheckPath"),
                        "'" + h + "' is not a path the health check can call",
                        NameRules.URL_PATH.fix()));
        if (artifact.healthCheckPath().isPresent() && artifact.port().isEmpty()) {
            out.report(
                    DslCode.INVALID_HEALTH_CHECK,
                    path.child("healthCheckPath"),
                    "a health check path needs the port the service listens on",
                    "set the artifact's port");
        }
        artifact.environment().forEach((name, value) -> {
            if (SECRET_NAME.matcher(name.toUpperCase(Locale.ROOT)).matches()
                    && !SECRET_REFERENCE.matcher(value).matches()) {
                out.report(
                        DslCode.PLAINTEXT_SECRET,
                        path.child("environment").child(name),
                        name
                                + " looks like a secret and its value is written in plain text into user-data and the template",
                        "keep the secret in Secrets Manager or SSM Parameter Store and pass its ARN or name instead");
            }
            if (name.isEmpty()) {
                out.report(
                        DslCode.INVALID_ARTIFACT,
                        path.child("environment"),
                        "a variable of the environment has an empty name",
                        NameRules.ENV_NAME.fix());
            } else if (!NameRules.ENV_NAME.accepts(name)) {
                out.report(
                        DslCode.INVALID_ARTIFACT,
                        path.child("environment").child(name),
                        "'" + name + "' is not " + NameRules.ENV_NAME.what(),
                        NameRules.ENV_NAME.fix());
            } else if (!NameRules.ENV_VALUE.accepts(value)) {
                // The value is left out of the message: it may be a secret.
                out.report(
                        DslCode.INVALID_ARTIFACT,
                        path.child("environment").child(name),
                        "the value of " + name + " contains a line break or control character",
                        NameRules.ENV_VALUE.fix());
            }
        });
    }

    /** The tier kind a fleet runs in: public with public addresses, private otherwise. */
    static SubnetTier.Kind tierKind(Fleet fleet) {
        return fleet.publicAddresses().isPresent() ? SubnetTier.Kind.PUBLIC : SubnetTier.Kind.PRIVATE;
    }

    /**
     * A fleet with public addresses runs in a public tier, whose route to the internet gateway is
     * its egress: it needs neither NAT nor the S3 endpoint. The choice is written with a reason,
     * and production is warned, as a bastion open to the world is.
     */
    private void publicAddresses(Fleet fleet, DslPath path) {
        String reason = fleet.publicAddresses().get().strip();
        if (reason.isEmpty()) {
            out.report(
                    DslCode.PUBLIC_ADDRESSES_WITHOUT_REASON,
                    path.child("publicAddresses"),
                    "the fleet's instances get public addresses, but no reason is written",
                    "say why, for example publicAddresses(\"dev only: no NAT to save cost\")");
        }
        Optional<SubnetTier> tier = SharedRules.tier(
                fleet.network(), fleet.tier(), SubnetTier.Kind.PUBLIC, path, "fleet with public addresses", out);
        tier.filter(t -> t.kind() != SubnetTier.Kind.PUBLIC)
                .ifPresent(t -> out.report(
                        DslCode.WRONG_TIER_KIND,
                        path.child("tier"),
                        "tier " + t.name() + " is " + t.kind().name().toLowerCase(Locale.ROOT)
                                + "; a fleet with public addresses needs a public tier, routed to the internet gateway",
                        "put the fleet in a public tier, or remove publicAddresses to run it in a private tier"));
        if (platform.environment().production() && !reason.isEmpty()) {
            out.report(
                    DslCode.PUBLIC_ADDRESSES_IN_PRODUCTION,
                    path.child("publicAddresses"),
                    "every instance of fleet " + fleet.name()
                            + " gets a public IPv4 address and is reachable from the internet but for its security group, as written: "
                            + reason,
                    "in production, run the fleet in a private tier of a network with NAT");
        }
    }

    private void egress(Fleet fleet, SubnetTier tier, DslPath path) {
        boolean nat =
                tier.kind() == SubnetTier.Kind.PRIVATE && fleet.network().nat().kind() != NatStrategy.Kind.NONE;
        if (!nat) {
            String message = tier.kind() == SubnetTier.Kind.PUBLIC
                    ? "fleet instances get no public address, so in public tier " + tier.name()
                            + " they cannot reach CloudFormation (to signal) and CloudWatch (to ship logs) at boot"
                    : "tier " + tier.name()
                            + " has no route out of the VPC, but instances signal CloudFormation and ship logs to CloudWatch at boot";
            out.report(
                    DslCode.FLEET_WITHOUT_EGRESS,
                    path.child("tier"),
                    message,
                    tier.kind() == SubnetTier.Kind.PUBLIC
                            ? "run the fleet in a private tier of a network with NAT, or give its instances public addresses"
                                    + " on purpose with publicAddresses(\"why\")"
                            : "run the fleet in a private tier of a network with NAT");
            if (!fleet.network().s3Endpoint()) {
                out.report(
                        DslCode.ARTIFACT_UNREACHABLE,
                        path.child("artifact"),
                        "instances in tier " + tier.name()
                                + " can reach neither the internet nor an S3 endpoint to fetch s3://"
                                + fleet.artifact().bucket() + "/"
                                + fleet.artifact().key(),
                        "add NAT to the network, or keep its S3 gateway endpoint (s3Endpoint true)");
            }
        }
    }
}
