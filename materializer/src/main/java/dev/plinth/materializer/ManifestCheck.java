package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a manifest must hold before any stack of it is touched: unique names and stack names,
 * dependencies on stacks it has, parameters wired to those dependencies, and no circle. A folder
 * written by {@code plinth compile} always passes; a hand-edited or tampered one may not.
 */
final class ManifestCheck {
    private ManifestCheck() {}

    static List<String> problems(Manifest manifest) {
        List<String> problems = new ArrayList<>();
        Map<String, String> byName = new HashMap<>();
        Map<String, String> byStackName = new HashMap<>();
        for (Manifest.Stack stack : manifest.stacks()) {
            if (byName.putIfAbsent(stack.name(), stack.name()) != null) {
                problems.add("the manifest lists stack " + stack.name() + " twice; compile the platform again");
            }
            String other = byStackName.putIfAbsent(stack.stackName(), stack.name());
            if (other != null && !other.equals(stack.name())) {
                problems.add("stacks " + other + " and " + stack.name() + " both deploy to stack name "
                        + stack.stackName() + "; each stack needs a stack name of its own: compile the platform again");
            }
            for (String dependency : stack.dependsOn()) {
                if (manifest.stack(dependency).isEmpty()) {
                    problems.add("stack " + stack.name() + " depends on " + dependency
                            + ", which the manifest does not have; compile the platform again");
                }
            }
            stack.parameters()
                    .forEach((key, parameter) -> parameter.stack().ifPresent(upstream -> {
                        if (!stack.dependsOn().contains(upstream)) {
                            problems.add("parameter " + key + " of stack " + stack.name() + " reads an output of "
                                    + upstream + ", which the stack does not depend on; compile the platform again");
                        }
                    }));
        }
        cycle(manifest)
                .ifPresent(circle -> problems.add("the stacks' dependencies form a circle: "
                        + String.join(" → ", circle) + "; compile the platform again"));
        return problems;
    }

    /** One circle of dependencies, first stack repeated at the end, if there is any. */
    private static Optional<List<String>> cycle(Manifest manifest) {
        Map<String, Integer> state = new HashMap<>();
        for (Manifest.Stack stack : manifest.stacks()) {
            LinkedHashSet<String> path = new LinkedHashSet<>();
            Optional<List<String>> found = visit(manifest, stack.name(), state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(
            Manifest manifest, String name, Map<String, Integer> state, Set<String> path) {
        Integer seen = state.get(name);
        if (seen != null && seen == 2) {
            return Optional.empty();
        }
        if (path.contains(name)) {
            List<String> circle = new ArrayList<>();
            boolean in = false;
            for (String step : path) {
                in |= step.equals(name);
                if (in) {
                    circle.add(step);
                }
            }
            circle.add(name);
            return Optional.of(circle);
        }
        path.add(name);
        for (String dependency :
                manifest.stack(name).map(Manifest.Stack::dependsOn).orElse(Collections.emptySortedSet())) {
            Optional<List<String>> found = visit(manifest, dependency, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(name);
        state.put(name, 2);
        return Optional.empty();
    }
}
