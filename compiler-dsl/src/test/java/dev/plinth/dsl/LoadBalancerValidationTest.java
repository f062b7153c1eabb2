package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.dsl.compute.NamedCidr;
import dev.plinth.dsl.loadbalancer.HealthCheck;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.Network;
import dev.plinth.dsl.network.SubnetTier;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancerValidationTest {
    private static final String CERTIFICATE =
            "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

    private final TestPlatform platform = TestPlatform.baseline();

    private void listeners(java.util.function.Function<TestPlatform.Built, List<Listener>> listeners) {
        platform.loadBalancer.set("listeners", (l, built) -> l.addAllListeners(listeners.apply(built)));
    }

    @Test
    void anApplicationLoadBalancerInOneZoneIsReported() {
        platform.network.set("azCount", n -> n.azCount(1));

        assertThat(formats(platform))
                .containsExactly(
                        "[LOAD_BALANCER_TOO_FEW_AZS] prod/web-lb: an application load balancer needs subnets in at least two availability zones; "
                                + "network network has 1; spread the network over two or more zones (azCount 2).");
    }

    @Test
    void aNetworkLoadBalancerInOneZoneIsFine() {
        platform.network.set("azCount", n -> n.azCount(1));
        platform.loadBalancer.set("type", l -> l.type(LoadBalancer.Type.NETWORK));
        listeners(built -> List.of(Listener.tcp(80, built.fleet, 8080)));

        assertThat(codes(platform)).isEmpty();
    }

    @Test
    void anHttpsListenerWithoutCertificateIsReported() {
        listeners(built -> List.of(Listener.builder()
                .port(443)
                .protocol(Listener.Protocol.HTTPS)
                .target(built.fleet)
                .targetPort(8080)
                .build()));

        assertThat(formats(platform))
                .containsExactly(
                        "[LISTENER_NEEDS_CERTIFICATE] prod/web-lb/listener/443: a HTTPS listener needs a certificate; "
                                + "set certificateArn to an ACM certificate's ARN.");
    }

    @Test
    void aCertificateThatIsNotAnArnIsReported() {
        listeners(built -> List.of(Listener.https(443, "my-certificate", built.fleet, 8080)));

        assertThat(codes(platform))
                .containsExactly("LISTENER_NEEDS_CERTIFICATE prod/web-lb/listener/443/certificateArn");
    }

    @Test
    void anHttpsListenerWithAnAcmCertificateCompiles() {
        listeners(
                built -> List.of(Listener.https(443, CERTIFICATE, built.fleet, 8080), Listener.redirectHttpToHttps()));

        assertThat(codes(platform)).isEmpty();
    }

    @Test
    void aTcpListenerOnAnApplicationLoadBalancerIsReported() {
        listeners(built -> List.of(Listener.tcp(80, built.fleet, 8080)));

        assertThat(formats(platform))
                .containsExactly(
                        "[LISTENER_PROTOCOL_MISMATCH] prod/web-lb/listener/80/protocol: an application load balancer does not listen with TCP; "
                                + "use one of [HTTP, HTTPS].");
    }

    @Test
    void anHttpListenerOnANetworkLoadBalancerIsReported() {
        platform.loadBalancer.set("type", l -> l.type(LoadBalancer.Type.NETWORK));

        assertThat(formats(platform))
                .containsExactly(
                        "[LISTENER_PROTOCOL_MISMATCH] prod/web-lb/listener/80/protocol: a network load balancer does not listen with HTTP; "
                                + "use one of [TCP, TLS].");
    }

    @Test
    void aRedirectOnANetworkLoadBalancerIsReported() {
        platform.loadBalancer.set("type", l -> l.type(LoadBalancer.Type.NETWORK));
        listeners(built -> List.of(Listener.builder()
                .port(80)
                .protocol(Listener.Protocol.TCP)
                .redirectToHttps(true)
                .build()));

        assertThat(codes(platform))
                .containsExactly("LISTENER_PROTOCOL_MISMATCH prod/web-lb/listener/80/redirectToHttps");
    }

    @Test
    void twoListenersOnOnePortAreReported() {
        listeners(built -> List.of(Listener.http(80, built.fleet, 8080), Listener.http(80, built.fleet, 8080)));

        assertThat(formats(platform))
                .containsExactly(
                        "[DUPLICATE_LISTENER_PORT] prod/web-lb/listener/80: two listeners use port 80; give each listener its own port.");
    }

    @Test
    void aListenerThatNeitherForwardsNorRedirectsIsReported() {
        listeners(built -> List.of(
                Listener.builder().port(80).protocol(Listener.Protocol.HTTP).build()));

        assertThat(formats(platform))
                .containsExactly(
                        "[LISTENER_WITHOUT_TARGET] prod/web-lb/listener/80: the listener neither forwards to a fleet port nor redirects; "
                                + "give it a target fleet and port (Listener.http(80, fleet, 8080)) or make it redirect.");
    }

    @Test
    void aLoadBalancerWithoutListenersIsReported() {
        platform.loadBalancer.remove("listeners");

        assertThat(codes(platform)).containsExactly("LISTENER_WITHOUT_TARGET prod/web-lb/listeners");
    }

    @Test
    void aTargetPortOtherThanTheArtifactsIsReported() {
        listeners(built -> List.of(Listener.http(80, built.fleet, 9090)));

        assertThat(formats(platform))
                .containsExactly(
                        "[TARGET_PORT_MISMATCH] prod/web-lb/listener/80/targetPort: the listener sends traffic to port 9090 but fleet web's service "
                                + "listens on 8080; use target port 8080.");
    }

    @Test
    void aLoadBalancerInAnotherNetworkThanItsFleetIsReported() {
        platform.loadBalancer.set(
                "network",
                (l, built) -> l.network(Network.builder()
                        .name("edge")
                        .cidr("10.1.0.0/16")
                        .azCount(3)
                        .addTiers(SubnetTier.publicTier("public"), SubnetTier.privateTier("app"))
                        .build()));
        platform.stacks = built -> List.of(
                Stack.of("network", built.network, built.loadBalancer.network()),
                Stack.of("bastion", built.bastion),
                Stack.of("service", built.fleet, built.loadBalancer));

        assertThat(formats(platform))
                .containsExactly(
                        "[NETWORK_MISMATCH] prod/web-lb/listener/80/target: the load balancer is in network edge but fleet web is in network; "
                                + "put both in the same network.");
    }

    @Test
    void anInternetFacingLoadBalancerInAPrivateTierIsReported() {
        platform.loadBalancer.set("tier", l -> l.tier("app"));

        assertThat(codes(platform)).containsExactly("WRONG_TIER_KIND prod/web-lb/tier");
    }

    @Test
    void aHealthCheckIntervalUnderFiveSecondsIsReported() {
        listeners(built -> List.of(Listener.builder()
                .port(80)
                .protocol(Listener.Protocol.HTTP)
                .target(built.fleet)
                .targetPort(8080)
                .healthCheck(
                        HealthCheck.builder().path("/health").intervalSeconds(1).build())
                .build()));

        assertThat(codes(platform))
                .containsExactly("INVALID_HEALTH_CHECK prod/web-lb/listener/80/healthCheck/intervalSeconds");
    }

    @Test
    void aListenerPortOutsideTcpIsReported() {
        listeners(built -> List.of(Listener.http(0, built.fleet, 8080)));

        assertThat(codes(platform)).containsExactly("INVALID_PORT prod/web-lb/listener/0");
    }

    @Test
    void anAllowedRangeThatIsNotACidrIsReported() {
        platform.loadBalancer.set("allowFrom", l -> l.addAllowFrom(NamedCidr.of("partners", "partners.example.com")));

        assertThat(codes(platform)).containsExactly("INVALID_INGRESS prod/web-lb/allowFrom/partners");
    }
}
