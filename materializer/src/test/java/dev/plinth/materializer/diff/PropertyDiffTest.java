package dev.plinth.materializer.diff;

import static dev.plinth.materializer.diff.Trees.detail;
import static dev.plinth.materializer.diff.Trees.json;
import static dev.plinth.materializer.diff.Trees.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.plinth.cfn.spec.ResourceSpecification;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;
import software.amazon.awssdk.services.cloudformation.model.ResourceTargetDefinition;

class PropertyDiffTest {
    private static final PropertyDiff DIFF = new PropertyDiff(ResourceSpecification.bundled());

    @Test
    void aNestedInstanceTypeChangeIsShownAtItsPathOldToNewAndInPlace() {
        List<PropertyChange> changes = DIFF.between(
                resource(
                        "AWS::EC2::LaunchTemplate",
                        "{\"LaunchTemplateData\": {\"ImageId\": \"ami-1\", \"InstanceType\": \"t3.small\"}}"),
                resource(
                        "AWS::EC2::LaunchTemplate",
                        "{\"LaunchTemplateData\": {\"ImageId\": \"ami-1\", \"InstanceType\": \"t3.medium\"}}"));

        assertThat(changes)
                .containsExactly(new PropertyChange(
                        "LaunchTemplateData.InstanceType",
                        Optional.of(TextNode.valueOf("t3.small")),
                        Optional.of(TextNode.valueOf("t3.medium")),
                        Recreation.NEVER,
                        Optional.empty(),
                        false));
        assertThat(lines(changes)).containsExactly("LaunchTemplateData.InstanceType: t3.small → t3.medium");
    }

    @Test
    void aMinSizeChangeOfAnAutoScalingGroupIsInPlace() {
        List<PropertyChange> changes = DIFF.between(
                resource("AWS::AutoScaling::AutoScalingGroup", "{\"MinSize\": \"2\", \"MaxSize\": \"6\"}"),
                resource("AWS::AutoScaling::AutoScalingGroup", "{\"MinSize\": \"3\", \"MaxSize\": \"6\"}"));

        assertThat(lines(changes)).containsExactly("MinSize: 2 → 3");
        assertThat(changes.get(0).requiresRecreation()).isEqualTo(Recreation.NEVER);
    }

    @Test
    void aVpcCidrBlockChangeAlwaysReplacesTheVpcBySpecification() {
        List<PropertyChange> changes = DIFF.between(
                resource("AWS::EC2::VPC", "{\"CidrBlock\": \"10.0.0.0/16\", \"EnableDnsSupport\": true}"),
                resource("AWS::EC2::VPC", "{\"CidrBlock\": \"10.1.0.0/16\", \"EnableDnsSupport\": true}"));

        assertThat(changes)
                .extracting(PropertyChange::path, PropertyChange::requiresRecreation)
                .containsExactly(tuple("CidrBlock", Recreation.ALWAYS));
        assertThat(lines(changes)).containsExactly("CidrBlock: 10.0.0.0/16 → 10.1.0.0/16 (forces replacement)");
    }

    @Test
    void anRdsEngineVersionChangesInPlaceWhileStorageEncryptionReplacesTheInstance() {
        List<PropertyChange> changes = DIFF.between(
                resource(
                        "AWS::RDS::DBInstance",
                        "{\"Engine\": \"postgres\", \"EngineVersion\": \"15.4\", \"StorageEncrypted\": false}"),
                resource(
                        "AWS::RDS::DBInstance",
                        "{\"Engine\": \"postgres\", \"EngineVersion\": \"16.1\", \"StorageEncrypted\": true}"));

        assertThat(lines(changes))
                .containsExactly("EngineVersion: 15.4 → 16.1", "StorageEncrypted: false → true (forces replacement)");
    }

    @Test
    void tagsAreComparedByKeySoAReorderedListIsNoChange() {
        List<PropertyChange> changes = DIFF.between(
                resource(
                        "AWS::S3::Bucket",
                        "{\"Tags\": [{\"Key\": \"Env\", \"Value\": \"dev\"}, {\"Key\": \"Team\", \"Value\": \"core\"},"
                                + " {\"Key\": \"Cost\", \"Value\": \"42\"}]}"),
                resource(
                        "AWS::S3::Bucket",
                        "{\"Tags\": [{\"Key\": \"Owner\", \"Value\": \"ops\"}, {\"Key\": \"Team\", \"Value\": \"platform\"},"
                                + " {\"Key\": \"Env\", \"Value\": \"dev\"}]}"));

        assertThat(lines(changes))
                .containsExactly(
                        "Tags[Key=Cost]: {\"Key\":\"Cost\",\"Value\":\"42\"} → (none)",
                        "Tags[Key=Owner]: (none) → {\"Key\":\"Owner\",\"Value\":\"ops\"}",
                        "Tags[Key=Team].Value: core → platform");
    }

    @Test
    void listsWithoutAKeyAreComparedByIndex() {
        List<PropertyChange> changes = DIFF.between(
                resource(
                        "AWS::EC2::SecurityGroup",
                        "{\"GroupDescription\": \"web\", \"SecurityGroupIngress\": ["
                                + "{\"IpProtocol\": \"tcp\", \"FromPort\": 80, \"ToPort\": 80, \"CidrIp\": \"10.0.0.0/8\"},"
                                + "{\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443, \"CidrIp\": \"10.0.0.0/8\"},"
                                + "{\"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22, \"CidrIp\": \"10.0.0.0/8\"}]}"),
                resource(
                        "AWS::EC2::SecurityGroup",
                        "{\"GroupDescription\": \"web\", \"SecurityGroupIngress\": ["
                                + "{\"IpProtocol\": \"tcp\", \"FromPort\": 80, \"ToPort\": 80, \"CidrIp\": \"10.0.0.0/8\"},"
                                + "{\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443, \"CidrIp\": \"10.0.0.0/8\"},"
                                + "{\"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22, \"CidrIp\": \"0.0.0.0/0\"},"
                                + "{\"IpProtocol\": \"tcp\", \"FromPort\": 8080, \"ToPort\": 8080, \"CidrIp\": \"10.0.0.0/8\"}]}"));

        assertThat(lines(changes))
                .containsExactly(
                        "SecurityGroupIngress[2].CidrIp: 10.0.0.0/8 → 0.0.0.0/0",
                        "SecurityGroupIngress[3]: (none) → {\"IpProtocol\":\"tcp\",\"FromPort\":8080,\"ToPort\":8080,\"CidrIp\":\"10.0.0.0/8\"}");
    }

    @Test
    void aRefValuedPropertyIsKnownAfterApplyWithItsExpression() {
        List<PropertyChange> changes = DIFF.between(
                resource("AWS::EC2::Instance", "{\"ImageId\": \"ami-1\", \"SubnetId\": \"subnet-0a1\"}"),
                resource("AWS::EC2::Instance", "{\"ImageId\": \"ami-1\", \"SubnetId\": {\"Ref\": \"PrivateSubnet\"}}"));

        assertThat(changes)
                .containsExactly(new PropertyChange(
                        "SubnetId",
                        Optional.of(TextNode.valueOf("subnet-0a1")),
                        Optional.of(json("{\"Ref\": \"PrivateSubnet\"}")),
                        Recreation.ALWAYS,
                        Optional.empty(),
                        true));
        assertThat(lines(changes))
                .containsExactly("SubnetId: subnet-0a1 → (known after apply: !Ref PrivateSubnet) (forces replacement)");
    }

    @Test
    void anIntrinsicIsComparedWholeAndEveryIntrinsicIsShownInShortForm() {
        List<PropertyChange> changes = DIFF.between(
                resource(
                        "AWS::Lambda::Function",
                        "{\"Role\": {\"Fn::GetAtt\": [\"OldRole\", \"Arn\"]},"
                                + " \"Environment\": {\"Variables\": {\"QUEUE\": {\"Fn::ImportValue\": \"jobs-QueueUrl\"}, \"STAGE\": \"dev\"}}}"),
                resource(
                        "AWS::Lambda::Function",
                        "{\"Role\": {\"Fn::GetAtt\": [\"NewRole\", \"Arn\"]},"
                                + " \"Environment\": {\"Variables\": {\"QUEUE\": {\"Fn::ImportValue\": \"jobs-v2-QueueUrl\"}, \"STAGE\": {\"Fn::Sub\": \"${Stage}\"}}}}"));

        assertThat(lines(changes))
                .containsExactly(
                        "Environment.Variables.QUEUE: !ImportValue jobs-QueueUrl → (known after apply: !ImportValue jobs-v2-QueueUrl)",
                        "Environment.Variables.STAGE: dev → (known after apply: !Sub ${Stage})",
                        "Role: !GetAtt OldRole.Arn → (known after apply: !GetAtt NewRole.Arn)");
    }

    @Test
    void aParameterChangeTheTemplateDoesNotShowIsListedWithTheCausingParameter() {
        JsonNode instance = resource(
                "AWS::EC2::Instance", "{\"ImageId\": \"ami-1\", \"InstanceType\": {\"Ref\": \"InstanceTypeParam\"}}");

        List<PropertyChange> changes = DIFF.between(
                instance,
                instance,
                List.of(detail("InstanceType", "Conditionally", "Static", "ParameterReference", "InstanceTypeParam")));

        assertThat(changes)
                .containsExactly(new PropertyChange(
                        "InstanceType",
                        Optional.empty(),
                        Optional.empty(),
                        Recreation.CONDITIONALLY,
                        Optional.of("InstanceTypeParam"),
                        false));
        assertThat(lines(changes))
                .containsExactly("InstanceType: changed via InstanceTypeParam (may force replacement)");
    }

    @Test
    void aDetailsRequiresRecreationWinsOverTheSpecificationForEveryPathOfItsProperty() {
        List<PropertyChange> changes = DIFF.between(
                resource("AWS::RDS::DBInstance", "{\"EngineVersion\": \"15.4\", \"DBInstanceClass\": \"db.t3.small\"}"),
                resource("AWS::RDS::DBInstance", "{\"EngineVersion\": \"16.1\", \"DBInstanceClass\": \"db.t3.small\"}"),
                List.of(detail("EngineVersion", "Conditionally", "Static", "DirectModification", null)));

        assertThat(lines(changes)).containsExactly("EngineVersion: 15.4 → 16.1 (may force replacement)");
    }

    @Test
    void aReplacedReferencedResourceMakesTheValueKnownOnlyAfterApply() {
        JsonNode instance =
                resource("AWS::EC2::Instance", "{\"ImageId\": \"ami-1\", \"SubnetId\": {\"Ref\": \"Subnet\"}}");

        List<PropertyChange> changes = DIFF.between(
                instance,
                instance,
                List.of(
                        detail("SubnetId", "Always", "Dynamic", "ResourceReference", "Subnet"),
                        detail("SubnetId", "Always", "Static", "ResourceReference", "Subnet")));

        assertThat(changes)
                .containsExactly(new PropertyChange(
                        "SubnetId",
                        Optional.empty(),
                        Optional.empty(),
                        Recreation.ALWAYS,
                        Optional.of("Subnet"),
                        true));
        assertThat(lines(changes)).containsExactly("SubnetId: (known after apply) via Subnet (forces replacement)");
    }

    @Test
    void aDetailsValuesAndPathAreUsedWhenTheChangeSetIncludesThem() {
        JsonNode queue = resource("AWS::SQS::Queue", "{\"VisibilityTimeout\": {\"Ref\": \"Timeout\"}}");
        ResourceChangeDetail detail = ResourceChangeDetail.builder()
                .target(ResourceTargetDefinition.builder()
                        .attribute("Properties")
                        .name("VisibilityTimeout")
                        .path("/Properties/VisibilityTimeout")
                        .requiresRecreation("Never")
                        .beforeValue("30")
                        .afterValue("60")
                        .build())
                .evaluation("Static")
                .changeSource("ParameterReference")
                .causingEntity("Timeout")
                .build();

        List<PropertyChange> changes = DIFF.between(queue, queue, List.of(detail));

        assertThat(lines(changes)).containsExactly("VisibilityTimeout: 30 → 60 via Timeout");
    }

    @Test
    void aTemplateChangeTheDetailsAlsoTraceToAParameterKeepsItsValuesAndNamesTheParameter() {
        List<PropertyChange> changes = DIFF.between(
                resource(
                        "AWS::EC2::Instance",
                        "{\"ImageId\": \"ami-1\", \"Tags\": [{\"Key\": \"Name\", \"Value\": \"web\"}]}"),
                resource(
                        "AWS::EC2::Instance",
                        "{\"ImageId\": \"ami-1\", \"Tags\": [{\"Key\": \"Name\", \"Value\": {\"Fn::Sub\": \"web-${Env}\"}}]}"),
                List.of(
                        detail("Tags", "Never", "Static", "DirectModification", null),
                        detail("Tags", "Never", "Static", "ParameterReference", "Env")));

        assertThat(lines(changes))
                .containsExactly("Tags[Key=Name].Value: web → (known after apply: !Sub web-${Env}) via Env");
    }

    @Test
    void attributesAreComparedAfterPropertiesAndAttributeChangesOnlyTheDetailsNameAreListed() {
        List<PropertyChange> changes = DIFF.between(
                json(
                        "{\"Type\": \"AWS::SQS::Queue\", \"DeletionPolicy\": \"Delete\", \"Properties\": {\"DelaySeconds\": 0}}"),
                json(
                        "{\"Type\": \"AWS::SQS::Queue\", \"DeletionPolicy\": \"Retain\", \"DependsOn\": [\"Key\"], \"Properties\": {\"DelaySeconds\": 5}}"),
                List.of(ResourceChangeDetail.builder()
                        .target(t -> t.attribute("Tags").requiresRecreation("Never"))
                        .evaluation("Static")
                        .changeSource("DirectModification")
                        .build()));

        assertThat(lines(changes))
                .containsExactly(
                        "DelaySeconds: 0 → 5",
                        "(attribute) DeletionPolicy: Delete → Retain",
                        "(attribute) DependsOn: (none) → [\"Key\"]",
                        "(attribute) Tags: changed");
    }

    @Test
    void aTypeChangeComesFirstAndAlwaysReplaces() {
        List<PropertyChange> changes = DIFF.between(
                resource("AWS::SNS::Topic", "{\"TopicName\": \"alerts\"}"),
                resource("AWS::SQS::Queue", "{\"QueueName\": \"alerts\"}"));

        assertThat(lines(changes).get(0))
                .isEqualTo("(attribute) Type: AWS::SNS::Topic → AWS::SQS::Queue (forces replacement)");
    }

    @Test
    void anAddedResourceListsItsTopLevelPropertiesWholeWithoutReplacement() {
        List<PropertyChange> changes = DIFF.between(
                null, resource("AWS::EC2::Subnet", "{\"CidrBlock\": \"10.0.1.0/24\", \"VpcId\": {\"Ref\": \"Vpc\"}}"));

        assertThat(lines(changes))
                .containsExactly("CidrBlock: (none) → 10.0.1.0/24", "VpcId: (none) → (known after apply: !Ref Vpc)");
    }

    @Test
    void aPolicyDocumentIsOneValueForItsDiffNotAStatementByStatementList() {
        List<PropertyChange> changes = DIFF.between(
                resource(
                        "AWS::IAM::Policy",
                        "{\"PolicyName\": \"app\", \"PolicyDocument\": {\"Version\": \"2012-10-17\","
                                + " \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}}"),
                resource(
                        "AWS::IAM::Policy",
                        "{\"PolicyName\": \"app\", \"PolicyDocument\": {\"Version\": \"2012-10-17\","
                                + " \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}}"));

        assertThat(changes).extracting(PropertyChange::path).containsExactly("PolicyDocument");
        assertThat(lines(changes)).containsExactly("PolicyDocument: {…} → {…}");
    }

    @Test
    void aTypeTheSpecificationDoesNotKnowHasUnknownRecreation() {
        List<PropertyChange> changes = DIFF.between(
                resource("Custom::Seeder", "{\"ServiceToken\": \"arn:1\", \"Rows\": 10}"),
                resource("Custom::Seeder", "{\"ServiceToken\": \"arn:1\", \"Rows\": 20}"));

        assertThat(changes).extracting(PropertyChange::requiresRecreation).containsExactly(Recreation.UNKNOWN);
    }

    @Test
    void numbersEqualByValueAndFieldsInAnotherOrderAreNoChange() {
        assertThat(
                        DIFF.between(
                                json(
                                        "{\"Type\": \"AWS::SQS::Queue\", \"Properties\": {\"DelaySeconds\": 1, \"RedrivePolicy\": {\"maxReceiveCount\": 3, \"deadLetterTargetArn\": \"a\"}}}"),
                                json(
                                        "{\"Properties\": {\"RedrivePolicy\": {\"deadLetterTargetArn\": \"a\", \"maxReceiveCount\": 3.0}, \"DelaySeconds\": 1.0}, \"Type\": \"AWS::SQS::Queue\"}")))
                .isEmpty();
    }

    @Test
    void propertiesComeInNameOrderWhateverTheTemplatesOrder() {
        List<PropertyChange> changes = DIFF.between(
                resource(
                        "AWS::SQS::Queue",
                        "{\"VisibilityTimeout\": 30, \"DelaySeconds\": 0, \"MessageRetentionPeriod\": 60}"),
                resource(
                        "AWS::SQS::Queue",
                        "{\"MessageRetentionPeriod\": 120, \"VisibilityTimeout\": 60, \"DelaySeconds\": 5}"));

        assertThat(changes)
                .extracting(PropertyChange::path)
                .containsExactly("DelaySeconds", "MessageRetentionPeriod", "VisibilityTimeout");
        assertThat(changes.get(0).property()).isEqualTo("DelaySeconds");
    }

    private static List<String> lines(List<PropertyChange> changes) {
        return changes.stream().map(DiffText::line).toList();
    }
}
