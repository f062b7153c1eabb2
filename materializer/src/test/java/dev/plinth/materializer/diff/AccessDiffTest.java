package dev.plinth.materializer.diff;

import static dev.plinth.materializer.diff.Trees.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessDiffTest {

    @Test
    void anIamPolicyAddingEveryS3ActionOnEveryResourceWidensWithAWildcard() {
        List<AccessChange> changes = AccessDiff.between(
                "AppPolicy",
                policy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::data/*\"}"),
                policy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::data/*\"},"
                        + " {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}"));

        assertThat(changes)
                .containsExactly(new AccessChange(
                        "AppPolicy", AccessChange.Kind.IAM, true, true, "+ Allow s3:* on * (wildcard)"));
    }

    @Test
    void narrowingAStatementRemovesTheOldAndAddsACoveredOneThatDoesNotWiden() {
        List<AccessChange> changes = AccessDiff.between(
                "AppPolicy",
                policy("{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::data/*\"}"),
                policy(
                        "{\"Effect\": \"Allow\", \"Action\": [\"s3:PutObject\", \"s3:GetObject\"], \"Resource\": \"arn:aws:s3:::data/reports/*\"}"));

        assertThat(changes)
                .containsExactly(
                        new AccessChange(
                                "AppPolicy",
                                AccessChange.Kind.IAM,
                                false,
                                true,
                                "- Allow s3:* on arn:aws:s3:::data/* (wildcard)"),
                        new AccessChange(
                                "AppPolicy",
                                AccessChange.Kind.IAM,
                                false,
                                false,
                                "+ Allow s3:GetObject, s3:PutObject on arn:aws:s3:::data/reports/*"));
    }

    @Test
    void aRenamedReorderedOrDuplicatedStatementGrantsNothingNew() {
        assertThat(
                        AccessDiff.between(
                                "AppPolicy",
                                policy(
                                        "{\"Sid\": \"A\", \"Effect\": \"Allow\", \"Action\": [\"sqs:SendMessage\", \"sqs:GetQueueUrl\"], \"Resource\": \"*\"}"),
                                policy(
                                        "{\"Sid\": \"B\", \"Effect\": \"Allow\", \"Resource\": [\"*\"], \"Action\": [\"sqs:GetQueueUrl\", \"sqs:SendMessage\"]},"
                                                + " {\"Effect\": \"Allow\", \"Action\": [\"sqs:SendMessage\", \"sqs:GetQueueUrl\"], \"Resource\": \"*\"}")))
                .isEmpty();
    }

    @Test
    void aRemovedDenyWidensAndAnAddedDenyDoesNot() {
        List<AccessChange> changes = AccessDiff.between(
                "Bucket",
                bucketPolicy(
                        "{\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::site/*\", \"Principal\": \"*\","
                                + " \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"false\"}}}"),
                bucketPolicy(
                        "{\"Effect\": \"Deny\", \"Action\": \"s3:DeleteObject\", \"Resource\": \"arn:aws:s3:::site/*\", \"Principal\": {\"AWS\": \"*\"}}"));

        assertThat(changes)
                .extracting(AccessChange::widens, AccessChange::description)
                .containsExactly(
                        tuple(
                                true,
                                "- Deny s3:* on arn:aws:s3:::site/* by * when {\"Bool\":{\"aws:SecureTransport\":\"false\"}} (wildcard)"),
                        tuple(false, "+ Deny s3:DeleteObject on arn:aws:s3:::site/* by * (wildcard)"));
    }

    @Test
    void aBucketPolicyOpenToEveryPrincipalIsAWildcard() {
        List<AccessChange> changes = AccessDiff.between(
                "SitePolicy",
                null,
                bucketPolicy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\","
                        + " \"Resource\": {\"Fn::Sub\": \"${Site.Arn}/*\"}, \"Principal\": \"*\"}"));

        assertThat(changes)
                .containsExactly(new AccessChange(
                        "SitePolicy",
                        AccessChange.Kind.IAM,
                        true,
                        true,
                        "+ Allow s3:GetObject on !Sub ${Site.Arn}/* by * (wildcard)"));
    }

    @Test
    void aRolesTrustInlineAndManagedPoliciesAreEachCompared() {
        JsonNode before = resource("AWS::IAM::Role", """
        {"AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
           "Principal": {"Service": "ec2.amazonaws.com"}}]},
         "Policies": [{"PolicyName": "logs", "PolicyDocument": {"Statement": [
           {"Effect": "Allow", "Action": "logs:PutLogEvents", "Resource": "*"}]}}],
         "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]}""");
        JsonNode after = resource("AWS::IAM::Role", """
        {"AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
           "Principal": {"Service": ["ec2.amazonaws.com"], "AWS": "arn:aws:iam::111122223333:root"}}]},
         "Policies": [{"PolicyName": "logs", "PolicyDocument": {"Statement": [
           {"Effect": "Allow", "Action": "logs:PutLogEvents", "Resource": "*"}]}},
           {"PolicyName": "queue", "PolicyDocument": {"Statement": [
           {"Effect": "Allow", "Action": "sqs:ReceiveMessage", "Resource": {"Fn::GetAtt": ["Jobs", "Arn"]}}]}}],
         "ManagedPolicyArns": ["arn:aws:iam::aws:policy/AdministratorAccess"]}""");

        List<AccessChange> changes = AccessDiff.between("AppRole", before, after);

        assertThat(changes)
                .extracting(AccessChange::description)
                .containsExactly(
                        "- Allow sts:AssumeRole by Service:ec2.amazonaws.com in trust policy",
                        "+ Allow sts:AssumeRole by AWS:arn:aws:iam::111122223333:root, Service:ec2.amazonaws.com in trust policy",
                        "+ Allow sqs:ReceiveMessage on !GetAtt Jobs.Arn in policy queue",
                        "- managed policy arn:aws:iam::aws:policy/ReadOnlyAccess",
                        "+ managed policy arn:aws:iam::aws:policy/AdministratorAccess (administrator)");
        assertThat(changes).extracting(AccessChange::widens).containsExactly(false, true, true, false, true);
        assertThat(changes).extracting(AccessChange::broad).containsExactly(false, false, false, false, true);
    }

    @Test
    void aPolicyAttachedToAnotherRoleWidens() {
        List<AccessChange> changes = AccessDiff.between(
                "Shared",
                resource(
                        "AWS::IAM::ManagedPolicy",
                        "{\"PolicyDocument\": {\"Statement\": []}, \"Roles\": [{\"Ref\": \"AppRole\"}]}"),
                resource(
                        "AWS::IAM::ManagedPolicy",
                        "{\"PolicyDocument\": {\"Statement\": []}, \"Roles\": [{\"Ref\": \"AppRole\"}, {\"Ref\": \"BatchRole\"}]}"));

        assertThat(changes)
                .containsExactly(new AccessChange(
                        "Shared", AccessChange.Kind.IAM, true, false, "+ attached to role !Ref BatchRole"));
    }

    @Test
    void aKeyPolicyWrittenAsTextIsReadAsADocument() {
        List<AccessChange> changes = AccessDiff.between(
                "Key",
                resource(
                        "AWS::KMS::Key",
                        "{\"KeyPolicy\": \"{\\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\", \\\"Action\\\": \\\"kms:Decrypt\\\","
                                + " \\\"Resource\\\": \\\"*\\\", \\\"Principal\\\": {\\\"AWS\\\": \\\"arn:aws:iam::111122223333:root\\\"}}]}\"}"),
                resource(
                        "AWS::KMS::Key",
                        "{\"KeyPolicy\": {\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"kms:*\","
                                + " \"Resource\": \"*\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"}}]}}"));

        assertThat(changes)
                .extracting(AccessChange::widens, AccessChange::description)
                .containsExactly(
                        tuple(false, "- Allow kms:Decrypt on * by AWS:arn:aws:iam::111122223333:root (wildcard)"),
                        tuple(true, "+ Allow kms:* on * by AWS:arn:aws:iam::111122223333:root (wildcard)"));
    }

    @Test
    void aDocumentThatCannotBeReadBeforeApplyCountsAsWidening() {
        List<AccessChange> changes = AccessDiff.between(
                "AppPolicy",
                policy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}"),
                resource(
                        "AWS::IAM::Policy",
                        "{\"PolicyName\": \"app\", \"PolicyDocument\": {\"Fn::If\": [\"Prod\", {\"Statement\": []}, {\"Ref\": \"AWS::NoValue\"}]}}"));

        assertThat(changes)
                .containsExactly(
                        new AccessChange(
                                "AppPolicy",
                                AccessChange.Kind.IAM,
                                true,
                                false,
                                "~ policy cannot be read before apply: !If [\"Prod\",{\"Statement\":[]},{\"Ref\":\"AWS::NoValue\"}]"));
    }

    @Test
    void aSecurityGroupRuleOpeningSshToTheWorldIsAWorldOpenAdminPort() {
        List<AccessChange> changes = AccessDiff.between(
                "WebSg",
                group("{\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443, \"CidrIp\": \"0.0.0.0/0\"}"),
                group(
                        "{\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443, \"CidrIp\": \"0.0.0.0/0\"},"
                                + " {\"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22, \"CidrIp\": \"0.0.0.0/0\", \"Description\": \"ops\"}"));

        assertThat(changes)
                .containsExactly(new AccessChange(
                        "WebSg",
                        AccessChange.Kind.INGRESS,
                        true,
                        true,
                        "+ ingress tcp 22 from 0.0.0.0/0 (world-open admin port)"));
    }

    @Test
    void ingressRulesAreNamedByProtocolPortsAndSourceAndFlaggedWhenWorldOpen() {
        List<AccessChange> changes = AccessDiff.between("AppSg", group(""), group("""
        {"IpProtocol": "-1", "CidrIpv6": "::/0"},
        {"IpProtocol": "6", "FromPort": "8000", "ToPort": "8999", "SourceSecurityGroupId": {"Fn::GetAtt": ["LbSg", "GroupId"]}},
        {"IpProtocol": "udp", "FromPort": 53, "ToPort": 53, "SourcePrefixListId": "pl-0abc"},
        {"IpProtocol": "icmp", "FromPort": 8, "ToPort": -1, "CidrIp": "10.0.0.0/8"},
        {"IpProtocol": "tcp", "FromPort": 0, "ToPort": 65535, "CidrIp": "::/0"}"""));

        assertThat(changes)
                .extracting(AccessChange::description)
                .containsExactly(
                        "+ ingress all traffic from ::/0 (world-open admin port)",
                        "+ ingress tcp 8000-8999 from group !GetAtt LbSg.GroupId",
                        "+ ingress udp 53 from prefix list pl-0abc",
                        "+ ingress icmp type 8 from 10.0.0.0/8",
                        "+ ingress tcp all ports from ::/0 (world-open admin port)");
    }

    @Test
    void aRuleInsideAnOldOnesPortsAndCidrDoesNotWidenAndADescriptionChangeIsNoChange() {
        List<AccessChange> changes = AccessDiff.between(
                "DbSg",
                group(
                        "{\"IpProtocol\": \"tcp\", \"FromPort\": 5000, \"ToPort\": 6000, \"CidrIp\": \"10.0.0.0/8\", \"Description\": \"old\"},"
                                + " {\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443, \"CidrIp\": \"10.0.0.0/16\"}"),
                group(
                        "{\"IpProtocol\": \"tcp\", \"FromPort\": 5432, \"ToPort\": 5432, \"CidrIp\": \"10.1.0.0/16\"},"
                                + " {\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443, \"CidrIp\": \"10.0.0.0/16\", \"Description\": \"new\"},"
                                + " {\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443, \"CidrIp\": \"10.2.0.0/16\"}"));

        assertThat(changes)
                .extracting(AccessChange::widens, AccessChange::description)
                .containsExactly(
                        tuple(false, "- ingress tcp 5000-6000 from 10.0.0.0/8"),
                        tuple(false, "+ ingress tcp 5432 from 10.1.0.0/16"),
                        tuple(true, "+ ingress tcp 443 from 10.2.0.0/16"));
    }

    @Test
    void aStandaloneIngressRuleNamesItsGroupAndIsAddedWithItsResource() {
        JsonNode rule = resource(
                "AWS::EC2::SecurityGroupIngress",
                "{\"GroupId\": {\"Ref\": \"DbSg\"}, \"IpProtocol\": \"tcp\","
                        + " \"FromPort\": 3389, \"ToPort\": 3389, \"CidrIp\": \"0.0.0.0/0\"}");

        assertThat(AccessDiff.between("Rdp", null, rule))
                .containsExactly(new AccessChange(
                        "Rdp",
                        AccessChange.Kind.INGRESS,
                        true,
                        true,
                        "+ ingress tcp 3389 from 0.0.0.0/0 to !Ref DbSg (world-open admin port)"));
        assertThat(AccessDiff.between("Rdp", rule, null))
                .containsExactly(new AccessChange(
                        "Rdp",
                        AccessChange.Kind.INGRESS,
                        false,
                        true,
                        "- ingress tcp 3389 from 0.0.0.0/0 to !Ref DbSg (world-open admin port)"));
    }

    @Test
    void onlyIamAndSecurityGroupTypesAreRead() {
        assertThat(AccessDiff.analyzes("AWS::IAM::Role")).isTrue();
        assertThat(AccessDiff.analyzes("AWS::SQS::QueuePolicy")).isTrue();
        assertThat(AccessDiff.analyzes("AWS::EC2::SecurityGroupIngress")).isTrue();
        assertThat(AccessDiff.analyzes("AWS::Lambda::Permission")).isFalse();
        assertThat(AccessDiff.between(
                        "Queue",
                        resource("AWS::SQS::Queue", "{}"),
                        resource("AWS::SQS::Queue", "{\"DelaySeconds\": 5}")))
                .isEmpty();
    }

    private static JsonNode policy(String statements) {
        return resource(
                "AWS::IAM::Policy",
                "{\"PolicyName\": \"app\", \"PolicyDocument\": {\"Version\": \"2012-10-17\"," + " \"Statement\": ["
                        + statements + "]}}");
    }

    private static JsonNode bucketPolicy(String statements) {
        return resource(
                "AWS::S3::BucketPolicy",
                "{\"Bucket\": {\"Ref\": \"Site\"}, \"PolicyDocument\": {\"Statement\": [" + statements + "]}}");
    }

    private static JsonNode group(String rules) {
        return resource(
                "AWS::EC2::SecurityGroup", "{\"GroupDescription\": \"g\", \"SecurityGroupIngress\": [" + rules + "]}");
    }
}
