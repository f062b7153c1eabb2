package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.dsl.compute.Ingress;
import dev.plinth.dsl.compute.LifecycleHook;
import dev.plinth.dsl.compute.MachineImage;
import dev.plinth.dsl.compute.Runtime;
import dev.plinth.dsl.compute.TargetTracking;
import dev.plinth.dsl.network.NatStrategy;
import dev.plinth.dsl.network.SubnetTier;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FleetValidationTest {
    private final TestPlatform platform = TestPlatform.baseline();

    @Test
    void aPrivateFleetWithoutNatOrS3EndpointCanNeitherBootNorFetchItsArtifact() {
        platform.network.set("nat", n -> n.nat(NatStrategy.none())).set("s3Endpoint", n -> n.s3Endpoint(false));

        assertThat(formats(platform))
                .containsExactly(
                        "[FLEET_WITHOUT_EGRESS] prod/web/tier: tier app has no route out of the VPC, but instances signal CloudFormation "
                                + "and ship logs to CloudWatch at boot; run the fleet in a private tier of a network with NAT.",
                        "[ARTIFACT_UNREACHABLE] prod/web/artifact: instances in tier app can reach neither the internet nor an S3 endpoint "
                                + "to fetch s3://shop-artifacts-prod/releases/web/1.0.0/web-1.0.0.tar.gz; add NAT to the network, "
                                + "or keep its S3 gateway endpoint (s3Endpoint true).");
    }

    @Test
    void aPrivateFleetWithoutNatStillLacksEgressWhenTheS3EndpointServesItsArtifact() {
        platform.network.set("nat", n -> n.nat(NatStrategy.none()));

        assertThat(codes(platform)).containsExactly("FLEET_WITHOUT_EGRESS prod/web/tier");
    }

    @Test
    void aFleetInAnIsolatedTierHasNoEgress() {
        platform.network.set(
                "tiers",
                n -> n.addTiers(
                        SubnetTier.publicTier("public"),
                        SubnetTier.privateTier("app"),
                        SubnetTier.isolatedTier("data")));
        platform.fleet.set("tier", f -> f.tier("data"));

        assertThat(codes(platform)).containsExactly("FLEET_WITHOUT_EGRESS prod/web/tier");
    }

    @Test
    void aFleetInAPublicTierHasNoEgressSinceItsInstancesGetNoPublicAddress() {
        platform.fleet.set("tier", f -> f.tier("public"));

        assertThat(formats(platform))
                .containsExactly(
                        "[FLEET_WITHOUT_EGRESS] prod/web/tier: fleet instances get no public address, so in public tier public they cannot "
                                + "reach CloudFormation (to signal) and CloudWatch (to ship logs) at boot; "
                                + "run the fleet in a private tier of a network with NAT, or give its instances public addresses "
                                + "on purpose with publicAddresses(\"why\").");
    }

    @Test
    void aFleetNamingATierTheNetworkLacksIsReported() {
        platform.fleet.set("tier", f -> f.tier("backend"));

        assertThat(formats(platform))
                .containsExactly(
                        "[UNKNOWN_TIER] prod/web/tier: network network has no tier 'backend'; use one of its tiers: public, app.");
    }

    @Test
    void sshFromTheWholeInternetIntoAFleetIsRefused() {
        platform.fleet.set("allowFrom", f -> f.addAllowFrom(Ingress.fromCidr("anywhere", "0.0.0.0/0", 22)));

        assertThat(formats(platform))
                .containsExactly(
                        "[SSH_OPEN_TO_WORLD] prod/web/allowFrom/anywhere:22: SSH (port 22) is open to the whole internet; "
                                + "allow SSH from named ranges only, or reach instances through a bastion or Session Manager.");
    }

    @Test
    void anIngressRangeThatIsNotACidrIsReported() {
        platform.fleet.set("allowFrom", f -> f.addAllowFrom(Ingress.fromCidr("office", "203.0.113.7", 443)));

        assertThat(codes(platform)).containsExactly("INVALID_INGRESS prod/web/allowFrom/office:443");
    }

    @Test
    void anIngressFromANetworkHasNoSecurityGroupToComeFrom() {
        platform.fleet.set("allowFrom", (f, built) -> f.allowFrom(built.network, 443));

        assertThat(codes(platform)).containsExactly("INVALID_INGRESS prod/web/allowFrom/network:443");
    }

    @Test
    void anArtifactWithoutChecksumIsRefused() {
        platform.artifact.remove("sha256");

        assertThat(formats(platform))
                .containsExactly(
                        "[ARTIFACT_WITHOUT_CHECKSUM] prod/web/artifact/sha256: the artifact has no sha-256, so instances could run a tarball "
                                + "nobody reviewed; set sha256 to the tarball's checksum (sha256sum FILE).");
    }

    @Test
    void aChecksumThatIsNotASha256IsRefused() {
        platform.artifact.set("sha256", a -> a.sha256(TestPlatform.SHA256.toUpperCase()));

        assertThat(codes(platform)).containsExactly("ARTIFACT_WITHOUT_CHECKSUM prod/web/artifact/sha256");
    }

    @Test
    void aBucketNameS3WouldRefuseIsReported() {
        platform.artifact.set("bucket", a -> a.bucket("Shop_Artifacts"));

        assertThat(codes(platform)).containsExactly("INVALID_ARTIFACT prod/web/artifact/bucket");
    }

    @Test
    void anArtifactThatIsNotATarballIsReported() {
        platform.artifact.set("key", a -> a.key("releases/web/1.0.0/web.zip"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_ARTIFACT] prod/web/artifact/key: 'releases/web/1.0.0/web.zip' is not a gzipped tarball; publish the artifact as .tar.gz or .tgz.");
    }

    @Test
    void aPlaintextPasswordInTheArtifactEnvironmentIsRefused() {
        platform.artifact.set("secret", a -> a.putEnvironment("DB_PASSWORD", "hunter2"));

        assertThat(formats(platform))
                .containsExactly(
                        "[PLAINTEXT_SECRET] prod/web/artifact/environment/DB_PASSWORD: DB_PASSWORD looks like a secret and its value is written "
                                + "in plain text into user-data and the template; keep the secret in Secrets Manager or SSM Parameter Store "
                                + "and pass its ARN or name instead.");
    }

    @Test
    void aSecretPassedAsASecretsManagerArnIsAccepted() {
        platform.artifact.set(
                "secret",
                a -> a.putEnvironment("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db"));

        PlatformCompiler.Result result = platform.compile();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.platform().orElseThrow().userData().get("web"))
                .contains("arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db");
    }

    @Test
    void anEnvironmentVariableNameWithADashIsInvalid() {
        platform.artifact.set("environment", a -> a.putEnvironment("LOG-LEVEL", "info"));

        assertThat(codes(platform)).containsExactly("INVALID_ARTIFACT prod/web/artifact/environment/LOG-LEVEL");
    }

    @Test
    void userDataOverSixteenKilobytesIsRefused() {
        platform.artifact.set("environment", a -> {
            for (int i = 0; i < 200; i++) {
                a.putEnvironment(String.format("FEATURE_FLAG_%03d", i), "x".repeat(100));
            }
        });

        PlatformCompiler.Result result = platform.compile();

        assertThat(result.platform()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(dev.plinth.compiler.CompilerCode.USER_DATA_TOO_LARGE);
            assertThat(d.path()).isEqualTo("prod/web/userData");
            assertThat(d.message()).matches("the rendered user-data is [0-9]+ bytes, over EC2's limit of 16384");
        });
    }

    @Test
    void aMinimumAboveTheMaximumIsNotASize() {
        platform.fleet.set("size", f -> f.minSize(5).maxSize(2));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_FLEET_SIZE] prod/web/size: min 5, max 2 is not a size range; give 0 <= min <= max and max >= 1.");
    }

    @Test
    void aDesiredCapacityOutsideTheSizeIsReported() {
        platform.fleet.set("desired", f -> f.desiredCapacity(12));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_FLEET_SIZE] prod/web/desiredCapacity: desired capacity 12 is outside min 3 to max 9; choose a value in that range.");
    }

    @Test
    void aRollingUpdateOfNoInstancesIsReported() {
        platform.fleet.set("batch", f -> f.maxBatchSize(0));

        assertThat(codes(platform)).containsExactly("INVALID_FLEET_SIZE prod/web/maxBatchSize");
    }

    @Test
    void anInstanceTypeWithoutFamilyAndSizeIsRefused() {
        platform.fleet.set("runtime", f -> f.runtime(Runtime.of("t3medium")));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_INSTANCE_TYPE] prod/web/runtime/instanceType: 't3medium' is not an EC2 instance type; use a type such as t3.medium.");
    }

    @Test
    void anAmiMapWithoutTheEnvironmentsRegionIsReported() {
        platform.fleet.set(
                "runtime",
                f -> f.runtime(Runtime.builder()
                        .instanceType("t3.medium")
                        .image(MachineImage.amiPerRegion(Map.of("us-east-1", "ami-0123456789abcdef0")))
                        .build()));

        assertThat(formats(platform))
                .containsExactly(
                        "[IMAGE_NOT_FOR_REGION] prod/web/runtime/image: the image has AMI ids for [us-east-1] but not for eu-west-1; "
                                + "add the AMI id for eu-west-1, or use a Systems Manager public parameter.");
    }

    @Test
    void anAmiMapWithTheEnvironmentsRegionUsesThatAmi() {
        platform.fleet.set(
                "runtime",
                f -> f.runtime(Runtime.builder()
                        .instanceType("t3.medium")
                        .image(MachineImage.amiPerRegion(Map.of("eu-west-1", "ami-0123456789abcdef0")))
                        .build()));

        CompiledPlatform compiled = platform.compiled();

        assertThat(dev.plinth.cfn.testing.TemplateAssert.assertThat(
                                TestPlatform.stack(compiled, "service").stack().template())
                        .resource("WebLaunchTemplate")
                        .property("LaunchTemplateData/ImageId")
                        .asText())
                .isEqualTo("ami-0123456789abcdef0");
    }

    @Test
    void aLogRetentionCloudWatchDoesNotOfferIsReported() {
        platform.fleet.set("retention", f -> f.logRetentionDays(45));

        assertThat(codes(platform)).containsExactly("INVALID_RETENTION prod/web/logRetentionDays");
    }

    @Test
    void aLifecycleHookTimeoutUnderThirtySecondsIsReported() {
        platform.fleet.set(
                "hooks",
                f -> f.addLifecycleHook(LifecycleHook.builder()
                        .name("drain")
                        .transition(LifecycleHook.Transition.TERMINATING)
                        .heartbeatTimeoutSeconds(10)
                        .build()));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_LIFECYCLE_HOOK] prod/web/lifecycleHook/drain: a heartbeat timeout of 10 s is outside 30 to 7,200 s; "
                                + "choose a timeout in that range.");
    }

    @Test
    void aLifecycleHookTimeoutOverTwoHoursIsReported() {
        platform.fleet.set(
                "hooks",
                f -> f.addLifecycleHook(LifecycleHook.builder()
                        .name("warm-up")
                        .transition(LifecycleHook.Transition.LAUNCHING)
                        .heartbeatTimeoutSeconds(7201)
                        .build()));

        assertThat(codes(platform)).containsExactly("INVALID_LIFECYCLE_HOOK prod/web/lifecycleHook/warm-up");
    }

    @Test
    void aCpuTargetOfOneHundredFiftyPercentIsNotAPercentage() {
        platform.fleet.set("scaling", f -> f.addScaling(TargetTracking.cpu(150)));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_SCALING] prod/web/scaling/cpu_utilization: target 150.0 is not a usable percentage; "
                                + "choose a CPU target above 0 and at most 100.");
    }

    @Test
    void twoLifecycleHooksWithOneNameAreReported() {
        platform.fleet.set(
                "hooks",
                f -> f.addLifecycleHooks(
                        LifecycleHook.builder()
                                .name("drain")
                                .transition(LifecycleHook.Transition.TERMINATING)
                                .build(),
                        LifecycleHook.builder()
                                .name("drain")
                                .transition(LifecycleHook.Transition.LAUNCHING)
                                .build()));

        assertThat(formats(platform))
                .containsExactly(
                        "[DUPLICATE_NAME] prod/web/lifecycleHook/drain: two lifecycle hooks are named 'drain'; give each hook its own name.");
    }

    @Test
    void twoScalingPoliciesOnOneMetricAreReported() {
        platform.fleet.set("scaling", f -> f.addScaling(TargetTracking.cpu(50), TargetTracking.cpu(70)));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_SCALING] prod/web/scaling/cpu_utilization: two scaling policies track ASGAverageCPUUtilization; "
                                + "keep one target per metric.");
    }

    @Test
    void aRangeNamedLikeAnotherSourceOnTheSamePortIsReported() {
        platform.fleet.set(
                "allowFrom",
                (f, built) ->
                        f.allowFrom(built.bastion, 22).addAllowFrom(Ingress.fromCidr("bastion", "10.0.0.0/24", 22)));

        assertThat(codes(platform)).containsExactly("DUPLICATE_NAME prod/web/allowFrom/bastion:22");
    }

    @Test
    void anArtifactPortOutsideTcpIsReportedWithTheListenerThatNoLongerMatches() {
        platform.artifact.set("port", a -> a.port(70000));

        assertThat(codes(platform))
                .containsExactly(
                        "INVALID_PORT prod/web/artifact/port",
                        "TARGET_PORT_MISMATCH prod/web-lb/listener/80/targetPort");
    }

    @Test
    void aHealthCheckPathWithoutLeadingSlashIsReported() {
        platform.artifact.set("healthCheckPath", a -> a.healthCheckPath("health"));

        assertThat(codes(platform)).containsExactly("INVALID_HEALTH_CHECK prod/web/artifact/healthCheckPath");
    }
}
