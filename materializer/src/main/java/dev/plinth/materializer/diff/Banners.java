package dev.plinth.materializer.diff;

import dev.plinth.manifest.Protection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sorts a stack's (or a plan's) changes into the banners a reviewer must not miss, and says which
 * of them an approval policy should count as broadening.
 *
 * <p>Banners come most severe first (the order of {@link Banner.Kind}), only those with entries;
 * entries stack by stack, in each stack by logical id. A removed database is in two banners,
 * DATA_LOSS and DELETION: each says something the other does not.
 */
public final class Banners {
    /** Types whose replacement drops connections through them. */
    public static final Set<String> NETWORK_TYPES = Set.of(
            "AWS::EC2::ClientVpnEndpoint",
            "AWS::EC2::EIP",
            "AWS::EC2::EgressOnlyInternetGateway",
            "AWS::EC2::InternetGateway",
            "AWS::EC2::NatGateway",
            "AWS::EC2::NetworkAcl",
            "AWS::EC2::NetworkInterface",
            "AWS::EC2::Route",
            "AWS::EC2::RouteTable",
            "AWS::EC2::Subnet",
            "AWS::EC2::SubnetRouteTableAssociation",
            "AWS::EC2::TransitGateway",
            "AWS::EC2::TransitGatewayAttachment",
            "AWS::EC2::TransitGatewayRouteTable",
            "AWS::EC2::TransitGatewayVpcAttachment",
            "AWS::EC2::VPC",
            "AWS::EC2::VPCEndpoint",
            "AWS::EC2::VPCGatewayAttachment",
            "AWS::EC2::VPCPeeringConnection",
            "AWS::EC2::VPNConnection",
            "AWS::EC2::VPNGateway",
            "AWS::ElasticLoadBalancing::LoadBalancer",
            "AWS::ElasticLoadBalancingV2::Listener",
            "AWS::ElasticLoadBalancingV2::LoadBalancer",
            "AWS::GlobalAccelerator::Accelerator");

    private static final Comparator<ResourceReview> BY_ID =
            Comparator.comparing(r -> r.change().logicalId());

    private Banners() {}

    /** One stack's banners. */
    public static List<Banner> of(List<ResourceReview> resources) {
        Map<Banner.Kind, List<Banner.Entry>> entries = new EnumMap<>(Banner.Kind.class);
        classify(Optional.empty(), resources, entries);
        return banners(entries);
    }

    /** A plan's banners: stacks in the map's order (give it one: a LinkedHashMap in apply order), entries named with their stack. */
    public static List<Banner> ofPlan(Map<String, List<ResourceReview>> stacks) {
        Map<Banner.Kind, List<Banner.Entry>> entries = new EnumMap<>(Banner.Kind.class);
        stacks.forEach((stack, resources) -> classify(Optional.of(stack), resources, entries));
        return banners(entries);
    }

    /**
     * Why these changes broaden access or lose state, for an approval policy: access that really
     * widens (not any change to an IAM or security-group resource), access that may widen where
     * the old template was not read, and protected or stateful resources replaced or removed.
     * Types {@link AccessDiff} does not read are left to the caller. Empty when none.
     */
    public static List<String> broadeningReasons(List<ResourceReview> resources) {
        List<String> reasons = new ArrayList<>();
        for (ResourceReview review : resources.stream().sorted(BY_ID).toList()) {
            ResourceChange change = review.change();
            String resource = change.logicalId() + " (" + change.resourceType() + ")";
            if (!removed(change)) {
                for (AccessChange.Kind kind : AccessChange.Kind.values()) {
                    List<String> widening = widening(review, kind);
                    if (!widening.isEmpty()) {
                        reasons.add(resource + " widens " + scope(kind) + ": " + String.join("; ", widening));
                    } else if (unread(review, kind)) {
                        reasons.add(resource + " may widen " + scope(kind));
                    }
                }
            }
            if ((change.isProtected() || Protection.STATEFUL_TYPES.contains(change.resourceType()))
                    && change.destroys()) {
                reasons.add(resource + " is " + (change.isProtected() ? "protected" : "stateful") + " and would be "
                        + (removed(change) ? "removed" : "replaced"));
            }
        }
        return reasons;
    }

    private static void classify(
            Optional<String> stack, List<ResourceReview> resources, Map<Banner.Kind, List<Banner.Entry>> out) {
        for (ResourceReview review : resources.stream().sorted(BY_ID).toList()) {
            ResourceChange change = review.change();
            String type = change.resourceType();
            boolean removed = removed(change);
            boolean replaced = change.action().equals("Modify") && change.destroys();
            String effect = removed
                    ? "removed"
                    : change.replacement().filter("True"::equals).isPresent() ? "replaced" : "may be replaced";
            List<String> causes = removed ? List.of() : replacingProperties(review);
            if (Protection.STATEFUL_TYPES.contains(type) && (removed || replaced)) {
                add(out, Banner.Kind.DATA_LOSS, new Banner.Entry(stack, change.logicalId(), type, effect, causes));
            }
            if (NETWORK_TYPES.contains(type) && replaced) {
                add(
                        out,
                        Banner.Kind.NETWORK_REPLACEMENT,
                        new Banner.Entry(stack, change.logicalId(), type, effect, causes));
            }
            if (removed) {
                add(out, Banner.Kind.DELETION, new Banner.Entry(stack, change.logicalId(), type, effect, List.of()));
            }
            if (!removed) {
                access(stack, review, AccessChange.Kind.IAM, Banner.Kind.IAM_WIDENING, out);
                access(stack, review, AccessChange.Kind.INGRESS, Banner.Kind.INGRESS_WIDENING, out);
            }
        }
    }

    private static void access(
            Optional<String> stack,
            ResourceReview review,
            AccessChange.Kind kind,
            Banner.Kind banner,
            Map<Banner.Kind, List<Banner.Entry>> out) {
        List<String> widening = widening(review, kind);
        ResourceChange change = review.change();
        if (!widening.isEmpty()) {
            add(
                    out,
                    banner,
                    new Banner.Entry(
                            stack, change.logicalId(), change.resourceType(), "widens " + scope(kind), widening));
        } else if (unread(review, kind)) {
            add(
                    out,
                    banner,
                    new Banner.Entry(
                            stack,
                            change.logicalId(),
                            change.resourceType(),
                            "may widen " + scope(kind) + " (old template not read)",
                            List.of()));
        }
    }

    /** The top-level properties that replace the resource: from its property changes, else as the change names them. */
    private static List<String> replacingProperties(ResourceReview review) {
        Set<String> properties = review.properties().stream()
                .filter(p -> p.requiresRecreation().replaces())
                .map(PropertyChange::property)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return properties.isEmpty() ? review.change().replacingProperties() : List.copyOf(properties);
    }

    private static List<String> widening(ResourceReview review, AccessChange.Kind kind) {
        return review.access().stream()
                .filter(a -> a.kind() == kind && a.widens())
                .map(AccessChange::description)
                .toList();
    }

    /** A change to a type whose access the engine reads, but whose old template it did not. */
    private static boolean unread(ResourceReview review, AccessChange.Kind kind) {
        String type = review.change().resourceType();
        boolean ofKind = kind == AccessChange.Kind.IAM ? PolicyAccess.analyzes(type) : IngressAccess.analyzes(type);
        return ofKind && !review.accessKnown();
    }

    private static String scope(AccessChange.Kind kind) {
        return kind == AccessChange.Kind.IAM ? "permissions" : "network ingress";
    }

    private static boolean removed(ResourceChange change) {
        return change.action().equals("Remove");
    }

    private static void add(Map<Banner.Kind, List<Banner.Entry>> out, Banner.Kind kind, Banner.Entry entry) {
        out.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
    }

    private static List<Banner> banners(Map<Banner.Kind, List<Banner.Entry>> entries) {
        List<Banner> banners = new ArrayList<>();
        entries.forEach((kind, list) -> banners.add(new Banner(kind, list)));
        return List.copyOf(banners);
    }
}
