package dev.plinth.compiler;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.MutableGraph;
import dev.plinth.cfn.Fn;
import dev.plinth.cfn.Intrinsic;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.ParameterType;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.Values;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.spec.Shape;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.diagnostics.GraphCycles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Wires references between stacks. When a resource of stack B uses {@code Ref} or an attribute
 * of a resource of stack A, A gets an Output with the value, B a Parameter that reads it, and
 * the manifest the edge A → B; the materializer passes the output to the parameter. No
 * {@code Fn::ImportValue}, so no export can lock the producing stack.
 */
public final class CrossStackWiring implements CompilerPass<List<StackTemplate>, List<WiredStack>> {
    private final ResourceSpecification spec;

    public CrossStackWiring(ResourceSpecification spec) {
        this.spec = spec;
    }

    @Override
    public String name() {
        return "cross-stack-wiring";
    }

    /** Where a resource lives. */
    private record Home(String stack, String logicalId) {}

    /** One value a consumer reads from a producer. */
    private record Link(Resource target, Home home, Optional<String> attribute, boolean list) {

        String outputName() {
            return home.logicalId() + attribute.map(CrossStackWiring::pascal).orElse("");
        }

        /**
         * The producer's stack name, then the output's name, unless the output's name already starts
         * with it: stack {@code network}'s output {@code NetworkVpc} is read as {@code NetworkVpc}, not
         * {@code NetworkNetworkVpc}.
         */
        String parameterName() {
            String prefix = pascal(home.stack());
            return outputName().startsWith(prefix) ? outputName() : prefix + outputName();
        }

        boolean sameValue(Link other) {
            return target == other.target && attribute.equals(other.attribute);
        }

        String describe() {
            return attribute.map(a -> a + " of ").orElse("Ref of ") + home.logicalId() + " in stack " + home.stack();
        }
    }

    @Override
    public List<WiredStack> run(List<StackTemplate> stacks, Diagnostics diagnostics) {
        Map<Resource, Home> homes = new IdentityHashMap<>();
        for (StackTemplate stack : stacks) {
            stack.template()
                    .resources()
                    .forEach((id, resource) -> homes.putIfAbsent(resource, new Home(stack.name(), id)));
        }
        Map<String, Map<String, Link>> outputsByProducer = new TreeMap<>();
        Map<String, Map<String, Link>> parametersByConsumer = new LinkedHashMap<>();
        Map<String, List<Resource>> elsewhereByConsumer = new LinkedHashMap<>();
        MutableGraph<String> order =
                GraphBuilder.directed().allowsSelfLoops(true).build();
        Set<String> reported = new HashSet<>();
        for (StackTemplate stack : stacks) {
            order.addNode(stack.name());
            Template template = stack.template();
            Map<String, Link> parameters = new TreeMap<>();
            List<Resource> elsewhere = new ArrayList<>();
            Values.forEachValue(
                    template,
                    (owner, value) -> Values.forEachIntrinsic(value, fn -> {
                        Optional<Link> link = foreignLink(fn, template, homes, stack.name(), owner, diagnostics);
                        link.ifPresent(l -> {
                            Map<String, Link> outputs =
                                    outputsByProducer.computeIfAbsent(l.home().stack(), k -> new TreeMap<>());
                            Link earlierOutput = outputs.putIfAbsent(l.outputName(), l);
                            Link earlierParameter = parameters.putIfAbsent(l.parameterName(), l);
                            if (earlierOutput != null && !earlierOutput.sameValue(l)) {
                                twoValues(
                                        l.home().stack() + "/Outputs/" + l.outputName(),
                                        "output",
                                        earlierOutput,
                                        l,
                                        reported,
                                        diagnostics);
                            } else if (earlierParameter != null && !earlierParameter.sameValue(l)) {
                                twoValues(
                                        stack.name() + "/Parameters/" + l.parameterName(),
                                        "parameter",
                                        earlierParameter,
                                        l,
                                        reported,
                                        diagnostics);
                            }
                            order.putEdge(l.home().stack(), stack.name());
                        });
                    }));
            template.resources()
                    .forEach((id, resource) -> resource.dependsOn().forEach(target -> {
                        if (template.logicalIdOf(target).isEmpty() && homes.containsKey(target)) {
                            elsewhere.add(target);
                            order.putEdge(homes.get(target).stack(), stack.name());
                        }
                    }));
            parametersByConsumer.put(stack.name(), parameters);
            elsewhereByConsumer.put(stack.name(), elsewhere);
        }
        for (List<String> cycle : GraphCycles.find(order)) {
            diagnostics.report(
                    CompilerCode.STACK_CYCLE,
                    cycle.get(0),
                    "stacks use each other's resources in a circle: " + String.join(" -> ", cycle),
                    "move the resources one of them needs into the other stack, or into a stack both can read");
        }
        List<WiredStack> wired = new ArrayList<>();
        for (StackTemplate stack : stacks) {
            wired.add(wire(
                    stack,
                    outputsByProducer.getOrDefault(stack.name(), Map.of()),
                    parametersByConsumer.get(stack.name()),
                    elsewhereByConsumer.get(stack.name()),
                    order,
                    diagnostics));
        }
        return wired;
    }

    private Optional<Link> foreignLink(
            Intrinsic<?> fn,
            Template template,
            Map<Resource, Home> homes,
            String stack,
            Optional<Resource> owner,
            Diagnostics diagnostics) {
        Resource target;
        Optional<String> attribute;
        if (fn instanceof Intrinsic.Ref<?> ref && ref.target() instanceof Resource resource) {
            target = resource;
            attribute = Optional.empty();
        } else if (fn instanceof Intrinsic.GetAtt<?> getAtt) {
            target = getAtt.target();
            attribute = Optional.of(getAtt.attribute());
        } else {
            return Optional.empty();
        }
        if (template.logicalIdOf(target).isPresent()) {
            return Optional.empty();
        }
        Home home = homes.get(target);
        if (home == null) {
            String where = owner.flatMap(template::logicalIdOf)
                    .map(id -> stack + "/Resources/" + id)
                    .orElse(stack);
            diagnostics.report(
                    CompilerCode.STACK_REFERENCE_UNRESOLVED,
                    where,
                    "uses " + (attribute.isPresent() ? "the " + attribute.get() + " of " : "") + "a " + target.type()
                            + " that is in no stack of the platform",
                    "add the resource to a stack, or refer to one that is in a stack");
            return Optional.empty();
        }
        boolean list = attribute.isPresent()
                && spec.resourceType(target.type())
                        .map(t -> t.attributes().get(attribute.get()) instanceof Shape.ListShape)
                        .orElse(false);
        return Optional.of(new Link(target, home, attribute, list));
    }

    private WiredStack wire(
            StackTemplate stack,
            Map<String, Link> outputs,
            Map<String, Link> parameters,
            List<Resource> elsewhere,
            MutableGraph<String> order,
            Diagnostics diagnostics) {
        Template template = stack.template();
        Template.Builder builder = template.toBuilder();
        outputs.forEach((name, link) -> {
            if (template.outputs().containsKey(name)) {
                collision(stack.name() + "/Outputs/" + name, "output", name, diagnostics);
                return;
            }
            Value<String> value = link.attribute().isEmpty()
                    ? Fn.ref(link.target())
                    : link.list()
                            ? Fn.join(
                                    ",",
                                    Fn.getAttList(
                                            link.target(), link.attribute().get()))
                            : Fn.getAtt(link.target(), link.attribute().get());
            Output.Builder output = Output.builder(value)
                    .description(link.attribute()
                                    .map(a -> a + " of " + link.home().logicalId())
                                    .orElse("Ref of " + link.home().logicalId())
                            + ", read by other stacks of the platform");
            if (stack.exportOutputs()) {
                output.exportName(Fn.sub("${AWS::StackName}-" + name));
            }
            builder.output(name, output.build());
        });
        Map<String, ParameterSource> sources = new TreeMap<>();
        parameters.forEach((name, link) -> {
            if (template.parameters().containsKey(name) || template.resources().containsKey(name)) {
                collision(stack.name() + "/Parameters/" + name, "parameter", name, diagnostics);
                return;
            }
            Parameter<?> parameter = (link.list()
                            ? Parameter.builder(ParameterType.COMMA_DELIMITED_LIST)
                            : Parameter.string())
                    .description(link.outputName() + " of stack " + link.home().stack())
                    .build();
            builder.parameter(name, parameter).importValue(link.target(), link.attribute(), parameter);
            sources.put(name, ParameterSource.output(link.home().stack(), link.outputName()));
        });
        elsewhere.forEach(builder::elsewhere);
        TreeSet<String> upstream = new TreeSet<>(order.predecessors(stack.name()));
        upstream.remove(stack.name());
        return new WiredStack(stack.withTemplate(builder.build()), sources, upstream);
    }

    /**
     * Names are built from stack, logical id and attribute, so two values can meet under one
     * name (stacks {@code net} and {@code net-work} with resources {@code WorkVpc} and {@code Vpc});
     * keeping either would silently drop the other reference.
     */
    private static void twoValues(
            String path, String kind, Link first, Link second, Set<String> reported, Diagnostics diagnostics) {
        if (reported.add(path)) {
            diagnostics.report(
                    CompilerCode.WIRING_NAME_COLLISION,
                    path,
                    "cross-stack wiring would pass two values as the " + kind + " '"
                            + path.substring(path.lastIndexOf('/') + 1) + "': " + first.describe() + " and "
                            + second.describe(),
                    "rename one of the resources or stacks");
        }
    }

    private static void collision(String path, String kind, String name, Diagnostics diagnostics) {
        diagnostics.report(
                CompilerCode.WIRING_NAME_COLLISION,
                path,
                "cross-stack wiring adds the " + kind + " '" + name + "', which the stack already has",
                "rename the stack's own " + kind);
    }

    static String pascal(String name) {
        return LogicalIds.pascal(name);
    }
}
