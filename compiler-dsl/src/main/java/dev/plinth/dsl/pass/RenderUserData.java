package dev.plinth.dsl.pass;

import dev.plinth.compiler.CompilerCode;
import dev.plinth.compiler.CompilerPass;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.cluster.EcsCluster;
import dev.plinth.dsl.cluster.MesosCluster;
import dev.plinth.dsl.compute.Artifact;
import dev.plinth.dsl.compute.Bastion;
import dev.plinth.dsl.compute.Fleet;
import dev.plinth.templates.BastionModel;
import dev.plinth.templates.EcsInstanceModel;
import dev.plinth.templates.RuntimeBootstrapModel;
import dev.plinth.templates.UserDataLimits;
import dev.plinth.templates.UserDataModel;
import dev.plinth.templates.UserDataRenderer;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The user-data pass: renders each fleet's runtime bootstrap and each bastion's script from
 * their typed models. Scripts hold concrete values only (region, stack name, log group, the
 * logical id to signal are all known at compile time), so the file written to
 * {@code userdata/} is exactly what the instance runs, and shellcheck can read it. This is why
 * the pass runs before lowering, which embeds the scripts, rather than after wiring.
 */
public final class RenderUserData implements CompilerPass<ResolvedPlatform, ResolvedPlatform> {
  private final UserDataRenderer renderer = new UserDataRenderer();

  @Override
  public String name() {
    return "user-data";
  }

  @Override
  public ResolvedPlatform run(ResolvedPlatform platform, Diagnostics out) {
    Map<Component, String> scripts = new IdentityHashMap<>();
    Map<Component, Map<String, String>> roleScripts = new IdentityHashMap<>();
    for (Component component : platform.components()) {
      String stack = platform.stackOf(component).orElseThrow();
      try {
        if (component instanceof Fleet) {
          scripts.put(component, render(platform, component, fleet(platform, (Fleet) component, stack), out));
        } else if (component instanceof Bastion) {
          scripts.put(component, render(platform, component, bastion(platform, (Bastion) component, stack), out));
        } else if (component instanceof EcsCluster) {
          scripts.put(component, render(platform, component, ecsInstance(platform, (EcsCluster) component, stack), out));
        } else if (component instanceof MesosCluster) {
          Map<String, String> byRole = roleScripts.computeIfAbsent(component, c -> new java.util.TreeMap<>());
          MesosUserData.models(platform, (MesosCluster) component, stack).forEach((role, model) -> byRole.put(role, render(platform, component, model, out)));
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        out.report(DslCode.INVALID_ARTIFACT, platform.path(component), "its user-data cannot be rendered: " + e.getMessage(),
            "fix the value named");
      }
    }
    return platform.withUserData(scripts, roleScripts);
  }

  private String render(ResolvedPlatform platform, Component component, UserDataModel model, Diagnostics out) {
    String script = renderer.render(model);
    int bytes = UserDataLimits.utf8Size(script);
    if (bytes > UserDataLimits.MAX_BYTES) {
      out.report(CompilerCode.USER_DATA_TOO_LARGE, platform.path(component) + "/userData",
          "the rendered user-data is " + bytes + " bytes, over EC2's limit of " + UserDataLimits.MAX_BYTES,
          "move configuration out of user-data (into the artifact, or SSM parameters it reads at boot)");
    }
    return script;
  }

  private static RuntimeBootstrapModel fleet(ResolvedPlatform platform, Fleet fleet, String stack) {
    Artifact artifact = fleet.artifact();
    RuntimeBootstrapModel.Builder model = RuntimeBootstrapModel.builder()
        .serviceName(fleet.name())
        .region(platform.environment().region())
        .artifactBucket(artifact.bucket())
        .artifactKey(artifact.key())
        .artifactSha256(artifact.sha256().orElseThrow())
        .runCommand(artifact.command(), artifact.args())
        .environment(artifact.environment())
        .logGroupName(Names.logGroup(platform, fleet))
        .cfnSignal(Names.stackName(platform, stack), Names.fleetGroupId(fleet));
    artifact.port().ifPresent(model::servicePort);
    artifact.healthCheckPath().ifPresent(model::healthCheckPath);
    return model.build();
  }

  private static EcsInstanceModel ecsInstance(ResolvedPlatform platform, EcsCluster cluster, String stack) {
    return EcsInstanceModel.builder()
        .clusterName(EcsNames.physical(platform, cluster))
        .region(platform.environment().region())
        .containerStopTimeoutSeconds(cluster.containerStopTimeoutSeconds())
        .cfnSignal(Names.stackName(platform, stack), EcsNames.groupId(cluster))
        .build();
  }

  private static BastionModel bastion(ResolvedPlatform platform, Bastion bastion, String stack) {
    return BastionModel.builder()
        .name(bastion.name())
        .region(platform.environment().region())
        .logGroupName(Names.logGroup(platform, bastion))
        .ssmEnabled(bastion.sessionManager())
        .cfnSignal(Names.stackName(platform, stack), Names.bastionInstanceId(bastion))
        .build();
  }
}
