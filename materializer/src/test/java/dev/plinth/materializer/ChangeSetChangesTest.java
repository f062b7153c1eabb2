package dev.plinth.materializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plinth.manifest.Manifest;
import dev.plinth.manifest.TemplateFormat;
import dev.plinth.materializer.diff.ResourceChange;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.Change;

/** Whether a change set's change is to a protected resource is the manifest's to say. */
class ChangeSetChangesTest {

    @Test
    void aResourceOfAnyTypeTheManifestListsIsProtected() {
        Manifest.Stack stack = stack(List.of("Topic", "Flag"));
        List<Change> changes =
                List.of(change("Topic", "AWS::SNS::Topic", "Modify"), change("Flag", "AWS::SSM::Parameter", "Add"));

        assertThat(ChangeSetChanges.of(changes, stack))
                .allSatisfy(c -> assertThat(c.isProtected()).as(c.logicalId()).isTrue());
    }

    @Test
    void aResourceOfTheNewTemplateTheManifestDoesNotListIsNotProtectedWhateverItsType() {
        Manifest.Stack stack = stack(List.of());
        List<Change> changes =
                List.of(change("Bucket", "AWS::S3::Bucket", "Modify"), change("Db", "AWS::RDS::DBCluster", "Add"));

        assertThat(ChangeSetChanges.of(changes, stack))
                .allSatisfy(c -> assertThat(c.isProtected()).as(c.logicalId()).isFalse());
    }

    @Test
    void aRemovedResourceNoManifestListsIsProtectedByItsType() {
        Manifest.Stack stack = stack(List.of());
        List<Change> changes =
                List.of(change("Bucket", "AWS::S3::Bucket", "Remove"), change("Topic", "AWS::SNS::Topic", "Remove"));

        assertThat(ChangeSetChanges.of(changes, stack))
                .extracting(ResourceChange::logicalId, ResourceChange::isProtected)
                .containsExactly(tuple("Bucket", true), tuple("Topic", false));
    }

    private static Change change(String logicalId, String type, String action) {
        return Change.builder()
                .type("Resource")
                .resourceChange(rc -> rc.logicalResourceId(logicalId)
                        .resourceType(type)
                        .action(action)
                        .replacement(action.equals("Modify") ? "True" : null))
                .build();
    }

    private static Manifest.Stack stack(List<String> protectedResources) {
        return new Manifest.Stack(
                "data",
                "shop-dev-data",
                "stacks/data.json",
                TemplateFormat.JSON,
                "0".repeat(64),
                2,
                false,
                3,
                new TreeMap<>(),
                List.of(),
                new TreeSet<>(),
                new TreeMap<>(),
                new TreeSet<>(),
                false,
                protectedResources,
                List.of(),
                Optional.empty());
    }
}
