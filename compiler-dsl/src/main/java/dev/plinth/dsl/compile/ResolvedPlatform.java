package dev.plinth.dsl.compile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.network.Network;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A platform for one environment with its defaults resolved: where each component lives, each
 * network's zones and, once allocated, each subnet's CIDR. Passes add to it by building a new one.
 */
public final class ResolvedPlatform {
    private final String platform;
    private final Environment environment;
    private final ImmutableList<Stack> stacks;
    private final IdentityHashMap<Component, String> stackOf;
    private final IdentityHashMap<Network, List<String>> zones;
    private final IdentityHashMap<Network, Map<String, List<String>>> subnetCidrs;
    private final IdentityHashMap<Component, String> userData;
    private final IdentityHashMap<Component, Map<String, String>> roleUserData = new IdentityHashMap<>();

    ResolvedPlatform(
            String platform,
            Environment environment,
            List<Stack> stacks,
            Map<Component, String> stackOf,
            Map<Network, List<String>> zones,
            Map<Network, Map<String, List<String>>> subnetCidrs,
            Map<Component, String> userData) {
        this.platform = platform;
        this.environment = environment;
        this.stacks = ImmutableList.copyOf(stacks);
        this.stackOf = new IdentityHashMap<>(stackOf);
        this.zones = new IdentityHashMap<>(zones);
        this.subnetCidrs = new IdentityHashMap<>(subnetCidrs);
        this.userData = new IdentityHashMap<>(userData);
    }

    public String platform() {
        return platform;
    }

    public Environment environment() {
        return environment;
    }

    public List<Stack> stacks() {
        return stacks;
    }

    /** The stack a component was placed in, if any. */
    public Optional<String> stackOf(Component component) {
        return Optional.ofNullable(stackOf.get(component));
    }

    /** The DSL path of a component: {@code prod/web}. */
    public DslPath path(Component component) {
        return DslPath.of(environment.name(), component.name());
    }

    /** The DSL path of the environment's own attributes: {@code prod}. */
    public DslPath path() {
        return DslPath.of(environment.name());
    }

    /** The zones a network spans, in order. */
    public List<String> zones(Network network) {
        return zones.getOrDefault(network, List.of());
    }

    /** Each tier's subnet CIDRs, one per zone, once allocated. */
    public Map<String, List<String>> subnetCidrs(Network network) {
        return subnetCidrs.getOrDefault(network, ImmutableMap.of());
    }

    /** The rendered user-data script of a fleet or bastion. */
    public Optional<String> userData(Component component) {
        return Optional.ofNullable(userData.get(component));
    }

    /** The rendered scripts of a component whose nodes boot differently, by role ({@code master-1}, {@code agent}). */
    public Map<String, String> roleUserData(Component component) {
        return roleUserData.getOrDefault(component, ImmutableMap.of());
    }

    /** Every component placed in a stack, in stack order. */
    public List<Component> components() {
        ImmutableList.Builder<Component> all = ImmutableList.builder();
        stacks.forEach(s -> all.addAll(s.components()));
        return all.build();
    }

    public <T extends Component> List<T> components(Class<T> type) {
        ImmutableList.Builder<T> all = ImmutableList.builder();
        for (Component component : components()) {
            if (type.isInstance(component)) {
                all.add(type.cast(component));
            }
        }
        return all.build();
    }

    public ResolvedPlatform withSubnetCidrs(Map<Network, Map<String, List<String>>> cidrs) {
        return new ResolvedPlatform(platform, environment, stacks, stackOf, zones, cidrs, userData);
    }

    public ResolvedPlatform withUserData(Map<Component, String> scripts) {
        return new ResolvedPlatform(platform, environment, stacks, stackOf, zones, subnetCidrs, scripts);
    }

    public ResolvedPlatform withUserData(
            Map<Component, String> scripts, Map<Component, Map<String, String>> roleScripts) {
        ResolvedPlatform rendered = withUserData(scripts);
        roleScripts.forEach((component, byRole) -> rendered.roleUserData.put(component, ImmutableMap.copyOf(byRole)));
        return rendered;
    }

    public IdentityHashMap<Component, String> placements() {
        return stackOf;
    }
}
