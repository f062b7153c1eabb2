package dev.plinth.cli;

import dev.plinth.materializer.AwsClients;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.S3TemplateStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What plan and materialize share: the output folder, where AWS is, and how the run goes. */
final class AwsOptions {
  @Parameters(index = "0", paramLabel = "DIR", description = "A folder written by plinth compile.")
  Path dir;

  @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: the manifest's).")
  String region;

  @Option(names = "--profile", paramLabel = "NAME", description = "A named AWS profile (default: the standard credential chain).")
  String profile;

  @Option(names = "--endpoint-url", paramLabel = "URL", description = "A local emulator's endpoint, for CloudFormation and S3.")
  URI endpoint;

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

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "2h", description = "Deadline for the whole run: 90m, 2h, 45s (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--report-md", paramLabel = "FILE", description = "Write a Markdown report (for a pull request comment).")
  Path reportMarkdown;

  @Option(names = "--report-json", paramLabel = "FILE", description = "Write a JSON report (for tools).")
  Path reportJson;

  AwsClients clients(String manifestRegion) {
    return new AwsClients(region != null ? region : manifestRegion, Optional.ofNullable(profile), Optional.ofNullable(endpoint));
  }

  MaterializerOptions options(MaterializerOptions base, AwsClients clients, String manifestRegion) {
    if (stack != null && only != null) {
      throw new UsageException("--stack and --only exclude each other");
    }
    if (parallelism < 1) {
      throw new UsageException("--parallelism is at least 1");
    }
    MaterializerOptions options = base.withParallelism(parallelism).withAllowReplacement(allowReplacement).withTimeout(duration(timeout));
    if (stack != null) {
      options = options.withStack(stack);
    }
    if (only != null) {
      options = options.withOnly(only);
    }
    if (templateBucket != null) {
      options = options.withTemplateStore(new S3TemplateStore(clients.s3(), templateBucket, region != null ? region : manifestRegion));
    }
    return options;
  }

  static String runId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static Duration duration(String text) {
    try {
      return Duration.parse("PT" + text.toUpperCase(Locale.ROOT).replace("PT", ""));
    } catch (DateTimeParseException e) {
      throw new UsageException("--timeout takes a duration such as 90m, 2h or 45s, not " + text);
    }
  }
}
