package dev.plinth.dsl.compile.cdn;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.cloudfront.CfnDistribution;
import dev.plinth.cfn.cloudfront.CfnOriginAccessControl;
import dev.plinth.cfn.s3.CfnBucket;
import dev.plinth.cfn.s3.CfnBucketPolicy;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.cdn.Distribution;
import dev.plinth.dsl.cdn.PathBehavior;
import dev.plinth.dsl.compile.BucketResources;
import dev.plinth.dsl.compile.Iam;
import dev.plinth.dsl.compile.LoadBalancerResources;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.data.Bucket;
import dev.plinth.dsl.loadbalancer.Listener;
import dev.plinth.dsl.loadbalancer.LoadBalancer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A distribution becomes a CloudFront distribution and, when it serves buckets, an origin access
 * control signing with SigV4 and the policy of each bucket it serves. That policy lives in the
 * distribution's stack, not the bucket's: it names the distribution's ARN, and the distribution
 * names the bucket, so a policy in the bucket's stack would make the two stacks need each other.
 */
final class DistributionLowering {
    static final String CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
    static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    static final String ALL_VIEWER = "216adef6-5c7f-47e4-b989-5492eafa07d3";
    static final String MINIMUM_TLS = "TLSv1.2_2021";
    private static final String[] READ_METHODS = {"GET", "HEAD"};
    private static final String[] ALL_METHODS = {"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"};

    private final LoweringContext context;
    private final Distribution distribution;

    DistributionLowering(LoweringContext context, Distribution distribution) {
        this.context = context;
        this.distribution = distribution;
    }

    void lower() {
        String name = Names.physicalName(context.platform(), distribution);
        List<CfnDistribution.OriginProperty> origins = new ArrayList<>();
        if (!distribution.buckets().isEmpty()) {
            CfnOriginAccessControl control = context.add(
                    distribution,
                    "OriginAccessControl",
                    CfnOriginAccessControl.builder()
                            .originAccessControlConfig(
                                    CfnOriginAccessControl.OriginAccessControlConfigProperty.builder()
                                            .name(name)
                                            .description("Distribution " + distribution.name() + ": reads its buckets")
                                            .originAccessControlOriginType("s3")
                                            .signingBehavior("always")
                                            .signingProtocol("sigv4")
                                            .build())
                            .build());
            for (Bucket bucket : distribution.buckets()) {
                origins.add(CfnDistribution.OriginProperty.builder()
                        .id(originId(bucket))
                        .domainName(s3(bucket).attrRegionalDomainName())
                        .originAccessControlId(control.attrId())
                        .s3OriginConfig(CfnDistribution.S3OriginConfigProperty.builder()
                                .originAccessIdentity("")
                                .build())
                        .build());
            }
        }
        CfnDistribution.DefaultCacheBehaviorProperty.Builder defaultBehavior =
                CfnDistribution.DefaultCacheBehaviorProperty.builder()
                        .targetOriginId(originId(distribution.origin()))
                        .viewerProtocolPolicy("redirect-to-https")
                        .compress(true);
        if (distribution.origin() instanceof LoadBalancer lb) {
            origins.add(0, loadBalancerOrigin(lb));
            defaultBehavior
                    .allowedMethods(ALL_METHODS)
                    .cachedMethods(READ_METHODS)
                    .cachePolicyId(CACHING_DISABLED)
                    .originRequestPolicyId(ALL_VIEWER);
        } else {
            defaultBehavior
                    .allowedMethods(READ_METHODS)
                    .cachedMethods(READ_METHODS)
                    .cachePolicyId(CACHING_OPTIMIZED);
        }
        List<CfnDistribution.CacheBehaviorProperty> behaviors = new ArrayList<>();
        for (PathBehavior behavior : distribution.behaviors()) {
            behaviors.add(CfnDistribution.CacheBehaviorProperty.builder()
                    .pathPattern(behavior.pathPattern())
                    .targetOriginId(originId(behavior.bucket()))
                    .viewerProtocolPolicy("redirect-to-https")
                    .allowedMethods(READ_METHODS)
                    .cachedMethods(READ_METHODS)
                    .cachePolicyId(CACHING_OPTIMIZED)
                    .compress(true)
                    .build());
        }
        CfnDistribution.DistributionConfigProperty.Builder config = CfnDistribution.DistributionConfigProperty.builder()
                .enabled(true)
                .comment("Distribution " + distribution.name() + " of "
                        + context.platform().platform() + " "
                        + context.platform().environment().name())
                .origins(origins)
                .defaultCacheBehavior(defaultBehavior.build())
                .priceClass(distribution.priceClass().awsName())
                .httpVersion("http2and3")
                .ipv6Enabled(true)
                .viewerCertificate(viewerCertificate());
        if (!behaviors.isEmpty()) {
            config.cacheBehaviors(behaviors);
        }
        if (!distribution.aliases().isEmpty()) {
            config.aliases(distribution.aliases().toArray(new String[0]));
        }
        distribution.defaultRootObject().ifPresent(config::defaultRootObject);
        distribution
                .logs()
                .ifPresent(logs -> config.logging(CfnDistribution.LoggingProperty.builder()
                        .bucket(s3(logs).attrDomainName())
                        .prefix(distribution.name() + "/")
                        .includeCookies(false)
                        .build()));
        CfnDistribution built = context.add(
                distribution,
                "Distribution",
                CfnDistribution.builder()
                        .distributionConfig(config.build())
                        .tags(Tag.of("Name", name))
                        .build());
        for (Bucket bucket : distribution.buckets()) {
            bucketPolicy(bucket, built);
        }
    }

    private CfnDistribution.OriginProperty loadBalancerOrigin(LoadBalancer lb) {
        Resource resource = context.published(lb, LoadBalancerResources.class).balancer();
        CfnDistribution.CustomOriginConfigProperty.Builder custom = CfnDistribution.CustomOriginConfigProperty.builder()
                .originProtocolPolicy(distribution.originOverHttps() ? "https-only" : "http-only")
                .originSSLProtocols("TLSv1.2");
        distribution.httpsListener().ifPresent(l -> custom.httpsPort(l.port()));
        lb.listeners().stream()
                .filter(l -> l.protocol() == Listener.Protocol.HTTP)
                .findFirst()
                .ifPresent(l -> custom.httpPort(l.port()));
        return CfnDistribution.OriginProperty.builder()
                .id(originId(lb))
                .domainName(resource.getAtt("DNSName"))
                .customOriginConfig(custom.build())
                .build();
    }

    private CfnDistribution.ViewerCertificateProperty viewerCertificate() {
        if (distribution.certificateArn().isPresent()) {
            return CfnDistribution.ViewerCertificateProperty.builder()
                    .acmCertificateArn(distribution.certificateArn().get())
                    .sslSupportMethod("sni-only")
                    .minimumProtocolVersion(MINIMUM_TLS)
                    .build();
        }
        return CfnDistribution.ViewerCertificateProperty.builder()
                .cloudFrontDefaultCertificate(true)
                .build();
    }

    /** The bucket's own statements, and CloudFront reading its objects on behalf of this distribution only. */
    private void bucketPolicy(Bucket bucket, CfnDistribution built) {
        BucketResources resources = context.published(bucket, BucketResources.class);
        CfnBucket s3 = resources.bucket();
        List<Map<String, Object>> statements = new ArrayList<>(resources.policyStatements());
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("Sid", "AllowCloudFrontRead");
        read.put("Effect", "Allow");
        read.put("Principal", Map.of("Service", "cloudfront.amazonaws.com"));
        read.put("Action", "s3:GetObject");
        read.put("Resource", Fn.sub("${Arn}/*", Map.of("Arn", s3.attrArn())));
        read.put(
                "Condition",
                Map.of(
                        "StringEquals",
                        Map.of(
                                "AWS:SourceArn",
                                Fn.sub(
                                        "arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}",
                                        Map.of("Distribution", built.ref())))));
        statements.add(read);
        context.add(
                distribution,
                Names.pascal(bucket.name()) + "BucketPolicy",
                CfnBucketPolicy.builder()
                        .bucket(s3.ref())
                        .policyDocument(Iam.document(statements))
                        .build());
    }

    private CfnBucket s3(Bucket bucket) {
        return context.published(bucket, BucketResources.class).bucket();
    }

    private static String originId(Component origin) {
        return origin.kind() + "-" + origin.name();
    }
}
