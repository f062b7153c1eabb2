package dev.plinth.dsl.compile;

import dev.plinth.compiler.LogicalIds;
import dev.plinth.dsl.Component;
import dev.plinth.manifest.Manifest;

/** Names derived from DSL names: logical-id parts and zone suffixes. */
public final class Names {
    private Names() {}

    /** {@code app-tier} → {@code AppTier}. */
    public static String pascal(String name) {
        return LogicalIds.pascal(name);
    }

    /**
     * The logical id of the resource a component's lowering adds under {@code role}: {@code web} and
     * {@code Group} give {@code WebGroup}. User-data that signals a resource names it with this too.
     */
    public static String logicalId(Component component, String role) {
        return pascal(component.name()) + role;
    }

    /**
     * The role a component's script is published under ({@code userdata/<role>.sh}): the
     * component's name for its only script, {@code <component>-<role>} for a node's role.
     */
    public static String userDataRole(Component component, String role) {
        return role.isEmpty() ? component.name() : component.name() + "-" + role;
    }

    /** The zone's letter: {@code eu-west-1a} → {@code a}; anything after the region's number for other zones. */
    public static String zoneSuffix(String zone) {
        int i = zone.length();
        while (i > 0 && Character.isLetter(zone.charAt(i - 1))) {
            i--;
        }
        String suffix = zone.substring(i);
        return suffix.isEmpty() ? zone.replaceAll("[^A-Za-z0-9]", "") : suffix;
    }

    /** The CloudFormation stack name: {@code <platform>-<environment>-<stack>}. */
    public static String stackName(ResolvedPlatform platform, String stack) {
        return Manifest.stackName(platform.platform(), platform.environment().name(), stack);
    }

    /** The name a component's AWS resources are given: {@code <platform>-<environment>-<component>}. */
    public static String physicalName(ResolvedPlatform platform, Component component) {
        return platform.platform() + "-" + platform.environment().name() + "-" + component.name();
    }

    /** A component's log group: {@code /plinth/<platform>/<environment>/<component>}. */
    public static String logGroup(ResolvedPlatform platform, Component component) {
        return "/plinth/" + platform.platform() + "/" + platform.environment().name() + "/" + component.name();
    }
}
