package dev.plinth.dsl.compile;

import dev.plinth.cfn.ec2.CfnLaunchTemplate;
import dev.plinth.cfn.iam.CfnInstanceProfile;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.compute.MachineImage;

/**
 * The launch template of a component's group of instances, from what lowering knows of the
 * component (its image, security group, rendered user-data); the template itself is
 * {@link Instances#launchTemplate}.
 */
public final class LaunchTemplates {
    private LaunchTemplates() {}

    /**
     * {@code hopLimit} is 1 unless something on the instance reaches the metadata service through
     * an extra network hop (a container on a bridge network).
     */
    public static CfnLaunchTemplate add(
            LoweringContext context,
            Component component,
            MachineImage image,
            String instanceType,
            int volumeSizeGib,
            CfnInstanceProfile profile,
            int hopLimit) {
        return add(context, component, image, instanceType, volumeSizeGib, profile, hopLimit, false);
    }

    /** As above; with {@code publicAddress}, each instance gets a public IPv4 address. */
    public static CfnLaunchTemplate add(
            LoweringContext context,
            Component component,
            MachineImage image,
            String instanceType,
            int volumeSizeGib,
            CfnInstanceProfile profile,
            int hopLimit,
            boolean publicAddress) {
        String name = Names.physicalName(context.platform(), component);
        return context.add(
                component,
                "LaunchTemplate",
                Instances.launchTemplate(
                        context.imageId(component, image),
                        instanceType,
                        volumeSizeGib,
                        profile.attrArn(),
                        context.securityGroup(component).attrGroupId(),
                        context.platform().userData(component).orElseThrow(),
                        name,
                        hopLimit,
                        publicAddress));
    }
}
