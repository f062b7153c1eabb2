package dev.plinth.dsl.compile.dns;

import dev.plinth.dsl.compile.ComponentKind;
import dev.plinth.dsl.compile.ComponentLowering;
import dev.plinth.dsl.compile.ComponentLowering.Stage;
import dev.plinth.dsl.dns.DnsZone;

/** The DNS kind: Route 53 zones and their records. */
public final class DnsKinds {
    private DnsKinds() {}

    public static final ComponentKind<DnsZone> DNS_ZONE = ComponentKind.of(DnsZone.class)
            .stage(Stage.TARGETS)
            .rules((platform, zone, out) -> new DnsRules(platform, out).check(zone))
            .lowering((context, zone) -> ComponentLowering.of(new DnsLowering(context, zone)::lower))
            .build();
}
