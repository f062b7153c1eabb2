package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.PlatformCompiler;
import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.loadbalancer.HealthCheck;
import dev.plinth.dsl.loadbalancer.Listener;
import org.junit.jupiter.api.Test;

/** CloudFront distributions: their diagnostics, and the secure defaults of the compiled templates. */
class DistributionTest {
    private static final String CERTIFICATE = ManagedPlatform.CERTIFICATE;

    private final ManagedPlatform managed = new ManagedPlatform();
    private final TestPlatform platform = managed.platform;

    private JsonNode resources(CompiledPlatform compiled, String stack) {
        return TemplateAssert.assertThat(
                        TestPlatform.stack(compiled, stack).stack().template())
                .json()
                .path("Resources");
    }

    private void httpOnly() {
        platform.loadBalancer.set(
                "listeners",
                (l, built) -> l.addListener(Listener.builder()
                        .port(80)
                        .protocol(Listener.Protocol.HTTP)
                        .target(built.fleet)
                        .targetPort(8080)
                        .healthCheck(HealthCheck.path("/health"))
                        .build()));
    }

    @Test
    void aDistributionInFrontOfAnHttpsLoadBalancerIsValid() {

        assertThat(codes(platform)).isEmpty();
    }

    @Test
    void anHttpOnlyOriginCompilesWithACodedWarning() {
        httpOnly();
        PlatformCompiler.Result result = platform.compile();

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[ORIGIN_OVER_HTTP] prod/cdn/origin: load balancer "
                                + "web-lb has no HTTPS listener, so CloudFront reaches it over plain HTTP; add an HTTPS listener to the load balancer.");
        JsonNode origin = resources(result.platform().orElseThrow(), "edge")
                .path("CdnDistribution")
                .path("Properties")
                .path("DistributionConfig")
                .path("Origins")
                .get(0)
                .path("CustomOriginConfig");
        assertThat(origin.path("OriginProtocolPolicy").asText()).isEqualTo("http-only");
        assertThat(origin.path("HTTPPort").asInt()).isEqualTo(80);
    }

    @Test
    void aCertificateOutsideUsEast1IsRefused() {
        managed.distribution.set(
                "aliases",
                d -> d.alias("www.example.com").certificateArn(CERTIFICATE.replace("us-east-1", "eu-west-1")));

        assertThat(formats(platform))
                .containsExactly(
                        "[CERTIFICATE_NOT_IN_US_EAST_1] prod/cdn/certificateArn: the certificate is in eu-west-1; "
                                + "CloudFront uses certificates from us-east-1 only; request or import the certificate in us-east-1.");
    }

    @Test
    void aliasesWithoutACertificateAreRefused() {
        managed.distribution.set("aliases", d -> d.alias("www.example.com", "Not A Domain"));

        assertThat(codes(platform))
                .containsExactly(
                        "ALIASES_WITHOUT_CERTIFICATE prod/cdn/aliases", "INVALID_ALIAS prod/cdn/aliases/Not A Domain");
    }

    @Test
    void aBucketInNoStackIsRefused() {
        managed.placeAssets = false;

        assertThat(formats(platform))
                .containsExactly("[COMPONENT_NOT_IN_STACK] prod/cdn: uses the bucket 'assets', which is in no stack; "
                        + "add the bucket to one of the platform's stacks.");
    }

    @Test
    void anInternalLoadBalancerCannotBeAnOrigin() {
        platform.loadBalancer.set("internal", l -> l.internetFacing(false).tier("app"));

        assertThat(codes(platform)).containsExactly("ORIGIN_NOT_INTERNET_FACING prod/cdn/origin");
    }

    @Test
    void aCatchAllPathPatternAndADefaultRootObjectWithASlashAreRefused() {
        managed.distribution.set(
                "more", d -> d.behavior("/*", managed.builtAssets).defaultRootObject("/index.html"));

        assertThat(codes(platform))
                .containsExactly(
                        "INVALID_PATH_PATTERN prod/cdn/behavior//*",
                        "INVALID_DEFAULT_ROOT_OBJECT prod/cdn/defaultRootObject");
    }

    @Test
    void aBucketBehindTwoDistributionsIsRefused() {
        managed.extra.add(built -> dev.plinth.dsl.cdn.Distribution.builder()
                .name("cdn-two")
                .origin(managed.builtAssets)
                .build());

        assertThat(codes(platform))
                .containsExactly(
                        "BUCKET_BEHIND_TWO_DISTRIBUTIONS prod/cdn-two", "BUCKET_BEHIND_TWO_DISTRIBUTIONS prod/cdn");
    }

    @Test
    void viewersAreRedirectedToHttpsWithTls12AndTheCertificateBySni() {
        managed.distribution.set("aliases", d -> d.alias("www.example.com").certificateArn(CERTIFICATE));
        JsonNode config = resources(platform.compiled(), "edge")
                .path("CdnDistribution")
                .path("Properties")
                .path("DistributionConfig");

        assertThat(config.path("DefaultCacheBehavior")
                        .path("ViewerProtocolPolicy")
                        .asText())
                .isEqualTo("redirect-to-https");
        assertThat(config.path("CacheBehaviors")
                        .get(0)
                        .path("ViewerProtocolPolicy")
                        .asText())
                .isEqualTo("redirect-to-https");
        assertThat(config.path("ViewerCertificate")
                        .path("MinimumProtocolVersion")
                        .asText())
                .isEqualTo("TLSv1.2_2021");
        assertThat(config.path("ViewerCertificate").path("SslSupportMethod").asText())
                .isEqualTo("sni-only");
        assertThat(config.path("ViewerCertificate").path("AcmCertificateArn").asText())
                .isEqualTo(CERTIFICATE);
        assertThat(config.path("Aliases").get(0).asText()).isEqualTo("www.example.com");
        assertThat(config.path("Origins")
                        .get(0)
                        .path("CustomOriginConfig")
                        .path("OriginProtocolPolicy")
                        .asText())
                .isEqualTo("https-only");
        assertThat(config.path("DefaultCacheBehavior").path("CachePolicyId").asText())
                .isEqualTo("4135ea2d-6df8-44a3-9df3-4b5a84be39ad");
        assertThat(config.path("DefaultCacheBehavior")
                        .path("OriginRequestPolicyId")
                        .asText())
                .isEqualTo("216adef6-5c7f-47e4-b989-5492eafa07d3");
        assertThat(config.path("HttpVersion").asText()).isEqualTo("http2and3");
        assertThat(config.path("IPV6Enabled").asBoolean()).isTrue();
        assertThat(config.path("PriceClass").asText()).isEqualTo("PriceClass_100");
    }

    @Test
    void withoutAliasesTheDefaultCertificateServes() {
        JsonNode config = resources(platform.compiled(), "edge")
                .path("CdnDistribution")
                .path("Properties")
                .path("DistributionConfig");

        assertThat(config.path("ViewerCertificate")
                        .path("CloudFrontDefaultCertificate")
                        .asBoolean())
                .isTrue();
        assertThat(config.has("Aliases")).isFalse();
        assertThat(config.path("Origins")
                        .get(0)
                        .path("CustomOriginConfig")
                        .path("HTTPSPort")
                        .asInt())
                .isEqualTo(443);
    }

    @Test
    void bucketOriginsReadThroughAnOriginAccessControlAndTheBucketStaysPrivate() {
        CompiledPlatform compiled = platform.compiled();
        JsonNode edge = resources(compiled, "edge");
        JsonNode control =
                edge.path("CdnOriginAccessControl").path("Properties").path("OriginAccessControlConfig");
        assertThat(control.path("SigningProtocol").asText()).isEqualTo("sigv4");
        assertThat(control.path("SigningBehavior").asText()).isEqualTo("always");
        assertThat(control.path("OriginAccessControlOriginType").asText()).isEqualTo("s3");

        JsonNode origin = edge.path("CdnDistribution")
                .path("Properties")
                .path("DistributionConfig")
                .path("Origins")
                .get(1);
        assertThat(origin.path("OriginAccessControlId").toString()).contains("CdnOriginAccessControl");
        assertThat(origin.path("S3OriginConfig").path("OriginAccessIdentity").asText())
                .isEmpty();
        JsonNode behavior = edge.path("CdnDistribution")
                .path("Properties")
                .path("DistributionConfig")
                .path("CacheBehaviors")
                .get(0);
        assertThat(behavior.path("PathPattern").asText()).isEqualTo("/assets/*");
        assertThat(behavior.path("CachePolicyId").asText()).isEqualTo("658327ea-f89d-4fab-a63d-7e88639e58f6");

        JsonNode statements = edge.path("CdnAssetsBucketPolicy")
                .path("Properties")
                .path("PolicyDocument")
                .path("Statement");
        assertThat(statements.get(0).path("Sid").asText()).isEqualTo("DenyInsecureTransport");
        JsonNode read = statements.get(1);
        assertThat(read.path("Principal").path("Service").asText()).isEqualTo("cloudfront.amazonaws.com");
        assertThat(read.path("Action").asText()).isEqualTo("s3:GetObject");
        assertThat(read.path("Condition")
                        .path("StringEquals")
                        .path("AWS:SourceArn")
                        .toString())
                .contains("distribution/${Distribution}", "CdnDistribution");

        JsonNode data = resources(compiled, "data");
        assertThat(data.has("AssetsPolicy")).as("the bucket's own policy").isFalse();
        JsonNode block = data.path("AssetsBucket").path("Properties").path("PublicAccessBlockConfiguration");
        assertThat(block.path("BlockPublicPolicy").asBoolean()).isTrue();
        assertThat(block.path("RestrictPublicBuckets").asBoolean()).isTrue();
        assertThat(block.path("BlockPublicAcls").asBoolean()).isTrue();
    }
}
