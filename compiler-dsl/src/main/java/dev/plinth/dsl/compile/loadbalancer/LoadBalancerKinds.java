package dev.plinth.dsl.compile.loadbalancer;

import dev.plinth.dsl.compile.ComponentKind;
import dev.plinth.dsl.compile.ComponentLowering;
import dev.plinth.dsl.compile.ComponentLowering.Stage;
import dev.plinth.dsl.loadbalancer.LoadBalancer;

/** The load balancer kind: application, network and classic load balancers with their listeners. */
public final class LoadBalancerKinds {
    private LoadBalancerKinds() {}

    public static final ComponentKind<LoadBalancer> LOAD_BALANCER = ComponentKind.of(LoadBalancer.class)
            .stage(Stage.LOAD_BALANCERS)
            .rules((platform, lb, out) -> new LoadBalancerRules(platform, out).check(lb))
            .lowering((context, lb) -> {
                LoadBalancerLowering modern = new LoadBalancerLowering(context, lb);
                Runnable lower = lb.type() == LoadBalancer.Type.CLASSIC
                        ? new ClassicLowering(context, lb)::lower
                        : modern::lower;
                return ComponentLowering.of(modern::securityGroup, lower);
            })
            .build();
}
