package dev.plinth.diagnostics;

import com.google.common.graph.Graph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the cycles of a dependency graph (resources in a template, stacks in a platform): each strongly connected component with more than one
 * node (or a node that depends on itself), with one concrete path round it for the message.
 * Guava has the graph but not the components; this is Tarjan's algorithm.
 */
public final class GraphCycles {
    private final Graph<String> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowLink = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<Set<String>> components = new ArrayList<>();
    private int counter;

    private GraphCycles(Graph<String> graph) {
        this.graph = graph;
    }

    /** Each cycle as a path that starts and ends at its smallest node, sorted by that node. */
    public static List<List<String>> find(Graph<String> graph) {
        GraphCycles search = new GraphCycles(graph);
        for (String node : new TreeSet<>(graph.nodes())) {
            if (!search.index.containsKey(node)) {
                search.connect(node);
            }
        }
        List<List<String>> cycles = new ArrayList<>();
        for (Set<String> component : search.components) {
            String first = new TreeSet<>(component).first();
            if (component.size() > 1 || graph.hasEdgeConnecting(first, first)) {
                cycles.add(search.pathWithin(component, first));
            }
        }
        cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return cycles;
    }

    private void connect(String node) {
        index.put(node, counter);
        lowLink.put(node, counter);
        counter++;
        stack.push(node);
        onStack.add(node);
        for (String next : new TreeSet<>(graph.successors(node))) {
            if (!index.containsKey(next)) {
                connect(next);
                lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
            } else if (onStack.contains(next)) {
                lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
            }
        }
        if (lowLink.get(node).equals(index.get(node))) {
            Set<String> component = new HashSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }

    /** The shortest path from start back to start inside the component (breadth first). */
    private List<String> pathWithin(Set<String> component, String start) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : new TreeSet<>(graph.successors(node))) {
                if (!component.contains(next)) {
                    continue;
                }
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>();
                    path.add(start);
                    for (String at = node; !at.equals(start); at = parent.get(at)) {
                        path.add(1, at);
                    }
                    path.add(start);
                    return path;
                }
                if (!parent.containsKey(next)) {
                    parent.put(next, node);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("No cycle through " + start);
    }
}
