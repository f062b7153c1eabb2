package dev.plinth.compiler.emit;

import java.util.Locale;

/**
 * Renders the platform graph as Mermaid ({@code graph.mmd}, shown inline by GitHub in a pull
 * request) and as Graphviz ({@code graph.dot}, for large platforms). Node ids are
 * {@code <stack>__<LogicalId>} with the stack's hyphens as underscores; stack names have no
 * underscores and logical ids are alphanumeric, so no two nodes share an id and no node id is
 * a keyword of either language.
 */
final class GraphWriter {
    private GraphWriter() {}

    static String mermaid(PlatformGraph graph) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (PlatformGraph.StackNode stack : graph.stacks()) {
            out.append("  subgraph ")
                    .append(stackId(stack.name()))
                    .append("[\"")
                    .append(stack.name())
                    .append("\"]\n");
            stack.resources()
                    .forEach((id, type) -> out.append("    ")
                            .append(nodeId(stack.name(), id))
                            .append("[\"")
                            .append(id)
                            .append("<br/>")
                            .append(mermaidText(type))
                            .append("\"]\n"));
            stack.edges()
                    .forEach(e -> out.append("    ")
                            .append(nodeId(stack.name(), e.from()))
                            .append(" --> ")
                            .append(nodeId(stack.name(), e.to()))
                            .append('\n'));
            out.append("  end\n");
        }
        graph.stackEdges()
                .forEach(e -> out.append("  ")
                        .append(stackId(e.from()))
                        .append(" --> ")
                        .append(stackId(e.to()))
                        .append('\n'));
        return out.toString();
    }

    /**
     * Graphviz cannot draw an edge to a cluster, so a stack edge joins the first resource of each
     * stack and is clipped to the cluster borders ({@code compound}, {@code ltail}, {@code lhead}).
     */
    static String dot(PlatformGraph graph) {
        StringBuilder out = new StringBuilder("digraph ")
                .append(quoted(graph.title()))
                .append(" {\n")
                .append("  rankdir=LR;\n")
                .append("  compound=true;\n")
                .append("  node [shape=box];\n");
        for (PlatformGraph.StackNode stack : graph.stacks()) {
            out.append("  subgraph ")
                    .append(quoted(clusterId(stack.name())))
                    .append(" {\n")
                    .append("    label=")
                    .append(quoted(stack.name()))
                    .append(";\n");
            stack.resources()
                    .forEach((id, type) -> out.append("    ")
                            .append(quoted(nodeId(stack.name(), id)))
                            .append(" [label=")
                            .append(quoted(id + "\\n" + type))
                            .append("];\n"));
            stack.edges()
                    .forEach(e -> out.append("    ")
                            .append(quoted(nodeId(stack.name(), e.from())))
                            .append(" -> ")
                            .append(quoted(nodeId(stack.name(), e.to())))
                            .append(";\n"));
            out.append("  }\n");
        }
        for (PlatformGraph.Edge edge : graph.stackEdges()) {
            out.append("  ")
                    .append(quoted(anchor(graph, edge.from())))
                    .append(" -> ")
                    .append(quoted(anchor(graph, edge.to())))
                    .append(" [ltail=")
                    .append(quoted(clusterId(edge.from())))
                    .append(", lhead=")
                    .append(quoted(clusterId(edge.to())))
                    .append("];\n");
        }
        return out.append("}\n").toString();
    }

    private static String anchor(PlatformGraph graph, String stack) {
        return graph.stacks().stream()
                .filter(s -> s.name().equals(stack))
                .map(s -> nodeId(stack, s.resources().firstKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No stack " + stack + " with resources in the graph"));
    }

    static String nodeId(String stack, String logicalId) {
        return safe(stack) + "__" + logicalId;
    }

    private static String stackId(String stack) {
        return "stack_" + safe(stack);
    }

    private static String clusterId(String stack) {
        return "cluster_" + safe(stack);
    }

    private static String safe(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    private static String mermaidText(String text) {
        return text.replace("\"", "#quot;");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }
}
