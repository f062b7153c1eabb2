package dev.plinth.compiler;

import com.google.common.collect.ImmutableSortedMap;
import dev.plinth.cfn.Template;
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

  private StackTemplate(String name, Template template, Map<String, String> tags, boolean terminationProtection,
      boolean exportOutputs) {
    this.name = Objects.requireNonNull(name, "name");
    this.template = Objects.requireNonNull(template, "template");
    this.tags = ImmutableSortedMap.copyOf(tags);
    this.terminationProtection = terminationProtection;
    this.exportOutputs = exportOutputs;
  }

  public static StackTemplate of(String name, Template template, Map<String, String> tags, boolean terminationProtection) {
    return new StackTemplate(name, template, tags, terminationProtection, false);
  }

  /**
   * A stack whose outputs for other stacks are also exported (as {@code <stack name>-<output>}),
   * for consumers outside Plinth. Plinth's own stacks still read them through parameters, so
   * an export never locks this stack for them.
   */
  public StackTemplate withExportedOutputs() {
    return new StackTemplate(name, template, tags, terminationProtection, true);
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
    return new StackTemplate(name, replacement, tags, terminationProtection, exportOutputs);
  }
}
