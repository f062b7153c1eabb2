package dev.plinth.materializer.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What changes in a stack besides its resources, as one line: parameters (their definition or
 * where their value comes from), outputs, other template sections, tags (the platform's under
 * the stack's own) and termination protection. For example
 * {@code Parameters: +Env, ~InstanceType; Outputs: -VpcCidr; Changed: Description; Tags: ~tier}.
 */
final class StackNotes {
    private static final Set<String> SECTIONS_WITH_NOTES = Set.of("Resources", "Parameters", "Outputs");

    private StackNotes() {}

    /** One side of the comparison; templates are empty objects when the hashes say they are equal. */
    record Side(Manifest manifest, Manifest.Stack stack, ObjectNode template) {}

    static List<String> between(Side now, Side before) {
        List<String> notes = new ArrayList<>();
        ObjectNode parameters = Templates.section(now.template(), "Parameters");
        ObjectNode oldParameters = Templates.section(before.template(), "Parameters");
        SortedSet<String> names = new TreeSet<>(ResourceDiff.names(parameters));
        names.addAll(ResourceDiff.names(oldParameters));
        names.addAll(now.stack().parameters().keySet());
        names.addAll(before.stack().parameters().keySet());
        add(
                notes,
                "Parameters",
                names,
                name -> present(parameters, now.stack().parameters(), name),
                name -> present(oldParameters, before.stack().parameters(), name),
                name -> Templates.same(parameters.get(name), oldParameters.get(name))
                        && Objects.equals(
                                now.stack().parameters().get(name),
                                before.stack().parameters().get(name)));
        ObjectNode outputs = Templates.section(now.template(), "Outputs");
        ObjectNode oldOutputs = Templates.section(before.template(), "Outputs");
        SortedSet<String> outputNames = new TreeSet<>(ResourceDiff.names(outputs));
        outputNames.addAll(ResourceDiff.names(oldOutputs));
        add(
                notes,
                "Outputs",
                outputNames,
                outputs::has,
                oldOutputs::has,
                name -> Templates.same(outputs.get(name), oldOutputs.get(name)));
        SortedSet<String> sections = new TreeSet<>(ResourceDiff.names(now.template()));
        sections.addAll(ResourceDiff.names(before.template()));
        sections.removeAll(SECTIONS_WITH_NOTES);
        sections.removeIf(name ->
                Templates.same(now.template().get(name), before.template().get(name)));
        if (!sections.isEmpty()) {
            notes.add("Changed: " + String.join(", ", sections));
        }
        SortedMap<String, String> tags = tags(now);
        SortedMap<String, String> oldTags = tags(before);
        SortedSet<String> keys = new TreeSet<>(tags.keySet());
        keys.addAll(oldTags.keySet());
        add(
                notes,
                "Tags",
                keys,
                tags::containsKey,
                oldTags::containsKey,
                key -> Objects.equals(tags.get(key), oldTags.get(key)));
        if (now.stack().terminationProtection() != before.stack().terminationProtection()) {
            notes.add("Termination protection: " + (now.stack().terminationProtection() ? "off → on" : "on → off"));
        }
        return notes;
    }

    private static boolean present(ObjectNode section, Map<String, Manifest.StackParameter> manifest, String name) {
        return section.has(name) || manifest.containsKey(name);
    }

    private static SortedMap<String, String> tags(Side side) {
        SortedMap<String, String> tags = new TreeMap<>(side.manifest().tags());
        tags.putAll(side.stack().tags());
        return tags;
    }

    private static void add(
            List<String> notes,
            String label,
            Set<String> names,
            Predicate<String> inNow,
            Predicate<String> inBefore,
            Predicate<String> same) {
        List<String> items = new ArrayList<>();
        for (String name : names) {
            if (!inBefore.test(name)) {
                items.add("+" + name);
            } else if (!inNow.test(name)) {
                items.add("-" + name);
            } else if (!same.test(name)) {
                items.add("~" + name);
            }
        }
        if (!items.isEmpty()) {
            notes.add(label + ": " + String.join(", ", items));
        }
    }
}
