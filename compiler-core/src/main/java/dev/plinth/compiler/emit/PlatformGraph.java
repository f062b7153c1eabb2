package dev.plinth.compiler.emit;

import dev.plinth.cfn.Computed;
import dev.plinth.cfn.Intrinsic;
import dev.plinth.cfn.Pseudo;
import dev.plinth.cfn.Resource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Values;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack and resource graph, sorted so that both renderings are deterministic. Every edge
 * points the way deployment goes: from what is created first to what uses it.
 */
final class PlatformGraph {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    /** An edge {@code from → to}, ordered by from then to. */
    record Edge(String from, String to) implements Comparable<Edge> {
        @Override
        public int compareTo(Edge other) {
            int byFrom = from.compareTo(other.from);
            return byFrom != 0 ? byFrom : to.compareTo(other.to);
        }
    }

    /** One stack: its resources (logical id → type) and the edges between them. */
    record StackNode(String name, SortedMap<String, String> resources, SortedSet<Edge> edges) {}

    private final String title;
    private final List<StackNode> stacks;
    private final SortedSet<Edge> stackEdges;

    private PlatformGraph(String title, List<StackNode> stacks, SortedSet<Edge> stackEdges) {
        this.title = title;
        this.stacks = stacks;
        this.stackEdges = stackEdges;
    }

    static PlatformGraph of(CompiledPlatform platform) {
        SortedMap<String, StackNode> stacks = new TreeMap<>();
        SortedSet<Edge> stackEdges = new TreeSet<>();
        for (WiredStack stack : platform.stacks()) {
            Template template = stack.stack().template();
            SortedMap<String, String> resources = new TreeMap<>();
            template.resources().forEach((id, resource) -> resources.put(id, resource.type()));
            stacks.put(stack.name(), new StackNode(stack.name(), resources, resourceEdges(template)));
            stack.dependsOn().forEach(upstream -> stackEdges.add(new Edge(upstream, stack.name())));
        }
        return new PlatformGraph(
                platform.platform() + "-" + platform.environment(), new ArrayList<>(stacks.values()), stackEdges);
    }

    /** {@code <platform>-<environment>}. */
    String title() {
        return title;
    }

    List<StackNode> stacks() {
        return stacks;
    }

    SortedSet<Edge> stackEdges() {
        return stackEdges;
    }

    private static SortedSet<Edge> resourceEdges(Template template) {
        SortedSet<Edge> edges = new TreeSet<>();
        Values.forEachValue(
                template,
                (owner, value) -> owner.flatMap(template::logicalIdOf)
                        .ifPresent(user -> Values.forEachIntrinsic(
                                value,
                                fn -> targets(fn, template).forEach(target -> {
                                    if (!target.equals(user)) {
                                        edges.add(new Edge(target, user));
                                    }
                                }))));
        template.resources()
                .forEach((user, resource) -> resource.dependsOn()
                        .forEach(target -> template.logicalIdOf(target)
                                .filter(t -> !t.equals(user))
                                .ifPresent(t -> edges.add(new Edge(t, user)))));
        return edges;
    }

    /** The logical ids of resources of this template that one intrinsic reads. */
    private static List<String> targets(Intrinsic<?> fn, Template template) {
        List<String> ids = new ArrayList<>();
        if (fn instanceof Intrinsic.Ref<?> ref && ref.target() instanceof Resource resource) {
            template.logicalIdOf(resource).ifPresent(ids::add);
        } else if (fn instanceof Intrinsic.GetAtt<?> getAtt) {
            template.logicalIdOf(getAtt.target()).ifPresent(ids::add);
        } else if (fn instanceof Computed.Sub sub) {
            Map<String, Resource> resources = template.resources();
            Matcher matcher = PLACEHOLDER.matcher(sub.template());
            while (matcher.find()) {
                placeholderResource(matcher.group(1).trim(), sub, resources).ifPresent(ids::add);
            }
        }
        return ids;
    }

    private static Optional<String> placeholderResource(
            String name, Computed.Sub sub, Map<String, Resource> resources) {
        if (name.startsWith("!") || sub.variables().containsKey(name) || Pseudo.isPseudoParameter(name)) {
            return Optional.empty();
        }
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        return resources.containsKey(head) ? Optional.of(head) : Optional.empty();
    }
}
