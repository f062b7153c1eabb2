package dev.plinth.dsl.lower;

import dev.plinth.compiler.CompilerPass;
import dev.plinth.compiler.Diagnostics;
import dev.plinth.compiler.StackTemplate;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.pass.ResolvedPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lowering pass: turns each component into CloudFormation resources in its stack's
 * template. Networks go first (everything runs in one), then every security group (so rules
 * can point at any of them), then bastions, load balancers (their target groups) and fleets.
 */
public final class LowerPlatform implements CompilerPass<ResolvedPlatform, List<StackTemplate>> {

  @Override
  public String name() {
    return "lowering";
  }

  @Override
  public List<StackTemplate> run(ResolvedPlatform platform, Diagnostics diagnostics) {
    LoweringContext context = new LoweringContext(platform);
    platform.components(Network.class).forEach(n -> new NetworkLowering(context, n).lower());
    for (Component component : platform.components()) {
      if (component instanceof Bastion) {
        context.securityGroup(component, new BastionLowering(context, (Bastion) component).securityGroup());
      } else if (component instanceof LoadBalancer) {
        context.securityGroup(component, new LoadBalancerLowering(context, (LoadBalancer) component).securityGroup());
      } else if (component instanceof Fleet) {
        context.securityGroup(component, new FleetLowering(context, (Fleet) component).securityGroup());
      }
    }
    platform.components(Bastion.class).forEach(b -> new BastionLowering(context, b).lower());
    List<LoadBalancer> loadBalancers = platform.components(LoadBalancer.class);
    for (LoadBalancer lb : loadBalancers) {
      if (lb.type() == LoadBalancer.Type.CLASSIC) {
        new ClassicLowering(context, lb).lower();
      } else {
        new LoadBalancerLowering(context, lb).lower();
      }
    }
    platform.components(Fleet.class).forEach(f -> new FleetLowering(context, f).lower(loadBalancers));
    List<StackTemplate> stacks = new ArrayList<>();
    for (Stack stack : platform.stacks()) {
      Map<String, String> tags = new TreeMap<>(platform.environment().tags());
      tags.putAll(stack.tags());
      tags.put("plinth:platform", platform.platform());
      tags.put("plinth:environment", platform.environment().name());
      tags.put("plinth:stack", stack.name());
      boolean protect = stack.terminationProtection().orElse(platform.environment().production());
      StackTemplate built = StackTemplate.of(stack.name(), context.templates().get(stack.name()).build(), tags, protect);
      stacks.add(stack.exportOutputs() ? built.withExportedOutputs() : built);
    }
    return stacks;
  }
}
