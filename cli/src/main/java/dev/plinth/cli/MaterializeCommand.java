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
import dev.plinth.materializer.report.PlanFileJson;
import dev.plinth.materializer.report.TerminalProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plinth materialize DIR}: converges AWS to a compiled folder. */
@Command(
        name = "materialize",
        mixinStandardHelpOptions = true,
        description = "Converges AWS to a compiled folder with CloudFormation change sets, in dependency order.")
final class MaterializeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Option(names = "--yes", description = "Apply without asking (for CI): approves every change.")
    boolean yes;

    @Option(
            names = "--plan",
            paramLabel = "FILE",
            description = "Execute exactly the change sets of this reviewed plan"
                    + " (plinth plan --out FILE); refused when anything moved since it was made.")
    Path plan;

    @Option(
            names = "--require-approval",
            paramLabel = "POLICY",
            defaultValue = "broadening",
            description =
                    "Which changes need"
                            + " approval: never, broadening (wider IAM or ingress, a protected resource replaced or removed) or any-change"
                            + " (default: ${DEFAULT-VALUE}). Without --yes, they are asked for on a terminal and refused (exit 3) elsewhere.")
    String requireApproval;

    @ParentCommand
    PlinthCommand plinth;

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
        Materializer materializer =
                new Materializer(new SdkCloudFormation(clients.cloudFormation()), Ticker.SYSTEM, new CallCounter());
        MaterializerOptions apply = aws.options(
                MaterializerOptions.apply(AwsOptions.runId()),
                clients,
                outputs.manifest().region());
        if (reviewed != null) {
            apply = apply.withReviewed(reviewed);
        } else if (!yes) {
            RunReport planned;
            boolean interrupted;
            try (Interrupts.Watch watch = plinth.interrupts()
                    .watch(
                            materializer,
                            new TerminalProgress(spec.commandLine().getErr(), Clock.systemUTC(), interactive),
                            RunReport.Mode.PLAN)) {
                planned = materializer.run(
                        outputs,
                        aws.options(
                                MaterializerOptions.plan(AwsOptions.runId()),
                                clients,
                                outputs.manifest().region()),
                        watch);
                interrupted = watch.interrupted();
            }
            spec.commandLine().getOut().print(RunOutput.render(planned));
            if (interrupted || !planned.succeeded()) {
                int code = RunOutput.finish(planned, aws, spec.commandLine().getOut());
                return interrupted ? ExitCode.INTERRUPTED : code;
            }
            List<String> reasons = Approvals.needed(planned, policy);
            if (!reasons.isEmpty()) {
                if (!plinth.terminal().canAsk()) {
                    spec.commandLine()
                            .getErr()
                            .println("plinth: [NEEDS_APPROVAL] these changes need approval (--require-approval "
                                    + policy.option() + ") and there is no terminal to ask on; nothing changed:");
                    reasons.forEach(reason -> spec.commandLine().getErr().println("  - " + reason));
                    spec.commandLine()
                            .getErr()
                            .println("Review them (plinth plan --out plan.json) and apply that plan, or pass --yes.");
                    return ExitCode.NOT_APPROVED;
                }
                reasons.forEach(reason -> spec.commandLine().getErr().println("needs approval: " + reason));
                // Asked on standard error: with standard output piped (| tee run.log) the question still reaches the
                // terminal.
                spec.commandLine().getErr().print("Apply these changes? [y/N] ");
                spec.commandLine().getErr().flush();
                String answer = plinth.terminal().readLine();
                if (answer == null || !answer.trim().toLowerCase(Locale.ROOT).startsWith("y")) {
                    spec.commandLine().getOut().println("Nothing applied: nothing changed.");
                    return ExitCode.NOT_APPROVED;
                }
                policy = ApprovalPolicy.NEVER;
            }
        }
        RunReport report;
        boolean interrupted;
        try (Interrupts.Watch watch = plinth.interrupts()
                .watch(
                        materializer,
                        new TerminalProgress(spec.commandLine().getErr(), Clock.systemUTC(), interactive),
                        RunReport.Mode.APPLY)) {
            report = materializer.run(outputs, apply.withApproval(yes ? ApprovalPolicy.NEVER : policy), watch);
            interrupted = watch.interrupted();
        }
        int code = RunOutput.finish(report, aws, spec.commandLine().getOut());
        return interrupted ? ExitCode.INTERRUPTED : code;
    }

    private ApprovalPolicy approvalPolicy() {
        try {
            return ApprovalPolicy.parse(requireApproval);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
