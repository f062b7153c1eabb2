package dev.plinth.cli;

import dev.plinth.manifest.Manifest;
import dev.plinth.materializer.AssumedRole;
import dev.plinth.materializer.AwsClients;
import dev.plinth.materializer.CallerIdentity;
import dev.plinth.materializer.CompiledOutputs;
import dev.plinth.materializer.Identity;
import dev.plinth.materializer.LocalChecks;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.S3TemplateStore;
import java.io.PrintWriter;
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

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description = "AWS region; must be the one the folder was compiled for " + "(default: the manifest's).")
    String region;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "A named AWS profile: keys, role_arn, SSO, web identity or "
                    + "credential_process (default: the standard credential chain).")
    String profile;

    @Option(
            names = "--role-arn",
            paramLabel = "ARN",
            description = "Assume this role with the resolved credentials (session name " + "plinth-<CI run or user>).")
    String roleArn;

    @Option(
            names = "--external-id",
            paramLabel = "ID",
            description = "The external id the role's trust policy asks for; with --role-arn.")
    String externalId;

    @Option(
            names = "--endpoint-url",
            paramLabel = "URL",
            description = "A local emulator's endpoint, for CloudFormation, S3 and STS: " + ENDPOINT_EXAMPLE + ".")
    String endpointUrl;

    @Option(
            names = "--parallelism",
            paramLabel = "N",
            defaultValue = "4",
            description = "Stacks converged at once (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--stack", paramLabel = "NAME", description = "This stack and the stacks it needs upstream.")
    String stack;

    @Option(
            names = "--only",
            paramLabel = "NAME",
            description = "This stack alone; upstream outputs are read from AWS.")
    String only;

    @Option(
            names = "--template-bucket",
            paramLabel = "BUCKET",
            description = "S3 bucket for templates over 51,200 bytes.")
    String templateBucket;

    @Option(
            names = "--allow-replacement",
            description =
                    "Allow replacing or removing protected resources (databases, hosted zones, retained resources).")
    boolean allowReplacement;

    @Option(
            names = "--adopt",
            paramLabel = "STACK",
            description = "Take over this existing stack although it lacks Plinth's ownership tags "
                    + "(plinth:platform, plinth:environment, plinth:stack); the manifest's stack name; repeatable.")
    List<String> adopt = new ArrayList<>();

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "2h",
            description = "Deadline for the whole run: 90m, 2h, 45s (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(
            names = "--express",
            description = "Make change sets in CloudFormation's express mode: a stack is complete once its"
                    + " resources are configured, before they are ready. Never for a production environment.")
    boolean express;

    @Option(
            names = "--report-md",
            paramLabel = "FILE",
            description = "Write a Markdown report (for a pull request comment).")
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
        if (profile != null && profile.isBlank()) {
            throw new UsageException("--profile takes a profile's name, not an empty one");
        }
        if (roleArn != null && !AssumedRole.isRoleArn(roleArn)) {
            throw new UsageException(
                    "--role-arn takes a role's ARN such as " + AssumedRole.ROLE_ARN_EXAMPLE + ", not " + roleArn);
        }
        if (externalId != null && roleArn == null) {
            throw new UsageException(
                    "--external-id goes with --role-arn: it is what the role's trust policy asks of whoever assumes it");
        }
        if (externalId != null && !AssumedRole.isExternalId(externalId)) {
            throw new UsageException(
                    "--external-id takes 2 to 1224 of the characters A-Z a-z 0-9 _ + = , . @ : / -, not " + externalId);
        }
        if (reportMarkdown != null
                && reportJson != null
                && reportMarkdown
                        .toAbsolutePath()
                        .normalize()
                        .equals(reportJson.toAbsolutePath().normalize())) {
            throw new UsageException(
                    "--report-md and --report-json both name " + reportJson + "; give each report its own file");
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
                boolean cloudFormationName =
                        manifest.stacks().stream().anyMatch(s -> s.stackName().equals(name));
                throw new UsageException("--adopt " + name + ": the manifest has no such stack"
                        + (cloudFormationName
                                ? "; --adopt takes the manifest's name of the stack, not its CloudFormation name"
                                : "")
                        + "; it has " + names);
            }
        }
    }

    AwsClients clients(String manifestRegion) {
        return new AwsClients(
                region != null ? region : manifestRegion,
                Optional.ofNullable(profile),
                endpoint(),
                Optional.ofNullable(roleArn).map(arn -> AssumedRole.forThisRun(arn, Optional.ofNullable(externalId))));
    }

    /**
     * Before the first call that is not STS's: what the region, the profile, the folder and the
     * options say without a call, then who the credentials are (one sts:GetCallerIdentity, after
     * the AssumeRole of --role-arn), printed as one line on {@code err}. Each refusal is an
     * {@link dev.plinth.materializer.IdentityException} or a {@link dev.plinth.materializer.PreflightException}.
     */
    CallerIdentity identify(CompiledOutputs outputs, AwsClients clients, PrintWriter err) {
        Manifest manifest = outputs.manifest();
        Identity.checkOffline(clients, manifest);
        LocalChecks.check(outputs, options(MaterializerOptions.plan(runId()), clients, manifest.region()));
        CallerIdentity identity = Identity.check(clients, manifest);
        err.println(identity.line());
        err.flush();
        return identity;
    }

    MaterializerOptions options(MaterializerOptions base, AwsClients clients, String manifestRegion) {
        MaterializerOptions options = base.withParallelism(parallelism)
                .withAllowReplacement(allowReplacement)
                .withTimeout(duration(timeout))
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
            options = options.withTemplateStore(
                    new S3TemplateStore(clients.s3(), templateBucket, region != null ? region : manifestRegion));
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
        if (!scheme.equals("http") && !scheme.equals("https")
                || uri.getHost() == null
                || uri.getHost().isEmpty()) {
            throw badEndpoint();
        }
        return Optional.of(uri);
    }

    private UsageException badEndpoint() {
        return new UsageException(
                "--endpoint-url takes an http(s) URL such as " + ENDPOINT_EXAMPLE + ", not " + endpointUrl);
    }

    static String runId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A positive duration: 90m, 2h, 45s, 1h30m. */
    static Duration duration(String text) {
        Duration duration;
        try {
            duration =
                    Duration.parse("PT" + text.trim().toUpperCase(Locale.ROOT).replace("PT", ""));
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
