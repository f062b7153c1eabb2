package dev.plinth.materializer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;

/** Production stack policies over protected resources, and the stacks' notification topics. */
class PolicyAndNotificationsScenariosTest {
    private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:stack-events";

    @TempDir
    Path dir;

    private final FakeCloudFormation fake =
            new FakeCloudFormation().replacement("AWS::RDS::DBCluster", "DatabaseName", "Always");

    private Platforms production() {
        Platforms platforms = new Platforms();
        platforms.production = true;
        platforms.notificationArns = List.of(TOPIC);
        return platforms;
    }

    @Test
    void aProductionStackWithProtectedResourcesGetsAStackPolicyDenyingTheirReplacement() {
        Path v1 = production().write(dir.resolve("v1"));

        Run created = Run.apply(fake, v1);

        assertThat(created.report.succeeded()).isTrue();
        assertThat(fake.stackPolicy("shop-dev-data"))
                .get()
                .asString()
                .contains("\"Deny\"")
                .contains("Update:Replace")
                .contains("LogicalResourceId/Cluster");
        assertThat(fake.stackPolicy("shop-dev-app")).isEmpty();
        Run again = Run.apply(fake, v1);
        assertThat(again.report.stacks())
                .extracting(StackReport::stack, StackReport::apiCalls)
                .containsExactly(tuple("network", 1), tuple("app", 1), tuple("data", 2));
        assertThat(fake.calls("GetStackPolicy", "shop-dev-data")).isEqualTo(1);
    }

    @Test
    void anAllowedReplacementLiftsThePolicyWhileItRunsAndSetsItBack() {
        Run.apply(fake, production().write(dir.resolve("v1")));
        Platforms renamed = production();
        renamed.databaseName = "shop";

        Run run = Run.run(
                fake,
                renamed.write(dir.resolve("v2")),
                MaterializerOptions.apply("replace").withAllowReplacement(true));

        assertThat(run.stack("data").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(run.progress)
                .containsSubsequence(
                        "data: lifting the stack policy for the allowed replacement", "data: setting the stack policy");
        assertThat(fake.stackPolicy("shop-dev-data")).get().asString().contains("LogicalResourceId/Cluster");
    }

    @Test
    void stacksSendTheirEventsToTheEnvironmentsTopicsAndStayConverged() {
        Path v1 = production().write(dir.resolve("v1"));
        Run.apply(fake, v1);

        assertThat(fake.describeStacks(DescribeStacksRequest.builder()
                                .stackName("shop-dev-network")
                                .build())
                        .stacks()
                        .get(0)
                        .notificationARNs())
                .containsExactly(TOPIC);
        assertThat(Run.apply(fake, v1).stack("network").outcome()).isEqualTo(Outcome.UNCHANGED);
    }
}
