package dev.plinth.dsl.compile.cdn;

import dev.plinth.dsl.cdn.Distribution;
import dev.plinth.dsl.compile.ComponentKind;
import dev.plinth.dsl.compile.ComponentLowering;
import dev.plinth.dsl.compile.ComponentLowering.Stage;

/** The CDN kind: CloudFront distributions in front of buckets and load balancers. */
public final class CdnKinds {
    private CdnKinds() {}

    public static final ComponentKind<Distribution> DISTRIBUTION = ComponentKind.of(Distribution.class)
            .stage(Stage.TARGETS)
            .rules((platform, distribution, out) -> new CdnRules(platform, out).check(distribution))
            .lowering((context, distribution) ->
                    ComponentLowering.of(new DistributionLowering(context, distribution)::lower))
            .build();
}
