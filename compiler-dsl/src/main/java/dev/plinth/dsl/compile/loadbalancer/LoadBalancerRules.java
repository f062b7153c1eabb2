package dev.plinth.dsl.compile.loadbalancer;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.compute.NamedCidr;
import dev.plinth.dsl.compute.Target;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import dev.plinth.dsl.network.SubnetTier;
import inet.ipaddr.IPAddressString;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of a load balancer: zones, listeners, protocols, certificates and targets. */
final class LoadBalancerRules {
    private static final Pattern CERTIFICATE =
            Pattern.compile("arn:aws[a-z-]*:(acm|iam):[a-z0-9-]*:[0-9]{12}:(certificate|server-certificate)/.+");

    private final ResolvedPlatform platform;
    private final Diagnostics out;

    LoadBalancerRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(LoadBalancer lb) {
        DslPath path = platform.path(lb);
        if (SharedRules.placed(platform, lb, lb.network(), out)) {
            SubnetTier.Kind kind = lb.internetFacing() ? SubnetTier.Kind.PUBLIC : SubnetTier.Kind.PRIVATE;
            SharedRules.tier(lb.network(), lb.tier(), kind, path, "load balancer", out)
                    .ifPresent(tier -> {
                        if (lb.internetFacing() && tier.kind() != SubnetTier.Kind.PUBLIC) {
                            out.report(
                                    DslCode.WRONG_TIER_KIND,
                                    path.child("tier"),
                                    "an internet-facing load balancer needs a public tier, not " + tier.name(),
                                    "use a public tier, or make the load balancer internal");
                        }
                    });
            int zones = platform.zones(lb.network()).size();
            if (lb.type() == LoadBalancer.Type.APPLICATION && zones < 2) {
                out.report(
                        DslCode.LOAD_BALANCER_TOO_FEW_AZS,
                        path,
                        "an application load balancer needs subnets in at least two availability zones; network "
                                + lb.network().name() + " has " + zones,
                        "spread the network over two or more zones (azCount 2)");
            }
        }
        if (lb.listeners().isEmpty()) {
            out.report(
                    DslCode.LISTENER_WITHOUT_TARGET,
                    path.child("listeners"),
                    "the load balancer has no listeners",
                    "add a listener");
        }
        Set<Integer> ports = new HashSet<>();
        for (Listener listener : lb.listeners()) {
            listener(lb, listener, path.child("listener").child(listener.port()), ports);
        }
        for (NamedCidr source : lb.allowFrom()) {
            if (!new IPAddressString(source.cidr()).isValid() || !source.cidr().contains("/")) {
                out.report(
                        DslCode.INVALID_INGRESS,
                        path.child("allowFrom").child(source.name()),
                        "'" + source.cidr() + "' is not a CIDR range",
                        "give a range such as 203.0.113.0/24");
            }
        }
    }

    private void listener(LoadBalancer lb, Listener listener, DslPath path, Set<Integer> ports) {
        SharedRules.port(listener.port(), path, out);
        if (!ports.add(listener.port())) {
            out.report(
                    DslCode.DUPLICATE_LISTENER_PORT,
                    path,
                    "two listeners use port " + listener.port(),
                    "give each listener its own port");
        }
        Set<Listener.Protocol> allowed = lb.type() == LoadBalancer.Type.APPLICATION
                ? EnumSet.of(Listener.Protocol.HTTP, Listener.Protocol.HTTPS)
                : lb.type() == LoadBalancer.Type.NETWORK
                        ? EnumSet.of(Listener.Protocol.TCP, Listener.Protocol.TLS)
                        : EnumSet.allOf(Listener.Protocol.class);
        if (!allowed.contains(listener.protocol())) {
            out.report(
                    DslCode.LISTENER_PROTOCOL_MISMATCH,
                    path.child("protocol"),
                    (lb.type() == LoadBalancer.Type.APPLICATION ? "an " : "a ")
                            + lb.type().name().toLowerCase(Locale.ROOT) + " load balancer does not listen with "
                            + listener.protocol(),
                    "use one of " + allowed);
        }
        boolean secure = listener.protocol() == Listener.Protocol.HTTPS || listener.protocol() == Listener.Protocol.TLS;
        if (secure && listener.certificateArn().isEmpty()) {
            out.report(
                    DslCode.LISTENER_NEEDS_CERTIFICATE,
                    path,
                    "a " + listener.protocol() + " listener needs a certificate",
                    "set certificateArn to an ACM certificate's ARN");
        }
        listener.certificateArn()
                .filter(c -> !CERTIFICATE.matcher(c).matches())
                .ifPresent(c -> out.report(
                        DslCode.LISTENER_NEEDS_CERTIFICATE,
                        path.child("certificateArn"),
                        "'" + c + "' is not a certificate ARN",
                        "give an ACM certificate ARN (arn:aws:acm:REGION:ACCOUNT:certificate/ID)"));
        if (listener.redirectToHttps()) {
            if (lb.type() != LoadBalancer.Type.APPLICATION || listener.protocol() != Listener.Protocol.HTTP) {
                out.report(
                        DslCode.LISTENER_PROTOCOL_MISMATCH,
                        path.child("redirectToHttps"),
                        "only an application load balancer's HTTP listener can redirect to HTTPS",
                        "remove the redirect");
            }
            return;
        }
        if (listener.target().isEmpty() || listener.targetPort().isEmpty()) {
            out.report(
                    DslCode.LISTENER_WITHOUT_TARGET,
                    path,
                    "the listener neither forwards to a fleet port nor redirects",
                    "give it a target fleet and port (Listener.http(80, fleet, 8080)) or make it redirect");
            return;
        }
        Target target = listener.target().get();
        int port = listener.targetPort().get();
        SharedRules.port(port, path.child("targetPort"), out);
        SharedRules.placed(platform, lb, target, out);
        if (target.network() != lb.network()) {
            out.report(
                    DslCode.NETWORK_MISMATCH,
                    path.child("target"),
                    "the load balancer is in network " + lb.network().name() + " but " + target.kind() + " "
                            + target.name() + " is in " + target.network().name(),
                    "put both in the same network");
        }
        target.servicePort()
                .filter(p -> p != port)
                .ifPresent(p -> out.report(
                        DslCode.TARGET_PORT_MISMATCH,
                        path.child("targetPort"),
                        "the listener sends traffic to port " + port + " but " + target.kind() + " " + target.name()
                                + "'s service listens on " + p,
                        "use target port " + p));
        listener.canary().ifPresent(canary -> {
            if (lb.type() != LoadBalancer.Type.APPLICATION) {
                out.report(
                        DslCode.INVALID_CANARY,
                        path.child("canary"),
                        "only an application load balancer splits traffic to a canary by weight",
                        "use an application load balancer, or remove the canary");
            }
            if (canary == target) {
                out.report(
                        DslCode.INVALID_CANARY,
                        path.child("canary"),
                        "the canary is the listener's own target",
                        "give the canary its own fleet");
            }
            if (listener.canaryWeight() < 1 || listener.canaryWeight() > 99) {
                out.report(
                        DslCode.INVALID_CANARY,
                        path.child("canaryWeight"),
                        "a canary weight of " + listener.canaryWeight() + " % leaves one group without traffic",
                        "choose a weight from 1 to 99");
            }
            if (canary.network() != lb.network()) {
                out.report(
                        DslCode.NETWORK_MISMATCH,
                        path.child("canary"),
                        "the canary " + canary.name() + " is in another network than the load balancer",
                        "put both in the same network");
            }
            canary.servicePort()
                    .filter(p -> p != port)
                    .ifPresent(p -> out.report(
                            DslCode.TARGET_PORT_MISMATCH,
                            path.child("canary"),
                            "the listener sends traffic to port " + port + " but canary " + canary.name()
                                    + " listens on " + p,
                            "use target port " + p));
            SharedRules.placed(platform, lb, canary, out);
        });
        if (!listener.healthCheck().path().startsWith("/")) {
            out.report(
                    DslCode.INVALID_HEALTH_CHECK,
                    path.child("healthCheck", "path"),
                    "'" + listener.healthCheck().path() + "' is not an absolute path",
                    "start the path with /");
        }
        if (listener.healthCheck().intervalSeconds() < 5
                || listener.healthCheck().intervalSeconds() > 300) {
            out.report(
                    DslCode.INVALID_HEALTH_CHECK,
                    path.child("healthCheck", "intervalSeconds"),
                    listener.healthCheck().intervalSeconds()
                            + " s is outside the 5 to 300 s a health check interval may be",
                    "choose an interval in that range");
        }
    }
}
