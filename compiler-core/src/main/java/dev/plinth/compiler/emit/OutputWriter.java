package dev.plinth.compiler.emit;

import com.google.common.hash.Hashing;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.validation.TemplateCode;
import dev.plinth.cfn.validation.TemplateLimits;
import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CompilerCode;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.names.NameRules;
import dev.plinth.compiler.WiredStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The emit stage: turns a compiled platform into the published outputs (manifest, templates,
 * user-data scripts, graphs). Every limit is checked and every template validated before
 * anything is written; with an error nothing is written at all. The folder is written whole
 * to a temporary folder beside the target and then moved into its place.
 */
public final class OutputWriter {
  /** EC2 refuses user data over 16 KB (before base64). */
  public static final int MAX_USER_DATA_BYTES = 16_384;

  private final TemplateValidator validator;

  public OutputWriter() {
    this(TemplateValidator.bundled());
  }

  public OutputWriter(TemplateValidator validator) {
    this.validator = validator;
  }

  /**
   * Checks the platform and renders every file in memory, for {@code validate} and for tests.
   * Reports every problem to {@code diagnostics}; empty when one is an error.
   */
  public Optional<RenderedOutput> render(CompiledPlatform platform, TemplateWriter.Format format, Diagnostics diagnostics) {
    Diagnostics found = new Diagnostics();
    checkNames(platform, found);
    Map<String, byte[]> templates = new LinkedHashMap<>();
    for (WiredStack stack : platform.stacks()) {
      Template template = stack.stack().template();
      List<Diagnostic> problems = new ArrayList<>();
      for (Diagnostic d : validator.validate(template, stack.name())) {
        // The validator measures JSON; what counts is the body in the format written.
        if (d.code() != TemplateCode.TEMPLATE_NEEDS_S3 && d.code() != TemplateCode.TEMPLATE_TOO_LARGE) {
          problems.add(d);
        }
      }
      found.addAll(problems);
      if (problems.stream().noneMatch(Diagnostic::isError)) {
        byte[] bytes = TemplateWriter.write(template, format);
        TemplateValidator.checkSize(bytes.length, stack.name(), found);
        templates.putIfAbsent(stack.name(), bytes);
      }
    }
    platform.userData().forEach((role, script) -> {
      int bytes = script.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_USER_DATA_BYTES) {
        found.report(CompilerCode.USER_DATA_TOO_LARGE, "userdata/" + role,
            "the script is " + bytes + " bytes, over EC2's user-data limit of " + MAX_USER_DATA_BYTES,
            "move the bulk into a file the script downloads (from S3 or an artifact), or split the role");
      }
    });
    diagnostics.addAll(found.toList());
    if (found.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(assemble(platform, format, templates, found.toList()));
  }

  /**
   * Renders the outputs and replaces {@code targetDir} with them as a whole. On any error nothing
   * is written and the previous folder, if any, is left as it was; the summary is empty then.
   */
  public Optional<EmitSummary> write(CompiledPlatform platform, Path targetDir, TemplateWriter.Format format,
      Diagnostics diagnostics) {
    Optional<RenderedOutput> rendered = render(platform, format, diagnostics);
    if (rendered.isEmpty()) {
      return Optional.empty();
    }
    try {
      FolderWriter.replace(targetDir, rendered.get().files());
    } catch (IOException e) {
      diagnostics.report(CompilerCode.OUTPUT_NOT_WRITTEN, targetDir.toString(),
          "the output folder could not be written (" + e + "); the previous content is left in place",
          "check that the folder's parent exists and is writable, and that the folder is not in use");
      return Optional.empty();
    }
    return Optional.of(rendered.get().summary());
  }

  private static void checkNames(CompiledPlatform platform, Diagnostics found) {
    // Platform, environment and stack names and roles make up file names, stack names and graph ids.
    for (String name : List.of(platform.platform(), platform.environment())) {
      if (!NameRules.PLINTH_NAME.accepts(name)) {
        found.report(CompilerCode.INVALID_STACK_NAME, name,
            "'" + name + "' starts every stack name, so it must be lower-case letters and digits, in words joined by single hyphens",
            "rename it, for example '" + suggestion(name) + "'");
      }
    }
    Set<String> seen = new HashSet<>();
    for (WiredStack stack : platform.stacks()) {
      String name = stack.name();
      if (!seen.add(name)) {
        found.report(CompilerCode.DUPLICATE_STACK_NAME, name, "two stacks of the platform are named '" + name + "'",
            "give each stack its own name");
      }
      String stackName = platform.stackName(name);
      if (!NameRules.PLINTH_NAME.accepts(name)) {
        found.report(CompilerCode.INVALID_STACK_NAME, name,
            "'" + name + "' is not a stack name: lower-case letters and digits, in words joined by single hyphens",
            "rename the stack, for example '" + suggestion(name) + "'");
      } else if (!NameRules.CLOUDFORMATION_STACK_NAME.accepts(stackName)) {
        found.report(CompilerCode.INVALID_STACK_NAME, name,
            "the CloudFormation stack name '" + stackName + "' must start with a letter and have at most 128 letters, digits and hyphens",
            "shorten or rename the platform, environment or stack");
      }
    }
    for (String role : platform.userData().keySet()) {
      if (!NameRules.USER_DATA_ROLE.accepts(role)) {
        found.report(CompilerCode.INVALID_USER_DATA_ROLE, "userdata/" + role,
            "'" + role + "' is not a role name: lower-case letters and digits, in words joined by single hyphens",
            "rename the role, for example '" + suggestion(role) + "'");
      }
    }
  }

  private static String suggestion(String name) {
    String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+|-+$", "");
    return cleaned.isEmpty() ? "main" : cleaned;
  }

  private static RenderedOutput assemble(CompiledPlatform platform, TemplateWriter.Format format,
      Map<String, byte[]> templates, List<Diagnostic> warnings) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<Manifest.Stack> stacks = new ArrayList<>();
    List<EmitSummary.StackSummary> summaries = new ArrayList<>();
    for (WiredStack stack : platform.stacks()) {
      Template template = stack.stack().template();
      byte[] bytes = templates.get(stack.name());
      String path = "stacks/" + stack.name() + "." + format.extension();
      boolean needsS3 = bytes.length > TemplateLimits.MAX_INLINE_BODY_BYTES;
      files.put(path, bytes);
      stacks.add(new Manifest.Stack(stack.name(), platform.stackName(stack.name()), path, format, sha256(bytes),
          bytes.length, needsS3, template.resources().size(), StackFacts.parameters(stack),
          StackFacts.outputs(template), stack.dependsOn(), stack.stack().tags(), StackFacts.capabilities(template),
          stack.stack().terminationProtection(), StackFacts.protectedResources(template), stack.stack().notificationArns(),
          StackFacts.stackPolicy(template, platform.production())));
      summaries.add(new EmitSummary.StackSummary(stack.name(), platform.stackName(stack.name()),
          template.resources().size(), bytes.length, needsS3));
    }
    List<Manifest.UserData> userData = new ArrayList<>();
    platform.userData().forEach((role, script) -> {
      byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
      String path = "userdata/" + role + ".sh";
      files.put(path, bytes);
      userData.add(new Manifest.UserData(role, path, sha256(bytes), bytes.length));
    });
    Manifest manifest = new Manifest(Manifest.SCHEMA_VERSION, platform.platform(), platform.environment(),
        platform.region(), platform.accountId().filter(a -> !a.isEmpty()), platform.production(), platform.tags(),
        stacks, userData);
    files.put(Manifest.FILE_NAME, manifest.toJson());
    PlatformGraph graph = PlatformGraph.of(platform);
    files.put(RenderedOutput.GRAPH_MERMAID, GraphWriter.mermaid(graph).getBytes(StandardCharsets.UTF_8));
    files.put(RenderedOutput.GRAPH_DOT, GraphWriter.dot(graph).getBytes(StandardCharsets.UTF_8));
    EmitSummary summary = new EmitSummary(platform.platform(), platform.environment(), format, summaries, warnings);
    return new RenderedOutput(manifest, files, summary);
  }

  static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }
}
