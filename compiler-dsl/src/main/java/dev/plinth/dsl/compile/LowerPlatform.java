package dev.plinth.dsl.compile;

import dev.plinth.compiler.CompilerPass;
import dev.plinth.compiler.StackTemplate;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.dsl.Component;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Stack;
import dev.plinth.dsl.compile.ComponentLowering.Stage;
import dev.plinth.manifest.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lowering pass: turns each component into CloudFormation resources in its stack's
 * template. Networks go first (everything runs in one), then every security group (so rules
 * can point at any of them), then services others reference (bastions, databases), load
 * balancers (their target groups) and the targets behind them (fleets). Each component is
 * lowered as its kind, in the {@link KindRegistry}, says.
 */
public final class LowerPlatform implements CompilerPass<ResolvedPlatform, List<StackTemplate>> {
    private final KindRegistry kinds;

    public LowerPlatform(KindRegistry kinds) {
        this.kinds = kinds;
    }

    @Override
    public String name() {
        return "lowering";
    }

    @Override
    public List<StackTemplate> run(ResolvedPlatform platform, Diagnostics diagnostics) {
        LoweringContext context = new LoweringContext(platform);
        Map<Component, ComponentKind<?>> kindOf = new LinkedHashMap<>();
        Map<Component, ComponentLowering> lowerings = new LinkedHashMap<>();
        for (Component component : platform.components()) {
            ComponentKind<?> kind = kinds.known(component);
            kindOf.put(component, kind);
            lowerings.put(component, kind.lowering(context, component));
        }
        for (Stage stage : Stage.values()) {
            if (stage == Stage.SERVICES) {
                lowerings.forEach((component, lowering) ->
                        lowering.securityGroup().ifPresent(g -> context.securityGroup(component, g)));
            }
            lowerings.forEach((component, lowering) -> {
                if (kindOf.get(component).stage(component) == stage) {
                    lowering.lower();
                }
            });
        }
        for (LoweringContext.LogicalIdCollision collision : context.collisions()) {
            Component component = collision.component();
            Component other = collision.other();
            diagnostics.report(
                    DslCode.LOGICAL_ID_COLLISION,
                    platform.path(component),
                    "its resource " + collision.logicalId() + " in stack " + collision.stack()
                            + " has the logical id of a resource of the " + other.kind() + " '" + other.name()
                            + "', since logical ids are made from component names",
                    (component.kind().equals(other.kind())
                                    ? "rename one of the two " + component.kind() + "s"
                                    : "rename the " + component.kind() + " or the " + other.kind())
                            + ", so that neither name is the other's followed by a dash and more");
        }
        List<StackTemplate> stacks = new ArrayList<>();
        for (Stack stack : platform.stacks()) {
            Map<String, String> tags = new TreeMap<>(platform.environment().tags());
            tags.putAll(stack.tags());
            tags.put(Manifest.PLATFORM_TAG, platform.platform());
            tags.put(Manifest.ENVIRONMENT_TAG, platform.environment().name());
            tags.put(Manifest.STACK_TAG, stack.name());
            boolean protect =
                    stack.terminationProtection().orElse(platform.environment().production());
            StackTemplate built = StackTemplate.of(
                    stack.name(), context.templates().get(stack.name()).build(), tags, protect);
            built = built.withNotificationArns(platform.environment().notificationArns());
            stacks.add(stack.exportOutputs() ? built.withExportedOutputs() : built);
        }
        return stacks;
    }
}
