package dev.plinth.dsl;

import dev.plinth.dsl.cdn.Distribution;
import dev.plinth.dsl.data.Bucket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The baseline {@link TestPlatform} with managed services: an assets bucket (stack {@code data})
 * and a distribution {@code cdn} in front of the load balancer that serves {@code /assets/*}
 * from the bucket (stack {@code edge}).
 */
final class ManagedPlatform {
  final TestPlatform platform = TestPlatform.baseline();

  Bucket builtAssets;
  boolean placeAssets = true;

  final Recipe<Bucket.Builder> assets = new Recipe<Bucket.Builder>()
      .set("name", b -> b.name("assets"));

  final Recipe<Distribution.Builder> distribution = new Recipe<Distribution.Builder>()
      .set("name", d -> d.name("cdn"))
      .set("origin", (d, built) -> d.origin(built.loadBalancer))
      .set("assets", d -> d.behavior("/assets/*", builtAssets));

  /** Components a test adds to the data stack. */
  final List<Function<TestPlatform.Built, Component>> extra = new ArrayList<>();

  ManagedPlatform() {
    platform.stacks = built -> {
      builtAssets = assets.applyTo(Bucket.builder(), built).build();
      Distribution cdn = distribution.applyTo(Distribution.builder(), built).build();
      List<Component> data = new ArrayList<>();
      if (placeAssets) {
        data.add(builtAssets);
      }
      extra.forEach(f -> data.add(f.apply(built)));
      List<Stack> stacks = new ArrayList<>(List.of(
          Stack.of("network", built.network),
          Stack.of("bastion", built.bastion),
          Stack.of("service", built.fleet, built.loadBalancer)));
      if (!data.isEmpty()) {
        stacks.add(Stack.builder().name("data").addAllComponents(data).build());
      }
      stacks.add(Stack.of("edge", cdn));
      return stacks;
    };
  }
}
