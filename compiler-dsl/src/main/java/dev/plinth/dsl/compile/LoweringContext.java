package dev.plinth.dsl.compile;

import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.ParameterType;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnRoute;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.compute.MachineImage;
import dev.plinth.dsl.compute.Target;
import dev.plinth.dsl.network.Network;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What lowering shares between components: a template builder per stack, and the resources one
 * component's lowering makes that another's uses (subnets, security groups, target groups).
 * Resources are shared as objects; a reference across stacks is wired later.
 */
public final class LoweringContext {
    private final ResolvedPlatform platform;
    private final Map<String, Template.Builder> templates = new LinkedHashMap<>();
    private final Map<Component, CfnSecurityGroup> securityGroups = new IdentityHashMap<>();
    private final Map<Network, Map<String, List<CfnSubnet>>> subnets = new IdentityHashMap<>();
    private final Map<Network, List<CfnRoute>> egressRoutes = new IdentityHashMap<>();
    private final Map<Network, List<CfnRoute>> publicRoutes = new IdentityHashMap<>();
    private final Map<Network, Resource> vpcs = new IdentityHashMap<>();
    private final Map<Target, List<Value<String>>> targetGroups = new IdentityHashMap<>();
    private final Map<Target, List<Value<String>>> classicLoadBalancers = new IdentityHashMap<>();
    private final Map<Target, List<Component>> loadBalancersOf = new IdentityHashMap<>();
    private final Map<Component, Map<Class<?>, Record>> published = new IdentityHashMap<>();
    private final Map<String, Map<String, Component>> owners = new LinkedHashMap<>();
    private final List<LogicalIdCollision> collisions = new ArrayList<>();

    /** Two components whose resources came out with the same logical id in one stack. */
    public record LogicalIdCollision(Component component, Component other, String stack, String logicalId) {}

    public LoweringContext(ResolvedPlatform platform) {
        this.platform = platform;
        platform.stacks()
                .forEach(stack -> templates.put(
                        stack.name(),
                        Template.builder()
                                .description(platform.platform() + " "
                                        + platform.environment().name() + ": stack " + stack.name()
                                        + " (compiled by Plinth)")));
    }

    public ResolvedPlatform platform() {
        return platform;
    }

    public Map<String, Template.Builder> templates() {
        return templates;
    }

    /** Adds a resource to the component's stack under {@code <Component><role>}, and returns it. */
    public <R extends Resource> R add(Component component, String role, R resource) {
        String stack = platform.stackOf(component).orElseThrow();
        String logicalId = Names.logicalId(component, role);
        Component other =
                owners.computeIfAbsent(stack, s -> new LinkedHashMap<>()).putIfAbsent(logicalId, component);
        if (other != null && other != component) {
            collisions.add(new LogicalIdCollision(component, other, stack, logicalId));
            return resource;
        }
        templates.get(stack).resource(logicalId, resource);
        return resource;
    }

    /** Resources of two components that would share a logical id; the later one is left out. */
    public List<LogicalIdCollision> collisions() {
        return List.copyOf(collisions);
    }

    /**
     * Publishes what other components' lowerings read of this one (a load balancer's listeners, a
     * bucket, a cluster), as one typed record per kind of hand-off.
     */
    public <T extends Record> T publish(Component component, T resources) {
        published.computeIfAbsent(component, c -> new LinkedHashMap<>()).put(resources.getClass(), resources);
        return resources;
    }

    /** What {@code component}'s lowering published; it runs in an earlier stage than any reader. */
    public <T extends Record> T published(Component component, Class<T> type) {
        Record resources = published.getOrDefault(component, Map.of()).get(type);
        if (resources == null) {
            throw new IllegalStateException("the " + component.kind() + " " + component.name() + " has published no "
                    + type.getSimpleName() + ": it is lowered in a later stage than the component that reads it");
        }
        return type.cast(resources);
    }

    public void parameter(Component component, String id, Parameter<?> parameter) {
        templates.get(platform.stackOf(component).orElseThrow()).parameter(id, parameter);
    }

    /** The image id: a parameter that CloudFormation resolves from Systems Manager, or the region's AMI. */
    public Value<String> imageId(Component component, MachineImage image) {
        if (image.ssmParameterName().isPresent()) {
            Parameter<String> parameter = Parameter.builder(ParameterType.SSM_IMAGE_ID)
                    .description("The machine image of " + component.kind() + " " + component.name()
                            + ", from Systems Manager")
                    .defaultValue(image.ssmParameterName().get())
                    .build();
            parameter(component, Names.pascal(component.name()) + "ImageId", parameter);
            return parameter.ref();
        }
        return Value.of(image.amiByRegion().get(platform.environment().region()));
    }

    public void securityGroup(Component component, CfnSecurityGroup group) {
        securityGroups.put(component, group);
    }

    public CfnSecurityGroup securityGroup(Component component) {
        return securityGroups.get(component);
    }

    public void vpc(Network network, Resource vpc) {
        vpcs.put(network, vpc);
    }

    public Resource vpc(Network network) {
        return vpcs.get(network);
    }

    public void subnets(Network network, String tier, List<CfnSubnet> tierSubnets) {
        subnets.computeIfAbsent(network, n -> new LinkedHashMap<>()).put(tier, tierSubnets);
    }

    public List<CfnSubnet> subnets(Network network, String tier) {
        return subnets.getOrDefault(network, Map.of()).getOrDefault(tier, List.of());
    }

    /** Routes out of the VPC (to NAT) that instances need before they boot. */
    public void egressRoute(Network network, CfnRoute route) {
        egressRoutes.computeIfAbsent(network, n -> new ArrayList<>()).add(route);
    }

    public List<CfnRoute> egressRoutes(Network network) {
        return egressRoutes.getOrDefault(network, List.of());
    }

    /** The route out of the VPC (to the internet gateway) that instances with public addresses need before they boot. */
    public void publicRoute(Network network, CfnRoute route) {
        publicRoutes.computeIfAbsent(network, n -> new ArrayList<>()).add(route);
    }

    public List<CfnRoute> publicRoutes(Network network) {
        return publicRoutes.getOrDefault(network, List.of());
    }

    public void targetGroup(Target fleet, Component loadBalancer, Value<String> arn) {
        targetGroups.computeIfAbsent(fleet, f -> new ArrayList<>()).add(arn);
        loadBalancersOf.computeIfAbsent(fleet, f -> new ArrayList<>()).add(loadBalancer);
    }

    public void classicLoadBalancer(Target fleet, Component loadBalancer, Value<String> name) {
        classicLoadBalancers.computeIfAbsent(fleet, f -> new ArrayList<>()).add(name);
        loadBalancersOf.computeIfAbsent(fleet, f -> new ArrayList<>()).add(loadBalancer);
    }

    public List<Value<String>> targetGroups(Target fleet) {
        return targetGroups.getOrDefault(fleet, List.of());
    }

    public List<Value<String>> classicLoadBalancers(Target fleet) {
        return classicLoadBalancers.getOrDefault(fleet, List.of());
    }

    public boolean behindLoadBalancer(Target fleet) {
        return loadBalancersOf.containsKey(fleet);
    }
}
