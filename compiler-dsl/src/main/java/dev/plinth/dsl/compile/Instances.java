package dev.plinth.dsl.compile;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.autoscaling.CfnAutoScalingGroup;
import dev.plinth.cfn.ec2.CfnInstance;
import dev.plinth.cfn.ec2.CfnLaunchTemplate;
import dev.plinth.cfn.ec2.CfnSubnet;
import dev.plinth.cfn.iam.CfnInstanceProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every hardened instance the DSL launches shares: IMDSv2 required, an encrypted gp3 root
 * volume, detailed monitoring, Name tags, the rendered user-data; and for groups of them, the
 * creation policy that waits for cfn-signal and the rolling update that waits for it too.
 */
public final class Instances {
    private Instances() {}

    /**
     * The launch template of a group's instances. {@code hopLimit} is 1 unless something on the
     * instance reaches the metadata service through an extra network hop (a container on a
     * bridge network).
     */
    public static CfnLaunchTemplate launchTemplate(
            Value<String> imageId,
            String instanceType,
            int volumeSizeGib,
            Value<String> profileArn,
            Value<String> securityGroupId,
            String userData,
            String name,
            int hopLimit) {
        return launchTemplate(
                imageId, instanceType, volumeSizeGib, profileArn, securityGroupId, userData, name, hopLimit, false);
    }

    /**
     * As above; with {@code publicAddress}, the instances' primary network interface (device 0)
     * gets a public IPv4 address and carries the security group, since EC2 refuses security
     * group IDs at the top of launch template data together with network interfaces.
     */
    public static CfnLaunchTemplate launchTemplate(
            Value<String> imageId,
            String instanceType,
            int volumeSizeGib,
            Value<String> profileArn,
            Value<String> securityGroupId,
            String userData,
            String name,
            int hopLimit,
            boolean publicAddress) {
        CfnLaunchTemplate.LaunchTemplateDataProperty.Builder data =
                CfnLaunchTemplate.LaunchTemplateDataProperty.builder()
                        .imageId(imageId)
                        .instanceType(instanceType)
                        .iamInstanceProfile(CfnLaunchTemplate.IamInstanceProfileProperty.builder()
                                .arn(profileArn)
                                .build());
        if (publicAddress) {
            data.networkInterfaces(CfnLaunchTemplate.NetworkInterfaceProperty.builder()
                    .deviceIndex(0)
                    .associatePublicIpAddress(true)
                    .groups(List.of(securityGroupId))
                    .deleteOnTermination(true)
                    .build());
        } else {
            data.securityGroupIds(securityGroupId);
        }
        return CfnLaunchTemplate.builder()
                .launchTemplateData(data.metadataOptions(CfnLaunchTemplate.MetadataOptionsProperty.builder()
                                .httpTokens("required")
                                .httpEndpoint("enabled")
                                .httpPutResponseHopLimit(hopLimit)
                                .build())
                        .blockDeviceMappings(CfnLaunchTemplate.BlockDeviceMappingProperty.builder()
                                .deviceName("/dev/xvda")
                                .ebs(CfnLaunchTemplate.EbsProperty.builder()
                                        .encrypted(true)
                                        .volumeType("gp3")
                                        .volumeSize(volumeSizeGib)
                                        .deleteOnTermination(true)
                                        .build())
                                .build())
                        .monitoring(CfnLaunchTemplate.MonitoringProperty.builder()
                                .enabled(true)
                                .build())
                        .tagSpecifications(tags("instance", name), tags("volume", name))
                        .userData(Fn.base64(Value.of(userData)))
                        .build())
                .build();
    }

    /** Waits for every one of the group's first instances to signal. */
    /** An auto scaling group of {@code min} to {@code max} instances of the launch template's latest version, over the subnets. */
    public static CfnAutoScalingGroup.Builder group(
            int min, int max, List<Value<String>> subnets, CfnLaunchTemplate launchTemplate) {
        return CfnAutoScalingGroup.builder()
                .minSize(Integer.toString(min))
                .maxSize(Integer.toString(max))
                .vpcZoneIdentifier(subnets)
                .launchTemplate(CfnAutoScalingGroup.LaunchTemplateSpecificationProperty.builder()
                        .launchTemplateId(launchTemplate.ref())
                        .version(launchTemplate.attrLatestVersionNumber())
                        .build());
    }

    /**
     * A single instance as every one Plinth launches: IMDSv2 required, an encrypted gp3 root
     * volume deleted with the instance. The caller adds its user-data, tags and creation policy.
     */
    public static CfnInstance.Builder instance(
            Value<String> image,
            String type,
            CfnSubnet subnet,
            Value<String> securityGroupId,
            CfnInstanceProfile profile,
            int volumeSizeGib) {
        return CfnInstance.builder()
                .imageId(image)
                .instanceType(type)
                .subnetId(subnet.ref())
                .securityGroupIds(securityGroupId)
                .iamInstanceProfile(profile.ref())
                .metadataOptions(CfnInstance.MetadataOptionsProperty.builder()
                        .httpTokens("required")
                        .httpEndpoint("enabled")
                        .httpPutResponseHopLimit(1)
                        .build())
                .blockDeviceMappings(CfnInstance.BlockDeviceMappingProperty.builder()
                        .deviceName("/dev/xvda")
                        .ebs(CfnInstance.EbsProperty.builder()
                                .encrypted(true)
                                .volumeType("gp3")
                                .volumeSize(volumeSizeGib)
                                .deleteOnTermination(true)
                                .build())
                        .build());
    }

    public static Value<?> groupCreationPolicy(int desired, String signalTimeout) {
        return Value.json(Map.of(
                "AutoScalingCreationPolicy", Map.of("MinSuccessfulInstancesPercent", 100),
                "ResourceSignal", Map.of("Count", desired, "Timeout", signalTimeout)));
    }

    /** Replaces {@code maxBatchSize} instances at a time, each batch waiting for its signals. */
    public static Value<?> rollingUpdate(int maxBatchSize, int minSize, int maxSize, String signalTimeout) {
        return rollingUpdate(maxBatchSize, minSize, maxSize, signalTimeout, true);
    }

    /** As above; a group that may start empty cannot wait for signals its instances never send. */
    public static Value<?> rollingUpdate(
            int maxBatchSize, int minSize, int maxSize, String signalTimeout, boolean waitOnSignals) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("MaxBatchSize", maxBatchSize);
        update.put("MinInstancesInService", Math.max(0, Math.min(minSize, maxSize - 1)));
        update.put("PauseTime", signalTimeout);
        update.put(
                "SuspendProcesses",
                List.of("HealthCheck", "ReplaceUnhealthy", "AZRebalance", "AlarmNotification", "ScheduledActions"));
        update.put("WaitOnResourceSignals", waitOnSignals);
        return Value.json(Map.of("AutoScalingRollingUpdate", update));
    }

    private static CfnLaunchTemplate.TagSpecificationProperty tags(String resourceType, String name) {
        return CfnLaunchTemplate.TagSpecificationProperty.builder()
                .resourceType(resourceType)
                .tags(Tag.of("Name", name))
                .build();
    }
}
