package dev.plinth.dsl.compile;

import dev.plinth.compiler.CompilerPass;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Stack;
import dev.plinth.names.NameRules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The DSL validation pass: every rule that needs the whole platform (names, placements,
 * zones, tiers, relations between components). Each problem is a coded diagnostic with the
 * DSL path; all of them are reported before the compile stops.
 */
public final class ValidatePlatform implements CompilerPass<ResolvedPlatform, ResolvedPlatform> {
    private final KindRegistry kinds;

    public ValidatePlatform(KindRegistry kinds) {
        this.kinds = kinds;
    }

    @Override
    public String name() {
        return "validation";
    }

    @Override
    public ResolvedPlatform run(ResolvedPlatform platform, Diagnostics out) {
        SharedRules.name(platform.platform(), "platform", platform.path(), out);
        environment(platform.environment(), out);
        stacksAndNames(platform, out);
        for (Component component : platform.components()) {
            kinds.of(component)
                    .ifPresentOrElse(
                            kind -> kind.check(platform, component, out),
                            () -> out.report(
                                    DslCode.UNKNOWN_COMPONENT_KIND,
                                    platform.path(component),
                                    "the " + component.kind() + " '" + component.name() + "' is a "
                                            + component.getClass().getName()
                                            + ", a kind of component Plinth cannot compile",
                                    "build components with the DSL's own classes (Network.builder(), Fleet.builder(), …)"));
        }
        return platform;
    }

    private static void environment(Environment env, Diagnostics out) {
        DslPath path = DslPath.of(env.name());
        SharedRules.name(env.name(), "environment", path, out);
        if (!NameRules.AWS_REGION.accepts(env.region())) {
            out.report(
                    DslCode.INVALID_ENVIRONMENT,
                    path.child("region"),
                    "'" + env.region() + "' is not " + NameRules.AWS_REGION.what(),
                    NameRules.AWS_REGION.fix());
        }
        env.accountId()
                .filter(a -> !NameRules.ACCOUNT_ID.accepts(a))
                .ifPresent(a -> out.report(
                        DslCode.INVALID_ENVIRONMENT,
                        path.child("accountId"),
                        "'" + a + "' is not " + NameRules.ACCOUNT_ID.what(),
                        NameRules.ACCOUNT_ID.fix()));
        for (String arn : env.notificationArns()) {
            if (!arn.matches("arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]+")) {
                out.report(
                        DslCode.INVALID_ENVIRONMENT,
                        path.child("notificationArns"),
                        "'" + arn + "' is not an SNS topic ARN",
                        "give the topic's ARN: arn:aws:sns:REGION:ACCOUNT:NAME");
            }
        }
        if (env.availabilityZones().isEmpty()) {
            out.report(
                    DslCode.NO_AVAILABILITY_ZONES,
                    path.child("availabilityZones"),
                    "the environment names no availability zones",
                    "list the zones of " + env.region() + " the platform may use, such as " + env.region() + "a");
        }
        for (String zone : env.availabilityZones()) {
            if (!zone.startsWith(env.region()) || zone.length() == env.region().length()) {
                out.report(
                        DslCode.ZONE_NOT_IN_REGION,
                        path.child("availabilityZones").child(zone),
                        "'" + zone + "' is not an availability zone of " + env.region(),
                        "use zones of the environment's region");
            }
        }
        SharedRules.zonesOnce(env.availabilityZones(), path.child("availabilityZones"), out);
        AwsFactRules.environment(env, out);
    }

    private static void stacksAndNames(ResolvedPlatform platform, Diagnostics out) {
        String env = platform.environment().name();
        Set<String> stackNames = new HashSet<>();
        Map<String, Component> byName = new HashMap<>();
        Map<Component, Boolean> seen = new IdentityHashMap<>();
        for (Stack stack : platform.stacks()) {
            DslPath path = DslPath.of(env, "stack", stack.name());
            SharedRules.name(stack.name(), "stack", path, out);
            if (!stackNames.add(stack.name())) {
                out.report(
                        DslCode.DUPLICATE_STACK_NAME,
                        path,
                        "two stacks are named '" + stack.name() + "'",
                        "give each stack its own name");
            }
            if (stack.components().isEmpty()) {
                out.report(
                        DslCode.EMPTY_STACK, path, "the stack has no components", "add components to it, or remove it");
            }
            for (Component component : stack.components()) {
                if (seen.put(component, Boolean.TRUE) != null) {
                    continue;
                }
                DslPath componentPath = platform.path(component);
                SharedRules.name(component.name(), component.kind(), componentPath, out);
                Component other = byName.putIfAbsent(component.name(), component);
                if (other != null) {
                    out.report(
                            DslCode.DUPLICATE_NAME,
                            componentPath,
                            "a " + other.kind() + " and a " + component.kind() + " are both named '" + component.name()
                                    + "'",
                            "give each component its own name: names make DSL paths, logical ids and file names");
                }
            }
        }
    }
}
