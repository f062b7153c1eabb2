package dev.plinth.dsl.compile.cluster;

import dev.plinth.dsl.compile.ResolvedPlatform;
import dev.plinth.dsl.compile.Names;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.cluster.EcsCluster;

/** The names an ECS cluster and its services get in AWS, known at compile time. */
public final class EcsNames {
  private EcsNames() {}

  /** {@code <platform>-<environment>-<component>}: the cluster's name, a service's name and task family. */
  public static String physical(ResolvedPlatform platform, Component component) {
    return platform.platform() + "-" + platform.environment().name() + "-" + component.name();
  }
}
