package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.monitoring.ErrorRateAlarm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanaryAndAlarmTest {
    private final TestPlatform platform = TestPlatform.baseline();

    private void withCanary(int weight, boolean sameFleet) {
        platform.loadBalancer.set("listeners", (l, built) -> {
            Fleet canary = sameFleet
                    ? built.fleet
                    : Fleet.builder()
                            .name("web-canary")
                            .network(built.fleet.network())
                            .runtime(built.fleet.runtime())
                            .artifact(built.fleet.artifact())
                            .build();
            l.addListener(Listener.builder()
                    .port(80)
                    .protocol(Listener.Protocol.HTTP)
                    .target(built.fleet)
                    .canary(canary)
                    .canaryWeight(weight)
                    .targetPort(8080)
                    .build());
        });
    }

    @Test
    void aCanaryGetsItsShareThroughAWeightedForward() {
        platform.stacks = built -> {
            Listener listener = built.loadBalancer.listeners().get(0);
            return List.of(
                    Stack.of("network", built.network),
                    Stack.of("bastion", built.bastion),
                    Stack.of(
                            "service",
                            built.fleet,
                            listener.canary().orElseThrow(),
                            built.loadBalancer,
                            ErrorRateAlarm.builder()
                                    .name("web-5xx")
                                    .loadBalancer(built.loadBalancer)
                                    .build()));
        };
        withCanary(20, false);

        TemplateAssert service = TemplateAssert.assertThat(
                TestPlatform.stack(platform.compiled(), "service").stack().template());

        service.resource("WebLbListener80")
                .hasProperty(
                        "DefaultActions/0/ForwardConfig/TargetGroups/1",
                        Map.of("TargetGroupArn", Map.of("Ref", "WebLbTargets80Canary"), "Weight", 20));
        service.resource("WebCanaryGroup")
                .hasProperty("TargetGroupARNs", List.of(Map.of("Ref", "WebLbTargets80Canary")));
        service.resource("WebCanaryFromWebLb8080").hasProperty("FromPort", 8080);
        service.resource("Web5xxAlarm")
                .hasProperty("Threshold", 5.0)
                .hasProperty("ComparisonOperator", "GreaterThanThreshold");
        service.hasResource("AWS::SNS::Topic").times(1);
    }

    @Test
    void aCanaryOfTheTargetItselfOrWithAFullWeightIsRefused() {
        withCanary(100, true);

        assertThat(codes(platform))
                .containsExactly(
                        "INVALID_CANARY prod/web-lb/listener/80/canary",
                        "INVALID_CANARY prod/web-lb/listener/80/canaryWeight");
    }

    @Test
    void anAlarmOnANetworkLoadBalancerIsRefused() {
        platform.loadBalancer.set("type", l -> l.type(LoadBalancer.Type.NETWORK));
        platform.loadBalancer.set("listeners", (l, built) -> l.addListener(Listener.tcp(80, built.fleet, 8080)));
        platform.stacks = built -> List.of(
                Stack.of("network", built.network),
                Stack.of("bastion", built.bastion),
                Stack.of(
                        "service",
                        built.fleet,
                        built.loadBalancer,
                        ErrorRateAlarm.builder()
                                .name("web-5xx")
                                .loadBalancer(built.loadBalancer)
                                .datapointsToAlarm(9)
                                .build()));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_ALARM] prod/web-5xx/loadBalancer: load balancer web-lb is not an application load balancer, which the 5xx metrics come from; alarm on an application load balancer.",
                        "[INVALID_ALARM] prod/web-5xx/datapointsToAlarm: 9 breaching data points of 5 evaluated periods can never be reached; choose from 1 to the number of evaluation periods.");
    }

    @Test
    void scalingAFleetOfFixedSizeIsRefused() {
        platform.fleet.set("size", f -> f.minSize(2).maxSize(2));
        platform.fleet.set("scaling", f -> f.addScaling(dev.plinth.dsl.compute.TargetTracking.cpu(50)));

        assertThat(codes(platform)).contains("INVALID_SCALING prod/web/scaling");
    }
}
