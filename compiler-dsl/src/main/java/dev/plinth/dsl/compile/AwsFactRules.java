package dev.plinth.dsl.compile;

import dev.plinth.aws.AwsFacts;
import dev.plinth.aws.InstanceType;
import dev.plinth.aws.Offering;
import dev.plinth.aws.Region;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Environment;
import dev.plinth.names.NameRules;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules that need facts the schemas lack ({@link AwsFacts}): that the environment's region
 * exists and has the zones named, and that an instance type exists and its region offers it.
 * Each refuses only what the data knows to be wrong: a region or type the data cannot tell
 * about passes.
 */
public final class AwsFactRules {
    private AwsFactRules() {}

    /**
     * Reports a well-formed region AWS does not have, and zones of the region that it does not
     * have. Malformed regions and zones of another region are {@link ValidatePlatform}'s.
     */
    public static void environment(Environment env, Diagnostics out) {
        if (!NameRules.AWS_REGION.accepts(env.region())) {
            return;
        }
        AwsFacts facts = AwsFacts.bundled();
        DslPath path = DslPath.of(env.name());
        Optional<Region> region = facts.region(env.region());
        if (region.isEmpty()) {
            out.report(
                    DslCode.UNKNOWN_REGION,
                    path.child("region"),
                    "AWS has no region '" + env.region() + "'",
                    facts.nearestRegion(env.region())
                            .map(r -> "use '" + r + "'")
                            .orElse("use one of " + String.join(", ", facts.regionNames())));
            return;
        }
        for (String zone : env.availabilityZones()) {
            boolean ofAnotherRegion = !zone.startsWith(env.region())
                    || zone.length() == env.region().length();
            if (!ofAnotherRegion && !region.get().hasZone(zone)) {
                out.report(
                        DslCode.ZONE_NOT_IN_REGION,
                        path.child("availabilityZones").child(zone),
                        env.region() + " has no availability zone '" + zone + "'",
                        "use one of " + String.join(", ", region.get().zones()));
            }
        }
    }

    /**
     * Reports an instance type AWS does not have, or that the environment's region does not
     * offer; the type is already known to have the shape of one ({@link SharedRules#INSTANCE_TYPE}).
     */
    public static void instanceType(String type, DslPath path, ResolvedPlatform platform, Diagnostics out) {
        AwsFacts facts = AwsFacts.bundled();
        String region = platform.environment().region();
        Optional<InstanceType> known = facts.instanceType(type);
        if (known.isEmpty()) {
            out.report(
                    DslCode.INVALID_INSTANCE_TYPE,
                    path,
                    "'" + type + "' is not an EC2 instance type",
                    unknownTypeFix(facts, type, region));
            return;
        }
        if (facts.offering(type, region) == Offering.NOT_OFFERED) {
            InstanceType it = known.get();
            String size = it.vCpus() + " vCPUs, " + mib(it.memoryMib()) + ", " + String.join("/", it.architectures());
            out.report(
                    DslCode.INVALID_INSTANCE_TYPE,
                    path,
                    region + " does not offer " + type + " (" + size + ")",
                    facts.alternative(type, region)
                            .map(a -> "use '" + a + "', which it offers with the same size")
                            .orElse("choose a type " + region + " offers"));
        }
    }

    private static String unknownTypeFix(AwsFacts facts, String type, String region) {
        Optional<String> nearest = facts.nearestInstanceType(type, region);
        if (nearest.isPresent()) {
            return "use '" + nearest.get() + "'";
        }
        List<InstanceType> family = facts.family(InstanceType.family(type));
        if (!family.isEmpty()) {
            return "use a size " + InstanceType.family(type) + " comes in: "
                    + family.stream().map(InstanceType::name).collect(Collectors.joining(", "));
        }
        return "use a type such as t3.medium";
    }

    /** {@code 8,192 MiB}. */
    public static String mib(int mib) {
        return String.format(java.util.Locale.ROOT, "%,d MiB", mib);
    }
}
