package dev.plinth.cfn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The check behind every generated {@code build()}: all required properties are set. */
final class RequiredProperties {
    private RequiredProperties() {}

    static void check(String owner, Map<String, Value<?>> properties, String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!properties.containsKey(name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(owner + " needs " + String.join(", ", missing) + ": set "
                    + (missing.size() == 1 ? "it" : "them") + " on the builder before build()");
        }
    }
}
