package dev.plinth.dsl.pass;

import dev.plinth.manifest.Manifest;

/** Names derived from DSL names: logical-id parts and zone suffixes. */
public final class Names {
  private Names() {}

  /** {@code app-tier} → {@code AppTier}. */
  public static String pascal(String name) {
    return dev.plinth.compiler.LogicalIds.pascal(name);
  }


  /** The zone's letter: {@code eu-west-1a} → {@code a}; anything after the region's number for other zones. */
  public static String zoneSuffix(String zone) {
    int i = zone.length();
    while (i > 0 && Character.isLetter(zone.charAt(i - 1))) {
      i--;
    }
    String suffix = zone.substring(i);
    return suffix.isEmpty() ? zone.replaceAll("[^A-Za-z0-9]", "") : suffix;
  }

  /** The CloudFormation stack name: {@code <platform>-<environment>-<stack>}. */
  public static String stackName(ResolvedPlatform platform, String stack) {
    return Manifest.stackName(platform.platform(), platform.environment().name(), stack);
  }

  /** A component's log group: {@code /plinth/<platform>/<environment>/<component>}. */
  public static String logGroup(ResolvedPlatform platform, dev.plinth.dsl.Component component) {
    return "/plinth/" + platform.platform() + "/" + platform.environment().name() + "/" + component.name();
  }

  /** The logical id of a fleet's auto scaling group, which its instances signal. */
  public static String fleetGroupId(dev.plinth.dsl.compute.Fleet fleet) {
    return pascal(fleet.name()) + "Group";
  }

  /** The logical id of a bastion's instance, which signals when it has booted. */
  public static String bastionInstanceId(dev.plinth.dsl.compute.Bastion bastion) {
    return pascal(bastion.name()) + "Instance";
  }
}
