package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which stacks a run converges, and which upstream stacks it reads outputs from. */
final class Selection {
    private Selection() {}

    /** The stacks of the run: all, one with its upstream closure ({@code --stack}), or one alone ({@code --only}). */
    static List<Manifest.Stack> select(Manifest manifest, MaterializerOptions options) {
        Optional<String> target = options.stack().or(options::only);
        if (target.isEmpty()) {
            return manifest.stacks();
        }
        Manifest.Stack wanted = manifest.stack(target.get()).orElseThrow();
        if (options.only().isPresent()) {
            return List.of(wanted);
        }
        Set<String> closure = new LinkedHashSet<>();
        collect(manifest, wanted, closure);
        List<Manifest.Stack> result = new ArrayList<>();
        manifest.stacks().stream().filter(s -> closure.contains(s.name())).forEach(result::add);
        return result;
    }

    private static void collect(Manifest manifest, Manifest.Stack stack, Set<String> closure) {
        if (closure.add(stack.name())) {
            stack.dependsOn().forEach(d -> manifest.stack(d).ifPresent(up -> collect(manifest, up, closure)));
        }
    }

    static String names(Manifest manifest) {
        List<String> names = new ArrayList<>();
        manifest.stacks().forEach(s -> names.add(s.name()));
        return String.join(", ", names);
    }
    /** Upstream stacks whose outputs come from AWS: outside the run, or (in a plan) every upstream stack. */
    static List<Manifest.Stack> upstreamRead(
            Manifest manifest, List<Manifest.Stack> selected, Set<String> selectedNames, MaterializerOptions options) {
        Set<String> upstream = new LinkedHashSet<>();
        for (Manifest.Stack stack : selected) {
            for (String dependency : stack.dependsOn()) {
                if (!selectedNames.contains(dependency) || options.mode() == RunReport.Mode.PLAN) {
                    upstream.add(dependency);
                }
            }
        }
        List<Manifest.Stack> result = new ArrayList<>();
        upstream.forEach(name -> manifest.stack(name).ifPresent(result::add));
        return result;
    }
}
