package dev.plinth.dsl;

import dev.plinth.dsl.cdn.Distribution;
import dev.plinth.dsl.data.Bucket;
import dev.plinth.dsl.data.Kafka;
import dev.plinth.dsl.data.Search;
import dev.plinth.dsl.loadbalancer.HealthCheck;
import dev.plinth.dsl.loadbalancer.Listener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The baseline {@link TestPlatform} with managed services: an assets bucket, a Kafka cluster
 * {@code events} and a search domain {@code catalog} that the fleet may reach (stack {@code data}),
 * and a distribution {@code cdn} in front of the load balancer that serves {@code /assets/*}
 * from the bucket (stack {@code edge}). The load balancer listens on HTTPS (443) and redirects
 * HTTP to it.
 */
final class ManagedPlatform {
    static final String CERTIFICATE =
            "arn:aws:acm:us-east-1:123456789012:certificate/0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6";
    static final String REGIONAL_CERTIFICATE = CERTIFICATE.replace("us-east-1", "eu-west-1");

    final TestPlatform platform = TestPlatform.baseline();

    Bucket builtAssets;
    boolean placeAssets = true;

    final Recipe<Bucket.Builder> assets = new Recipe<Bucket.Builder>().set("name", b -> b.name("assets"));

    final Recipe<Distribution.Builder> distribution = new Recipe<Distribution.Builder>()
            .set("name", d -> d.name("cdn"))
            .set("origin", (d, built) -> d.origin(built.loadBalancer))
            .set("assets", d -> d.behavior("/assets/*", builtAssets));

    final Recipe<Kafka.Builder> kafka = new Recipe<Kafka.Builder>()
            .set("name", k -> k.name("events"))
            .set("network", (k, built) -> k.network(built.network))
            .set("brokerType", k -> k.brokerType("kafka.m7g.large"))
            .set("brokers", k -> k.brokers(3))
            .set("allowFrom", (k, built) -> k.allowFrom(built.fleet));

    final Recipe<Search.Builder> search = new Recipe<Search.Builder>()
            .set("name", s -> s.name("catalog"))
            .set("network", (s, built) -> s.network(built.network))
            .set("nodeType", s -> s.nodeType("r7g.large.search"))
            .set("nodes", s -> s.nodes(3))
            .set("masters", s -> s.dedicatedMasters(3).masterType("m7g.large.search"))
            .set("allowFrom", (s, built) -> s.allowFrom(built.fleet));

    /** Components a test adds to the data stack. */
    final List<Function<TestPlatform.Built, Component>> extra = new ArrayList<>();

    ManagedPlatform() {
        platform.loadBalancer.set(
                "listeners",
                (l, built) -> l.addListener(Listener.redirectHttpToHttps())
                        .addListener(Listener.builder()
                                .port(443)
                                .protocol(Listener.Protocol.HTTPS)
                                .certificateArn(REGIONAL_CERTIFICATE)
                                .target(built.fleet)
                                .targetPort(8080)
                                .healthCheck(HealthCheck.path("/health"))
                                .build()));
        platform.stacks = built -> {
            builtAssets = assets.applyTo(Bucket.builder(), built).build();
            Distribution cdn =
                    distribution.applyTo(Distribution.builder(), built).build();
            List<Component> data = new ArrayList<>();
            if (placeAssets) {
                data.add(builtAssets);
            }
            data.add(kafka.applyTo(Kafka.builder(), built).build());
            data.add(search.applyTo(Search.builder(), built).build());
            extra.forEach(f -> data.add(f.apply(built)));
            List<Stack> stacks = new ArrayList<>(List.of(
                    Stack.of("network", built.network),
                    Stack.of("bastion", built.bastion),
                    Stack.of("service", built.fleet, built.loadBalancer)));
            stacks.add(Stack.builder().name("data").addAllComponents(data).build());
            stacks.add(Stack.of("edge", cdn));
            return stacks;
        };
    }
}
