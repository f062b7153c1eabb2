package dev.plinth.compiler;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.plinth.cfn.Template;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One stack of a platform: its name in the platform ({@code network}), its template, the tags
 * CloudFormation puts on the stack and its resources, and whether it is protected from
 * deletion.
 */
public final class StackTemplate {
    private final String name;
    private final Template template;
    private final ImmutableSortedMap<String, String> tags;
    private final boolean terminationProtection;
    private final boolean exportOutputs;
    private final ImmutableList<String> notificationArns;

    private StackTemplate(
            String name,
            Template template,
            Map<String, String> tags,
            boolean terminationProtection,
            boolean exportOutputs,
            List<String> notificationArns) {
        this.name = Objects.requireNonNull(name, "name");
        this.template = Objects.requireNonNull(template, "template");
        this.tags = ImmutableSortedMap.copyOf(tags);
        this.terminationProtection = terminationProtection;
        this.exportOutputs = exportOutputs;
        this.notificationArns = ImmutableList.copyOf(notificationArns);
    }

    public static StackTemplate of(
            String name, Template template, Map<String, String> tags, boolean terminationProtection) {
        return new StackTemplate(name, template, tags, terminationProtection, false, List.of());
    }

    /**
     * A stack whose outputs for other stacks are also exported (as {@code <stack name>-<output>}),
     * for consumers outside Plinth. Plinth's own stacks still read them through parameters, so
     * an export never locks this stack for them.
     */
    public StackTemplate withExportedOutputs() {
        return new StackTemplate(name, template, tags, terminationProtection, true, notificationArns);
    }

    /** SNS topics CloudFormation sends the stack's events to. */
    public StackTemplate withNotificationArns(List<String> arns) {
        return new StackTemplate(name, template, tags, terminationProtection, exportOutputs, arns);
    }

    public List<String> notificationArns() {
        return notificationArns;
    }

    public boolean exportOutputs() {
        return exportOutputs;
    }

    public String name() {
        return name;
    }

    public Template template() {
        return template;
    }

    public SortedMap<String, String> tags() {
        return tags;
    }

    public boolean terminationProtection() {
        return terminationProtection;
    }

    public StackTemplate withTemplate(Template replacement) {
        return new StackTemplate(name, replacement, tags, terminationProtection, exportOutputs, notificationArns);
    }
}
