package dev.plinth.cli;

import dev.plinth.materializer.ApprovalPolicy;
import dev.plinth.materializer.AwsClients;
import dev.plinth.materializer.CallCounter;
import dev.plinth.materializer.CompiledOutputs;
import dev.plinth.materializer.Materializer;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.PlanFile;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.SdkCloudFormation;
import dev.plinth.materializer.Ticker;
import dev.plinth.materializer.report.MarkdownReport;
import dev.plinth.materializer.report.PlanFileJson;
import dev.plinth.materializer.report.TerminalProgress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plinth materialize DIR}: converges AWS to a compiled folder. */
@Command(name = "materialize", description = "Converges AWS to a compiled folder with CloudFormation change sets, in dependency order.")
final class MaterializeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  AwsOptions aws;

  @Option(names = "--yes", description = "Apply without asking (for CI): approves every change.")
  boolean yes;

  @Option(names = "--plan", paramLabel = "FILE", description = "Execute exactly the change sets of this reviewed plan"
      + " (plinth plan --out FILE); refused when anything moved since it was made.")
  Path plan;

  @Option(names = "--require-approval", paramLabel = "POLICY", defaultValue = "broadening", description = "Which changes need"
      + " approval: never, broadening (wider IAM or ingress, a protected resource replaced or removed) or any-change"
      + " (default: ${DEFAULT-VALUE}). Without --yes, they are asked for on a terminal and refused (exit 3) elsewhere.")
  String requireApproval;

  @Override
  public Integer call() throws IOException {
    aws.check();
    ApprovalPolicy policy = approvalPolicy();
    boolean interactive = RunOutput.interactive();
    CompiledOutputs outputs = CompiledOutputs.read(aws.dir);
    aws.check(outputs.manifest());
    PlanFile reviewed = plan == null ? null : PlanFileJson.read(plan);
    AwsClients clients = aws.clients(outputs.manifest().region());
    aws.identify(outputs, clients, spec.commandLine().getErr());
    Materializer materializer = new Materializer(new SdkCloudFormation(clients.cloudFormation()), Ticker.SYSTEM, new CallCounter());
    MaterializerOptions apply = aws.options(MaterializerOptions.apply(AwsOptions.runId()), clients, outputs.manifest().region());
    if (reviewed != null) {
      apply = apply.withReviewed(reviewed);
    } else if (!yes) {
      RunReport planned = materializer.run(outputs, aws.options(MaterializerOptions.plan(AwsOptions.runId()), clients,
          outputs.manifest().region()), new TerminalProgress(spec.commandLine().getErr(), Clock.systemUTC(), interactive));
      spec.commandLine().getOut().print(MarkdownReport.render(planned));
      if (!planned.succeeded()) {
        return RunOutput.finish(planned, aws, spec.commandLine().getOut());
      }
      List<String> reasons = Approvals.needed(planned, policy);
      if (!reasons.isEmpty()) {
        if (!interactive) {
          spec.commandLine().getErr().println("plinth: [NEEDS_APPROVAL] these changes need approval (--require-approval "
              + policy.option() + ") and there is no terminal to ask on; nothing changed:");
          reasons.forEach(reason -> spec.commandLine().getErr().println("  - " + reason));
          spec.commandLine().getErr().println("Review them (plinth plan --out plan.json) and apply that plan, or pass --yes.");
          return ExitCode.NOT_APPROVED;
        }
        reasons.forEach(reason -> spec.commandLine().getOut().println("needs approval: " + reason));
        spec.commandLine().getOut().print("Apply these changes? [y/N] ");
        spec.commandLine().getOut().flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (answer == null || !answer.trim().toLowerCase(Locale.ROOT).startsWith("y")) {
          spec.commandLine().getOut().println("Nothing applied: nothing changed.");
          return ExitCode.NOT_APPROVED;
        }
        policy = ApprovalPolicy.NEVER;
      }
    }
    RunReport report = materializer.run(outputs, apply.withApproval(yes ? ApprovalPolicy.NEVER : policy),
        new TerminalProgress(spec.commandLine().getErr(), Clock.systemUTC(), interactive));
    return RunOutput.finish(report, aws, spec.commandLine().getOut());
  }

  private ApprovalPolicy approvalPolicy() {
    try {
      return ApprovalPolicy.parse(requireApproval);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
