package dev.plinth.dsl.lower;

import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Tag;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.ec2.CfnLaunchTemplate;
import dev.plinth.cfn.iam.CfnInstanceProfile;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.compute.MachineImage;

/**
 * The launch template every group of instances gets: IMDSv2 required, an encrypted gp3 root
 * volume, detailed monitoring, Name tags, and the component's rendered user-data.
 */
final class LaunchTemplates {
  private LaunchTemplates() {}

  /**
   * {@code hopLimit} is 1 unless something on the instance reaches the metadata service through
   * an extra network hop (a container on a bridge network).
   */
  static CfnLaunchTemplate add(LoweringContext context, Component component, MachineImage image, String instanceType,
      int volumeSizeGib, CfnInstanceProfile profile, int hopLimit) {
    String name = context.platform().platform() + "-" + context.platform().environment().name() + "-" + component.name();
    return context.add(component, "LaunchTemplate", CfnLaunchTemplate.builder()
        .launchTemplateData(CfnLaunchTemplate.LaunchTemplateDataProperty.builder()
            .imageId(context.imageId(component, image))
            .instanceType(instanceType)
            .iamInstanceProfile(CfnLaunchTemplate.IamInstanceProfileProperty.builder().arn(profile.attrArn()).build())
            .securityGroupIds(context.securityGroup(component).attrGroupId())
            .metadataOptions(CfnLaunchTemplate.MetadataOptionsProperty.builder()
                .httpTokens("required").httpEndpoint("enabled").httpPutResponseHopLimit(hopLimit).build())
            .blockDeviceMappings(CfnLaunchTemplate.BlockDeviceMappingProperty.builder().deviceName("/dev/xvda")
                .ebs(CfnLaunchTemplate.EbsProperty.builder().encrypted(true).volumeType("gp3")
                    .volumeSize(volumeSizeGib).deleteOnTermination(true).build())
                .build())
            .monitoring(CfnLaunchTemplate.MonitoringProperty.builder().enabled(true).build())
            .tagSpecifications(tags("instance", name), tags("volume", name))
            .userData(Fn.base64(Value.of(context.platform().userData(component).orElseThrow())))
            .build())
        .build());
  }

  private static CfnLaunchTemplate.TagSpecificationProperty tags(String resourceType, String name) {
    return CfnLaunchTemplate.TagSpecificationProperty.builder().resourceType(resourceType).tags(Tag.of("Name", name)).build();
  }
}
