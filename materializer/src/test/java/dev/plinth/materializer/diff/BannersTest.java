package dev.plinth.materializer.diff;

import static dev.plinth.materializer.diff.Trees.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plinth.cfn.spec.ResourceSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BannersTest {
    private static final ResourceSpecification SPEC = ResourceSpecification.bundled();
    private static final PropertyDiff DIFF = new PropertyDiff(SPEC);

    @Test
    void aVpcCidrChangeReplacesTheVpcAndDropsConnections() {
        ResourceReview vpc = modified(
                "Vpc",
                resource("AWS::EC2::VPC", "{\"CidrBlock\": \"10.0.0.0/16\"}"),
                resource("AWS::EC2::VPC", "{\"CidrBlock\": \"10.1.0.0/16\"}"));

        assertThat(vpc.change().replacement()).contains("True");
        assertThat(text(Banners.of(List.of(vpc))))
                .containsExactly(
                        "Network replacement: connections drop while these are replaced",
                        "- Vpc (AWS::EC2::VPC) replaced: CidrBlock");
    }

    @Test
    void anRdsEngineVersionChangeInPlaceHasNoBannerButStorageEncryptionLosesTheData() {
        JsonNode before =
                resource("AWS::RDS::DBInstance", "{\"EngineVersion\": \"15.4\", \"StorageEncrypted\": false}");

        assertThat(Banners.of(List.of(modified(
                        "Database",
                        before,
                        resource(
                                "AWS::RDS::DBInstance",
                                "{\"EngineVersion\": \"16.1\", \"StorageEncrypted\": false}")))))
                .isEmpty();
        assertThat(text(Banners.of(List.of(modified(
                        "Database",
                        before,
                        resource(
                                "AWS::RDS::DBInstance",
                                "{\"EngineVersion\": \"16.1\", \"StorageEncrypted\": true}"))))))
                .containsExactly(
                        "Data loss: stateful resources replaced or removed",
                        "- Database (AWS::RDS::DBInstance) replaced: StorageEncrypted");
    }

    @Test
    void aRemovedBucketIsBothDataLossAndDeletion() {
        ResourceReview bucket = ResourceReview.of(
                change("Logs", "AWS::S3::Bucket", "Remove", Optional.empty(), List.of()), List.of(), List.of());

        List<Banner> banners = Banners.of(List.of(bucket));

        assertThat(banners).extracting(Banner::kind).containsExactly(Banner.Kind.DATA_LOSS, Banner.Kind.DELETION);
        assertThat(text(banners))
                .containsExactly(
                        "Data loss: stateful resources replaced or removed",
                        "- Logs (AWS::S3::Bucket) removed",
                        "Deletion: resources removed",
                        "- Logs (AWS::S3::Bucket) removed");
    }

    @Test
    void aConditionalReplacementOfAStatefulResourceMayLoseData() {
        ResourceReview cluster = ResourceReview.of(
                change(
                        "Cache",
                        "AWS::ElastiCache::ReplicationGroup",
                        "Modify",
                        Optional.of("Conditional"),
                        List.of("Engine")),
                List.of(),
                List.of());

        assertThat(text(Banners.of(List.of(cluster))))
                .containsExactly(
                        "Data loss: stateful resources replaced or removed",
                        "- Cache (AWS::ElastiCache::ReplicationGroup) may be replaced: Engine");
    }

    @Test
    void widenedIamAndIngressMakeTheirBannersWithTheGrantsAsCauses() {
        ResourceReview policy = modified(
                "AppPolicy",
                resource("AWS::IAM::Policy", "{\"PolicyDocument\": {\"Statement\": []}}"),
                resource(
                        "AWS::IAM::Policy",
                        "{\"PolicyDocument\": {\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}}"));
        ResourceReview group = modified(
                "WebSg",
                resource("AWS::EC2::SecurityGroup", "{\"GroupDescription\": \"web\", \"SecurityGroupIngress\": []}"),
                resource(
                        "AWS::EC2::SecurityGroup",
                        "{\"GroupDescription\": \"web\", \"SecurityGroupIngress\": ["
                                + "{\"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22, \"CidrIp\": \"0.0.0.0/0\"}]}"));

        assertThat(text(Banners.of(List.of(group, policy))))
                .containsExactly(
                        "IAM widening: permissions granted",
                        "- AppPolicy (AWS::IAM::Policy) widens permissions: + Allow s3:* on * (wildcard)",
                        "Ingress widening: network access opened",
                        "- WebSg (AWS::EC2::SecurityGroup) widens network ingress: + ingress tcp 22 from 0.0.0.0/0 (world-open admin port)");
    }

    @Test
    void narrowedAccessIsNoBannerAndNoReasonForApproval() {
        ResourceReview policy = modified(
                "AppPolicy",
                resource(
                        "AWS::IAM::Policy",
                        "{\"PolicyDocument\": {\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}}"),
                resource(
                        "AWS::IAM::Policy",
                        "{\"PolicyDocument\": {\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}}"));

        assertThat(policy.access()).isNotEmpty();
        assertThat(Banners.of(List.of(policy))).isEmpty();
        assertThat(Banners.broadeningReasons(List.of(policy))).isEmpty();
    }

    @Test
    void broadeningReasonsAreRealWideningUnreadAccessAndLostState() {
        ResourceReview policy = modified(
                "AppPolicy",
                resource("AWS::IAM::Policy", "{\"PolicyDocument\": {\"Statement\": []}}"),
                resource(
                        "AWS::IAM::Policy",
                        "{\"PolicyDocument\": {\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"},"
                                + " {\"Effect\": \"Allow\", \"Action\": \"sqs:SendMessage\", \"Resource\": \"arn:aws:sqs:eu-west-1:1:jobs\"}]}}"));
        ResourceReview unread = ResourceReview.withoutTemplates(
                change("WebSg", "AWS::EC2::SecurityGroup", "Modify", Optional.of("False"), List.of()), List.of());
        ResourceReview database = ResourceReview.of(
                new ResourceChange(
                        "Database",
                        "AWS::RDS::DBCluster",
                        "Modify",
                        Optional.of("True"),
                        List.of("StorageEncrypted"),
                        List.of("StorageEncrypted"),
                        true),
                List.of(),
                List.of());
        ResourceReview queue = ResourceReview.of(
                change("Jobs", "AWS::SQS::Queue", "Remove", Optional.empty(), List.of()), List.of(), List.of());
        ResourceReview removedRole = ResourceReview.withoutTemplates(
                change("OldRole", "AWS::IAM::Role", "Remove", Optional.empty(), List.of()), List.of());

        assertThat(Banners.broadeningReasons(List.of(queue, unread, policy, removedRole, database)))
                .containsExactly(
                        "AppPolicy (AWS::IAM::Policy) widens permissions: + Allow s3:* on * (wildcard); "
                                + "+ Allow sqs:SendMessage on arn:aws:sqs:eu-west-1:1:jobs",
                        "Database (AWS::RDS::DBCluster) is protected and would be replaced",
                        "Jobs (AWS::SQS::Queue) is stateful and would be removed",
                        "WebSg (AWS::EC2::SecurityGroup) may widen network ingress");
    }

    @Test
    void accessOfAResourceWhoseOldTemplateWasNotReadMayWiden() {
        ResourceReview role = ResourceReview.withoutTemplates(
                change("AppRole", "AWS::IAM::Role", "Modify", Optional.of("False"), List.of()), List.of());

        assertThat(text(Banners.of(List.of(role))))
                .containsExactly(
                        "IAM widening: permissions granted",
                        "- AppRole (AWS::IAM::Role) may widen permissions (old template not read)");
    }

    @Test
    void aPlansBannersNameEachResourcesStackInTheStacksOrder() {
        Map<String, List<ResourceReview>> stacks = new LinkedHashMap<>();
        stacks.put(
                "network",
                List.of(modified(
                        "Subnet",
                        resource("AWS::EC2::Subnet", "{\"CidrBlock\": \"10.0.1.0/24\"}"),
                        resource("AWS::EC2::Subnet", "{\"CidrBlock\": \"10.0.2.0/24\"}"))));
        stacks.put(
                "data",
                List.of(
                        ResourceReview.of(
                                change("Table", "AWS::DynamoDB::Table", "Remove", Optional.empty(), List.of()),
                                List.of(),
                                List.of()),
                        ResourceReview.of(
                                change("Alerts", "AWS::SNS::Topic", "Remove", Optional.empty(), List.of()),
                                List.of(),
                                List.of())));

        assertThat(text(Banners.ofPlan(stacks)))
                .containsExactly(
                        "Data loss: stateful resources replaced or removed",
                        "- data/Table (AWS::DynamoDB::Table) removed",
                        "Network replacement: connections drop while these are replaced",
                        "- network/Subnet (AWS::EC2::Subnet) replaced: CidrBlock",
                        "Deletion: resources removed",
                        "- data/Alerts (AWS::SNS::Topic) removed",
                        "- data/Table (AWS::DynamoDB::Table) removed");
    }

    @Test
    void theOrderOfTheChangesDoesNotChangeTheBanners() {
        List<ResourceReview> reviews = new ArrayList<>();
        for (String id : List.of("C", "A", "D", "B")) {
            reviews.add(ResourceReview.of(
                    change(id, "AWS::S3::Bucket", "Remove", Optional.empty(), List.of()), List.of(), List.of()));
        }
        List<Banner> banners = Banners.of(reviews);
        Collections.reverse(reviews);

        assertThat(Banners.of(reviews)).isEqualTo(banners);
        assertThat(banners.get(0).entries()).extracting(Banner.Entry::logicalId).containsExactly("A", "B", "C", "D");
    }

    /** A modified resource as the offline plan would report it, with its property and access changes. */
    private static ResourceReview modified(String id, JsonNode before, JsonNode after) {
        List<PropertyChange> properties = DIFF.between(before, after);
        List<Recreation> recreations =
                properties.stream().map(PropertyChange::requiresRecreation).toList();
        String replacement = recreations.contains(Recreation.ALWAYS)
                ? "True"
                : recreations.contains(Recreation.CONDITIONALLY) ? "Conditional" : "False";
        List<String> replacing = properties.stream()
                .filter(p -> p.requiresRecreation().replaces())
                .map(PropertyChange::property)
                .toList();
        return ResourceReview.of(
                change(id, after.path("Type").asText(), "Modify", Optional.of(replacement), replacing),
                properties,
                AccessDiff.between(id, before, after));
    }

    private static ResourceChange change(
            String id, String type, String action, Optional<String> replacement, List<String> replacing) {
        return new ResourceChange(id, type, action, replacement, replacing, replacing, false);
    }

    private static List<String> text(List<Banner> banners) {
        return banners.stream().flatMap(b -> DiffText.banner(b).stream()).toList();
    }
}
