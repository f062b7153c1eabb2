package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.diff.ResourceChange;
import dev.plinth.materializer.fake.FakeCloudFormation;
import dev.plinth.materializer.report.TemplateDiff;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The materializer's protected resources are the manifest's protectedResources: a resource of a
 * type Plinth would never protect is protected when the manifest lists it, and one of a type it
 * always protects is not when the manifest leaves it out.
 */
class ManifestProtectionScenariosTest {
    @TempDir
    Path dir;

    private final FakeCloudFormation fake = new FakeCloudFormation()
            .replacement("AWS::SSM::Parameter", "Value", "Always")
            .replacement("AWS::RDS::DBCluster", "DatabaseName", "Always");

    @Test
    void aParameterTheManifestListsAsProtectedIsNotReplacedWithoutAllowReplacement() throws IOException {
        Path v1 = new Platforms().write(dir.resolve("v1"));
        Run.apply(fake, v1);
        Platforms changed = new Platforms();
        changed.dataStatement = "v2";
        Path listed = ManifestEdit.set(
                changed.write(dir.resolve("listed")), "data", "protectedResources", List.of("Cluster", "DataSetting"));

        Run refused = Run.apply(fake, listed);

        assertThat(refused.stack("data").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.stack("data").message())
                .hasValue("the change set would replace protected resource DataSetting"
                        + " (AWS::SSM::Parameter); rerun with --allow-replacement if that is intended");
        assertThat(setting(TemplateDiff.between(listed, v1, ResourceSpecification.bundled()))
                        .isProtected())
                .isTrue();

        Path unlisted = changed.write(dir.resolve("unlisted"));
        assertThat(setting(TemplateDiff.between(unlisted, v1, ResourceSpecification.bundled()))
                        .isProtected())
                .isFalse();
        assertThat(Run.apply(fake, unlisted).stack("data").outcome()).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void aDatabaseTheManifestDoesNotListIsReplacedAsAnyResourceIs() {
        Run.apply(fake, new Platforms().write(dir.resolve("v1")));
        Platforms renamed = new Platforms();
        renamed.databaseName = "shop";
        Path unlisted = ManifestEdit.set(renamed.write(dir.resolve("v2")), "data", "protectedResources", List.of());

        Run run = Run.apply(fake, unlisted);

        assertThat(run.stack("data").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(run.stack("data").changes()).anySatisfy(c -> {
            assertThat(c.logicalId()).isEqualTo("Cluster");
            assertThat(c.destroys()).isTrue();
            assertThat(c.isProtected()).isFalse();
        });
    }

    private static ResourceChange setting(RunReport plan) {
        StackReport data = plan.stacks().stream()
                .filter(s -> s.stack().equals("data"))
                .findFirst()
                .orElseThrow();
        return data.changes().stream()
                .filter(c -> c.logicalId().equals("DataSetting"))
                .findFirst()
                .orElseThrow();
    }
}
