package dev.plinth.dsl;

import static dev.plinth.dsl.Diagnosed.codes;
import static dev.plinth.dsl.Diagnosed.formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.compute.MachineImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BastionValidationTest {
    private final TestPlatform platform = TestPlatform.baseline();

    @Test
    void sshFromTheWholeInternetWithoutTheOverrideIsRefused() {
        platform.bastion.set("sshFrom", b -> b.sshFrom("world", "0.0.0.0/0"));

        assertThat(formats(platform))
                .containsExactly(
                        "[SSH_OPEN_TO_WORLD] prod/bastion/sshFrom/world: SSH is open to the whole internet through range world; "
                                + "name the ranges that need SSH; to open it to everyone on purpose, write sshFromAnywhere(true).");
    }

    @Test
    void sshFromAnywhereWrittenOutCompilesWithOnlyAWarning() {
        platform.bastion.remove("sshFrom").set("anywhere", b -> b.sshFromAnywhere(true));

        PlatformCompiler.Result result = platform.compile();

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[SSH_OPEN_TO_WORLD_ALLOWED] prod/bastion/sshFromAnywhere: SSH is open to the whole internet (0.0.0.0/0), as written; "
                                + "prefer named ranges or Session Manager.");
        TemplateAssert.assertThat(TestPlatform.stack(result.platform().orElseThrow(), "bastion")
                        .stack()
                        .template())
                .resource("BastionSecurityGroup")
                .hasProperty("SecurityGroupIngress/0/CidrIp", "0.0.0.0/0")
                .hasProperty("SecurityGroupIngress/0/FromPort", 22);
    }

    @Test
    void aBastionInAPrivateTierHasNoPublicAddress() {
        platform.bastion.set("tier", b -> b.tier("app"));

        assertThat(formats(platform))
                .containsExactly(
                        "[WRONG_TIER_KIND] prod/bastion/tier: tier app is private; a bastion needs a public tier for its Elastic IP; "
                                + "put the bastion in a public tier.");
    }

    @Test
    void aBastionNamingATierTheNetworkLacksIsReported() {
        platform.bastion.set("tier", b -> b.tier("dmz"));

        assertThat(codes(platform)).containsExactly("UNKNOWN_TIER prod/bastion/tier");
    }

    @Test
    void aBastionWithoutSshRangesOrSessionManagerIsUnreachable() {
        platform.bastion.remove("sshFrom").set("ssm", b -> b.sessionManager(false));

        assertThat(formats(platform))
                .containsExactly(
                        "[BASTION_UNREACHABLE] prod/bastion: nobody can reach the bastion: no SSH range and no Session Manager; "
                                + "add sshFrom ranges or turn sessionManager on.");
    }

    @Test
    void aBastionWithOnlySessionManagerCompiles() {
        platform.bastion.remove("sshFrom");

        assertThat(codes(platform)).isEmpty();
    }

    @Test
    void anSshRangeThatIsNotACidrIsReported() {
        platform.bastion.set("sshFrom", b -> b.sshFrom("office", "203.0.113.300/24"));

        assertThat(formats(platform))
                .containsExactly(
                        "[INVALID_INGRESS] prod/bastion/sshFrom/office: '203.0.113.300/24' is not a CIDR range; give a range such as 203.0.113.0/24.");
    }

    @Test
    void aBastionInstanceTypeInCapitalsIsRefused() {
        platform.bastion.set("instanceType", b -> b.instanceType("T3.MICRO"));

        assertThat(codes(platform)).containsExactly("INVALID_INSTANCE_TYPE prod/bastion/instanceType");
    }

    @Test
    void aBastionImageWithoutTheRegionsAmiIsReported() {
        platform.bastion.set(
                "image", b -> b.image(MachineImage.amiPerRegion(Map.of("eu-central-1", "ami-0123456789abcdef0"))));

        assertThat(codes(platform)).containsExactly("IMAGE_NOT_FOR_REGION prod/bastion/image");
    }

    @Test
    void aBastionLogRetentionCloudWatchDoesNotOfferIsReported() {
        platform.bastion.set("retention", b -> b.logRetentionDays(0));

        assertThat(codes(platform)).containsExactly("INVALID_RETENTION prod/bastion/logRetentionDays");
    }
}
