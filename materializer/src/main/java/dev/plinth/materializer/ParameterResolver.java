package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A stack's parameter values: upstream outputs and fixed values from the manifest. A value that
 * comes from an output that does not exist yet is "known after apply".
 */
final class ParameterResolver {
    /** What a plan passes for a value known only after an upstream stack is applied. */
    static final String KNOWN_AFTER_APPLY = "plinth-known-after-apply";

    private ParameterResolver() {}

    /** Resolved values and the names of the unknown ones. */
    record Resolved(Map<String, String> values, Set<String> unknown) {}

    static Resolved resolve(Manifest.Stack stack, Map<String, Map<String, String>> outputsByStack) {
        Map<String, String> values = new TreeMap<>();
        Set<String> unknown = new TreeSet<>();
        stack.parameters().forEach((name, parameter) -> {
            switch (parameter.source()) {
                case OUTPUT:
                    Optional<String> value = Optional.ofNullable(
                                    outputsByStack.get(parameter.stack().orElseThrow()))
                            .map(outputs -> outputs.get(parameter.output().orElseThrow()));
                    if (value.isPresent()) {
                        values.put(name, value.get());
                    } else {
                        unknown.add(name);
                    }
                    break;
                case VALUE:
                    values.put(name, parameter.value().orElseThrow());
                    break;
                default:
                    break;
            }
        });
        return new Resolved(values, unknown);
    }
}
