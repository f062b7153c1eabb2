package dev.plinth.dsl.compile.data;

import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnSecurityGroup;
import dev.plinth.cfn.logs.CfnLogGroup;
import dev.plinth.cfn.msk.CfnCluster;
import dev.plinth.dsl.compile.LoweringContext;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.data.Kafka;
import java.util.List;
import java.util.Map;

/**
 * A Kafka cluster becomes a log group for its broker logs and an MSK cluster over the first two
 * or three subnets of its tier: TLS only between clients and brokers and between brokers,
 * storage encrypted with the AWS managed key unless one is given, IAM client authentication (no
 * unauthenticated access), and its security group open on 9098 to the components allowed in.
 */
final class KafkaLowering {
    private final LoweringContext context;
    private final Kafka kafka;

    KafkaLowering(LoweringContext context, Kafka kafka) {
        this.context = context;
        this.kafka = kafka;
    }

    CfnSecurityGroup securityGroup() {
        return DataServices.securityGroup(context, kafka, kafka.network(), Kafka.PORT_IAM);
    }

    void lower() {
        DataServices.allowFrom(context, kafka, Kafka.PORT_IAM, kafka.allowFrom());
        String name = Names.physicalName(context.platform(), kafka);
        List<Value<String>> subnets = DataServices.subnets(context, kafka.network(), kafka.tier());
        subnets = subnets.subList(0, Math.min(subnets.size(), Kafka.MAX_ZONES));
        CfnLogGroup logs = context.add(
                kafka,
                "LogGroup",
                CfnLogGroup.builder()
                        .logGroupName(Names.logGroup(context.platform(), kafka))
                        .retentionInDays(kafka.logRetentionDays())
                        .build());
        CfnCluster.EncryptionInfoProperty.Builder encryption = CfnCluster.EncryptionInfoProperty.builder()
                .encryptionInTransit(CfnCluster.EncryptionInTransitProperty.builder()
                        .clientBroker("TLS")
                        .inCluster(true)
                        .build());
        kafka.kmsKeyArn()
                .ifPresent(key -> encryption.encryptionAtRest(CfnCluster.EncryptionAtRestProperty.builder()
                        .dataVolumeKMSKeyId(key)
                        .build()));
        context.add(
                kafka,
                "Cluster",
                CfnCluster.builder()
                        .clusterName(name)
                        .kafkaVersion(kafka.kafkaVersion())
                        .numberOfBrokerNodes(kafka.brokers().orElse(subnets.size()))
                        .brokerNodeGroupInfo(CfnCluster.BrokerNodeGroupInfoProperty.builder()
                                .instanceType(kafka.brokerType())
                                .clientSubnets(subnets)
                                .securityGroups(context.securityGroup(kafka).attrGroupId())
                                .storageInfo(CfnCluster.StorageInfoProperty.builder()
                                        .ebsStorageInfo(CfnCluster.EBSStorageInfoProperty.builder()
                                                .volumeSize(kafka.storageGib())
                                                .build())
                                        .build())
                                .build())
                        .encryptionInfo(encryption.build())
                        .clientAuthentication(CfnCluster.ClientAuthenticationProperty.builder()
                                .sasl(CfnCluster.SaslProperty.builder()
                                        .iam(CfnCluster.IamProperty.builder()
                                                .enabled(true)
                                                .build())
                                        .build())
                                .unauthenticated(CfnCluster.UnauthenticatedProperty.builder()
                                        .enabled(false)
                                        .build())
                                .build())
                        .enhancedMonitoring(kafka.monitoring().name())
                        .loggingInfo(CfnCluster.LoggingInfoProperty.builder()
                                .brokerLogs(CfnCluster.BrokerLogsProperty.builder()
                                        .cloudWatchLogs(CfnCluster.CloudWatchLogsProperty.builder()
                                                .enabled(true)
                                                .logGroup(logs.ref())
                                                .build())
                                        .build())
                                .build())
                        .tags(Map.of("Name", name))
                        .build());
    }
}
