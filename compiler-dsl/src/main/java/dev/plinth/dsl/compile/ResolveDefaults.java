package dev.plinth.dsl.compile;

import dev.plinth.compiler.CompilerPass;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.network.Network;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The defaults pass: places every component in its stack and gives every network its zones
 * (the named ones, or the environment's first {@code azCount}, two unless set). A component
 * listed in two stacks is reported here, since nothing later could place it.
 */
public final class ResolveDefaults implements CompilerPass<PlatformInput, ResolvedPlatform> {
    public static final int DEFAULT_AZ_COUNT = 2;

    @Override
    public String name() {
        return "defaults";
    }

    @Override
    public ResolvedPlatform run(PlatformInput input, Diagnostics diagnostics) {
        Environment env = input.environment();
        Map<Component, String> stackOf = new IdentityHashMap<>();
        Map<Network, List<String>> zones = new IdentityHashMap<>();
        for (Stack stack : input.stacks()) {
            for (Component component : stack.components()) {
                String earlier = stackOf.putIfAbsent(component, stack.name());
                if (earlier != null && !earlier.equals(stack.name())) {
                    diagnostics.report(
                            DslCode.COMPONENT_IN_TWO_STACKS,
                            DslPath.of(env.name(), component.name()),
                            "the " + component.kind() + " is listed in stacks " + earlier + " and " + stack.name(),
                            "list it in one stack; other stacks reach it through cross-stack references");
                }
                if (component instanceof Network network) {
                    zones.put(network, zonesOf(network, env));
                }
            }
        }
        return new ResolvedPlatform(input.platform(), env, input.stacks(), stackOf, zones, Map.of(), Map.of());
    }

    /** Named zones win; otherwise the first azCount of the environment (validation reports too many). */
    public static List<String> zonesOf(Network network, Environment env) {
        if (!network.availabilityZones().isEmpty()) {
            return List.copyOf(network.availabilityZones());
        }
        int count = network.azCount().orElse(DEFAULT_AZ_COUNT);
        List<String> available = env.availabilityZones();
        return new ArrayList<>(available.subList(0, Math.max(0, Math.min(count, available.size()))));
    }
}
