package dev.plinth.dsl.compile.cdn;

import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.DslPath;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.cdn.CdnCode;
import dev.plinth.dsl.cdn.Distribution;
import dev.plinth.dsl.cdn.PathBehavior;
import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.SharedRules;
import dev.plinth.dsl.data.Bucket;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of a CloudFront distribution: its origins, path patterns, aliases and certificate. */
final class CdnRules {
    static final String CERTIFICATE_REGION = "us-east-1";
    private static final Pattern CERTIFICATE =
            Pattern.compile("arn:aws[a-z-]*:acm:([a-z0-9-]+):[0-9]{12}:certificate/[0-9a-f-]+");
    private static final Pattern ALIAS =
            Pattern.compile("(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern PATH_PATTERN = Pattern.compile("/?[A-Za-z0-9_\\-.*$/~\"'@:+&?]+");

    private final ResolvedPlatform platform;
    private final Diagnostics out;

    CdnRules(ResolvedPlatform platform, Diagnostics out) {
        this.platform = platform;
        this.out = out;
    }

    void check(Distribution distribution) {
        DslPath path = platform.path(distribution);
        origin(distribution, path);
        Set<String> patterns = new HashSet<>();
        for (PathBehavior behavior : distribution.behaviors()) {
            String pattern = behavior.pathPattern();
            DslPath at = path.child("behavior").child(pattern);
            if (!PATH_PATTERN.matcher(pattern).matches() || pattern.equals("*") || pattern.equals("/*")) {
                out.report(
                        CdnCode.INVALID_PATH_PATTERN,
                        at,
                        "'" + pattern + "' is not a path pattern of a cache behaviour",
                        "use a pattern such as /assets/*; the default behaviour already serves every other path");
            } else if (!patterns.add(pattern)) {
                out.report(
                        CdnCode.INVALID_PATH_PATTERN,
                        at,
                        "two behaviours have the path pattern '" + pattern + "'",
                        "give each behaviour its own pattern");
            }
            SharedRules.placed(platform, distribution, behavior.bucket(), out);
        }
        for (Bucket bucket : distribution.buckets()) {
            for (Distribution other : platform.components(Distribution.class)) {
                if (other != distribution && other.buckets().contains(bucket)) {
                    out.report(
                            CdnCode.BUCKET_BEHIND_TWO_DISTRIBUTIONS,
                            path,
                            "bucket " + bucket.name() + " is behind distribution " + other.name()
                                    + " too; its policy can let one distribution in",
                            "serve the bucket from one distribution");
                }
            }
        }
        certificate(distribution, path);
        distribution.logs().ifPresent(logs -> SharedRules.placed(platform, distribution, logs, out));
        distribution
                .defaultRootObject()
                .filter(o -> o.isEmpty() || o.startsWith("/"))
                .ifPresent(o -> out.report(
                        CdnCode.INVALID_DEFAULT_ROOT_OBJECT,
                        path.child("defaultRootObject"),
                        "'" + o + "' is not an object name",
                        "name the object without a leading slash, such as index.html"));
    }

    private void origin(Distribution distribution, DslPath path) {
        Component origin = distribution.origin();
        if (!(origin instanceof LoadBalancer) && !(origin instanceof Bucket)) {
            out.report(
                    CdnCode.INVALID_ORIGIN,
                    path.child("origin"),
                    "a " + origin.kind() + " cannot be the origin of a distribution",
                    "put the distribution in front of a load balancer or a bucket");
            return;
        }
        if (!SharedRules.placed(platform, distribution, origin, out) || !(origin instanceof LoadBalancer lb)) {
            return;
        }
        if (!lb.internetFacing()) {
            out.report(
                    CdnCode.ORIGIN_NOT_INTERNET_FACING,
                    path.child("origin"),
                    "load balancer " + lb.name() + " is internal; CloudFront reaches custom origins over the internet",
                    "make the load balancer internet-facing");
        } else if (!distribution.originOverHttps()) {
            out.report(
                    CdnCode.ORIGIN_OVER_HTTP,
                    path.child("origin"),
                    "load balancer " + lb.name() + " has no HTTPS listener, so CloudFront reaches it over plain HTTP",
                    "add an HTTPS listener to the load balancer");
        }
    }

    private void certificate(Distribution distribution, DslPath path) {
        if (!distribution.aliases().isEmpty() && distribution.certificateArn().isEmpty()) {
            out.report(
                    CdnCode.ALIASES_WITHOUT_CERTIFICATE,
                    path.child("aliases"),
                    "CloudFront serves aliases only with a certificate that covers them",
                    "give an ACM certificate from " + CERTIFICATE_REGION + " for "
                            + String.join(", ", distribution.aliases()));
        }
        for (String alias : distribution.aliases()) {
            if (!ALIAS.matcher(alias).matches()) {
                out.report(
                        CdnCode.INVALID_ALIAS,
                        path.child("aliases").child(alias),
                        "'" + alias + "' is not a domain name",
                        "use a lower-case domain name such as www.example.com");
            }
        }
        distribution.certificateArn().ifPresent(arn -> {
            Matcher matcher = CERTIFICATE.matcher(arn);
            if (!matcher.matches()) {
                out.report(
                        CdnCode.INVALID_CERTIFICATE,
                        path.child("certificateArn"),
                        "'" + arn + "' is not an ACM certificate ARN",
                        "give arn:aws:acm:" + CERTIFICATE_REGION + ":ACCOUNT:certificate/ID");
            } else if (!matcher.group(1).equals(CERTIFICATE_REGION)) {
                out.report(
                        CdnCode.CERTIFICATE_NOT_IN_US_EAST_1,
                        path.child("certificateArn"),
                        "the certificate is in " + matcher.group(1) + "; CloudFront uses certificates from "
                                + CERTIFICATE_REGION + " only",
                        "request or import the certificate in " + CERTIFICATE_REGION);
            }
            if (distribution.aliases().isEmpty()) {
                out.report(
                        CdnCode.CERTIFICATE_WITHOUT_ALIASES,
                        path.child("certificateArn"),
                        "the certificate serves no alias",
                        "add the domain names it covers as aliases, or remove the certificate");
            }
        });
    }
}
