package dev.plinth.cli;

import dev.plinth.compiler.emit.Manifest;
import dev.plinth.materializer.AwsClients;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.S3TemplateStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What plan and materialize share: the output folder, where AWS is, and how the run goes. What
 * the command line alone can get wrong is found by {@link #check()} and what it can get wrong
 * about the folder by {@link #check(Manifest)}, both before any AWS client is built.
 */
final class AwsOptions {
  static final String ENDPOINT_EXAMPLE = "http://127.0.0.1:5000";

  @Parameters(index = "0", paramLabel = "DIR", description = "A folder written by plinth compile.")
  Path dir;

  @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: the manifest's).")
  String region;

  @Option(names = "--profile", paramLabel = "NAME", description = "A named AWS profile (default: the standard credential chain).")
  String profile;

  @Option(names = "--endpoint-url", paramLabel = "URL", description = "A local emulator's endpoint, for CloudFormation and S3: "
      + ENDPOINT_EXAMPLE + ".")
  String endpointUrl;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "4", description = "Stacks converged at once (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Option(names = "--stack", paramLabel = "NAME", description = "This stack and the stacks it needs upstream.")
  String stack;

  @Option(names = "--only", paramLabel = "NAME", description = "This stack alone; upstream outputs are read from AWS.")
  String only;

  @Option(names = "--template-bucket", paramLabel = "BUCKET", description = "S3 bucket for templates over 51,200 bytes.")
  String templateBucket;

  @Option(names = "--allow-replacement", description = "Allow replacing or removing protected resources (databases, hosted zones, retained resources).")
  boolean allowReplacement;

  @Option(names = "--adopt", paramLabel = "STACK", description = "Take over this existing stack although it lacks Plinth's ownership tags "
      + "(plinth:platform, plinth:environment, plinth:stack); the manifest's stack name; repeatable.")
  List<String> adopt = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "2h", description = "Deadline for the whole run: 90m, 2h, 45s (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--express", description = "Make change sets in CloudFormation's express mode: a stack is complete once its"
      + " resources are configured, before they are ready. Never for a production environment.")
  boolean express;

  @Option(names = "--report-md", paramLabel = "FILE", description = "Write a Markdown report (for a pull request comment).")
  Path reportMarkdown;

  @Option(names = "--report-json", paramLabel = "FILE", description = "Write a JSON report (for tools).")
  Path reportJson;

  /**
   * Everything the command line alone decides, checked before the folder is read, a client is
   * built or AWS is called: every problem is a {@link UsageException}.
   */
  void check() {
    if (stack != null && only != null) {
      throw new UsageException("--stack and --only exclude each other");
    }
    if (parallelism < 1) {
      throw new UsageException("--parallelism is at least 1");
    }
    duration(timeout);
    endpoint();
    if (reportMarkdown != null && reportJson != null
        && reportMarkdown.toAbsolutePath().normalize().equals(reportJson.toAbsolutePath().normalize())) {
      throw new UsageException("--report-md and --report-json both name " + reportJson + "; give each report its own file");
    }
    RunOutput.checkWritable(reportMarkdown);
    RunOutput.checkWritable(reportJson);
  }

  /** What the command line says about the compiled folder's stacks, checked against its manifest before AWS is called. */
  void check(Manifest manifest) {
    String names = manifest.stacks().stream().map(Manifest.Stack::name).collect(Collectors.joining(", "));
    for (String option : List.of("--stack", "--only")) {
      String name = option.equals("--stack") ? stack : only;
      if (name != null && manifest.stack(name).isEmpty()) {
        throw new UsageException(option + " " + name + ": the manifest has no such stack; it has " + names);
      }
    }
    for (String name : adopt) {
      if (manifest.stack(name).isEmpty()) {
        boolean cloudFormationName = manifest.stacks().stream().anyMatch(s -> s.stackName().equals(name));
        throw new UsageException("--adopt " + name + ": the manifest has no such stack"
            + (cloudFormationName ? "; --adopt takes the manifest's name of the stack, not its CloudFormation name" : "")
            + "; it has " + names);
      }
    }
  }

  AwsClients clients(String manifestRegion) {
    return new AwsClients(region != null ? region : manifestRegion, Optional.ofNullable(profile), endpoint());
  }

  MaterializerOptions options(MaterializerOptions base, AwsClients clients, String manifestRegion) {
    MaterializerOptions options = base.withParallelism(parallelism).withAllowReplacement(allowReplacement).withTimeout(duration(timeout))
        .withAdopt(adopt);
    if (stack != null) {
      options = options.withStack(stack);
    }
    if (only != null) {
      options = options.withOnly(only);
    }
    if (express) {
      options = options.withExpress();
    }
    if (templateBucket != null) {
      options = options.withTemplateStore(new S3TemplateStore(clients.s3(), templateBucket, region != null ? region : manifestRegion));
    }
    return options;
  }

  /** The endpoint to talk to instead of AWS's: an absolute http or https URL with a host. */
  Optional<URI> endpoint() {
    if (endpointUrl == null) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(endpointUrl);
    } catch (URISyntaxException e) {
      throw badEndpoint();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isEmpty()) {
      throw badEndpoint();
    }
    return Optional.of(uri);
  }

  private UsageException badEndpoint() {
    return new UsageException("--endpoint-url takes an http(s) URL such as " + ENDPOINT_EXAMPLE + ", not " + endpointUrl);
  }

  static String runId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A positive duration: 90m, 2h, 45s, 1h30m. */
  static Duration duration(String text) {
    Duration duration;
    try {
      duration = Duration.parse("PT" + text.trim().toUpperCase(Locale.ROOT).replace("PT", ""));
    } catch (DateTimeParseException e) {
      throw badTimeout(text);
    }
    if (duration.isZero() || duration.isNegative()) {
      throw badTimeout(text);
    }
    return duration;
  }

  private static UsageException badTimeout(String text) {
    return new UsageException("--timeout takes a positive duration such as 90m, 2h or 45s, not " + text);
  }
}
