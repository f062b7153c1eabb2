package dev.plinth.dsl.compile;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Secured;
import dev.plinth.dsl.compute.Ingress;
import dev.plinth.dsl.compute.MachineImage;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import dev.plinth.names.NameRules;
import inet.ipaddr.IPAddressString;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** Rules more than one kind applies: retention, instance types, images, ports, ingress, tiers, placement. */
public final class SharedRules {
    public static final Set<Integer> RETENTION_DAYS = Set.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    public static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");

    /**
     * Reports a name that breaks {@link NameRules#PLINTH_NAME}: platform, environment, stack and
     * component names, and the names of tiers and lifecycle hooks. {@code kind} says what is named.
     */
    public static void name(String name, String kind, DslPath path, Diagnostics out) {
        if (!NameRules.PLINTH_NAME.accepts(name)) {
            out.report(
                    DslCode.INVALID_NAME,
                    path,
                    "'" + name + "' is not a valid " + kind + " name",
                    NameRules.PLINTH_NAME.fix());
        }
    }

    /**
     * Reports a zone listed twice: each zone holds one subnet of each tier, so a second listing
     * would make two subnets of a tier in one zone, and leave the network a zone short.
     */
    public static void zonesOnce(List<String> zones, DslPath path, Diagnostics out) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String zone : zones) {
            if (!seen.add(zone) && reported.add(zone)) {
                out.report(
                        DslCode.DUPLICATE_AVAILABILITY_ZONE,
                        path.child(zone),
                        "'" + zone + "' is listed more than once",
                        "list each zone once");
            }
        }
    }

    /** Reports a retention CloudWatch Logs does not offer. */
    public static void retention(int days, DslPath path, Diagnostics out) {
        if (!RETENTION_DAYS.contains(days)) {
            out.report(
                    DslCode.INVALID_RETENTION,
                    path,
                    days + " days is not a retention CloudWatch Logs offers",
                    "use one of " + sorted(RETENTION_DAYS));
        }
    }

    public static String sorted(Set<Integer> values) {
        return new TreeSet<>(values).toString();
    }

    /** The named tier, or the network's first tier of the kind; empty (and reported) when there is none. */
    public static Optional<SubnetTier> tier(
            Network network, Optional<String> name, SubnetTier.Kind kind, DslPath path, String role, Diagnostics out) {
        if (name.isPresent()) {
            Optional<SubnetTier> named = Tiers.find(network, name, kind);
            if (named.isEmpty()) {
                out.report(
                        DslCode.UNKNOWN_TIER,
                        path.child("tier"),
                        "network " + network.name() + " has no tier '" + name.get() + "'",
                        "use one of its tiers: "
                                + network.tiers().stream()
                                        .map(SubnetTier::name)
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse("none"));
            }
            return named;
        }
        Optional<SubnetTier> first = Tiers.find(network, name, kind);
        if (first.isEmpty()) {
            out.report(
                    DslCode.UNKNOWN_TIER,
                    path.child("tier"),
                    "network " + network.name() + " has no " + kind.name().toLowerCase(Locale.ROOT) + " tier for the "
                            + role,
                    "add one to the network, or name the tier to use");
        }
        return first;
    }

    /** Reports an instance type that is malformed, that AWS does not have, or that the environment's region does not offer. */
    public static void instanceType(String type, DslPath path, ResolvedPlatform platform, Diagnostics out) {
        if (INSTANCE_TYPE.matcher(type).matches()) {
            AwsFactRules.instanceType(type, path, platform, out);
        } else {
            instanceType(type, path, out);
        }
    }

    public static void instanceType(String type, DslPath path, Diagnostics out) {
        if (!INSTANCE_TYPE.matcher(type).matches()) {
            out.report(
                    DslCode.INVALID_INSTANCE_TYPE,
                    path,
                    "'" + type + "' is not an EC2 instance type",
                    "use a type such as t3.medium");
        }
    }

    public static void image(MachineImage image, DslPath path, ResolvedPlatform platform, Diagnostics out) {
        String region = platform.environment().region();
        if (image.ssmParameterName().isEmpty() && !image.amiByRegion().containsKey(region)) {
            out.report(
                    DslCode.IMAGE_NOT_FOR_REGION,
                    path,
                    "the image has AMI ids for " + image.amiByRegion().keySet() + " but not for " + region,
                    "add the AMI id for " + region + ", or use a Systems Manager public parameter");
        }
    }

    public static void port(int port, DslPath path, Diagnostics out) {
        if (port < 1 || port > 65535) {
            out.report(DslCode.INVALID_PORT, path, port + " is not a TCP port", "use a port from 1 to 65535");
        }
    }

    /**
     * Checks the sources a component allows in, each at {@code allowFrom/<source>:<port>} under
     * {@code path}: one rule per source and port, each a valid ingress into {@code target}.
     */
    public static void allowFrom(
            List<Ingress> rules, DslPath path, ResolvedPlatform platform, Component target, Diagnostics out) {
        allowFrom(rules, path, platform, target, out, (ingress, at) -> {});
    }

    /** As {@link #allowFrom(List, DslPath, ResolvedPlatform, Component, Diagnostics)}, then {@code more} checks each rule at its path. */
    public static void allowFrom(
            List<Ingress> rules,
            DslPath path,
            ResolvedPlatform platform,
            Component target,
            Diagnostics out,
            BiConsumer<Ingress, DslPath> more) {
        Set<String> seen = new HashSet<>();
        for (Ingress ingress : rules) {
            String source = ingress.source()
                    .map(Component::name)
                    .orElse(ingress.cidrName().orElse(""));
            DslPath at = path.child("allowFrom").child(source + ":" + ingress.port());
            if (!seen.add(Names.pascal(source) + ingress.port())) {
                out.report(
                        DslCode.DUPLICATE_NAME,
                        at,
                        "two ingress rules come from '" + source + "' on port " + ingress.port(),
                        "allow each source once per port, and give ranges names of their own");
            }
            ingress(ingress, at, platform, target, out);
            more.accept(ingress, at);
        }
    }

    public static void ingress(
            Ingress ingress, DslPath path, ResolvedPlatform platform, Component target, Diagnostics out) {
        port(ingress.port(), path, out);
        ingress.source().ifPresent(source -> {
            if (!(source instanceof Secured)) {
                out.report(
                        DslCode.INVALID_INGRESS,
                        path,
                        "a " + source.kind() + " has no security group to allow traffic from",
                        "allow from the fleet, bastion or load balancer that sends the traffic, or from the network's CIDR");
            } else {
                placed(platform, target, source, out);
            }
        });
        Optional<String> cidr = ingress.cidr();
        if (cidr.isPresent()) {
            IPAddressString text = new IPAddressString(cidr.get());
            if (!text.isValid() || !cidr.get().contains("/")) {
                out.report(
                        DslCode.INVALID_INGRESS,
                        path,
                        "'" + cidr.get() + "' is not a CIDR range",
                        "give a range such as 203.0.113.0/24");
            } else if (ingress.port() == 22 && text.getAddress().getNetworkPrefixLength() == 0) {
                out.report(
                        DslCode.SSH_OPEN_TO_WORLD,
                        path,
                        "SSH (port 22) is open to the whole internet",
                        "allow SSH from named ranges only, or reach instances through a bastion or Session Manager");
            }
        }
    }

    /** Reports a component that another uses but that is in no stack. */
    public static boolean placed(ResolvedPlatform platform, Component user, Component used, Diagnostics out) {
        if (platform.stackOf(used).isPresent()) {
            return true;
        }
        out.report(
                DslCode.COMPONENT_NOT_IN_STACK,
                platform.path(user),
                "uses the " + used.kind() + " '" + used.name() + "', which is in no stack",
                "add the " + used.kind() + " to one of the platform's stacks");
        return false;
    }

    private SharedRules() {}
}
