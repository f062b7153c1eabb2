package dev.plinth.cli;

import dev.plinth.cfn.spec.ResourceSpecification;
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
import dev.plinth.materializer.report.TemplateDiff;
import dev.plinth.materializer.report.TerminalProgress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plinth plan DIR}: what materialize would do, from change sets (deleted afterwards), or offline against an older folder. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Shows what materialize would change: change sets created, described and deleted; "
                + "or, with --against, the template-level diff between two compiled folders without AWS.")
final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AwsOptions aws;

    @Option(
            names = "--against",
            paramLabel = "OLD_DIR",
            description = "Compare with an older compiled folder, offline.")
    Path against;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description =
                    "Keep the change sets and write a plan file for materialize --plan" + " to execute exactly those.")
    Path out;

    @Option(
            names = "--detailed-exitcode",
            description = "Exit 0 when nothing would change, 2 when the plan has changes (a stack to "
                    + "create or change), 1 on any error, usage errors included.")
    boolean detailedExitCode;

    @ParentCommand
    PlinthCommand plinth;

    @Override
    public Integer call() throws Exception {
        aws.check();
        RunOutput.checkWritable(out);
        if (out != null && against != null) {
            throw new UsageException(
                    "--out keeps the change sets of a plan against AWS; --against plans offline and has none");
        }
        RunReport report;
        boolean interrupted = false;
        if (against != null) {
            report = TemplateDiff.between(aws.dir, against, ResourceSpecification.bundled());
        } else {
            CompiledOutputs outputs = CompiledOutputs.read(aws.dir);
            aws.check(outputs.manifest());
            AwsClients clients = aws.clients(outputs.manifest().region());
            aws.identify(outputs, clients, spec.commandLine().getErr());
            MaterializerOptions options = aws.options(
                    MaterializerOptions.plan(AwsOptions.runId()),
                    clients,
                    outputs.manifest().region());
            Materializer materializer =
                    new Materializer(new SdkCloudFormation(clients.cloudFormation()), Ticker.SYSTEM, new CallCounter());
            TerminalProgress progress =
                    new TerminalProgress(spec.commandLine().getErr(), Clock.systemUTC(), RunOutput.interactive());
            try (Interrupts.Watch watch = plinth.interrupts().watch(materializer, progress, RunReport.Mode.PLAN)) {
                if (out == null) {
                    report = materializer.run(outputs, options, watch);
                } else {
                    PlanFile plan = materializer.planToApply(outputs, options, watch);
                    report = plan.report();
                    if (report.succeeded()) {
                        RunOutput.write(out, PlanFileJson.render(plan));
                        spec.commandLine()
                                .getErr()
                                .println("plan written to " + out + " (valid until " + plan.expiresAt()
                                        + "); apply exactly it with: plinth materialize " + aws.dir + " --plan " + out);
                    }
                }
                interrupted = watch.interrupted();
            }
        }
        spec.commandLine().getOut().print(RunOutput.render(report));
        int code = RunOutput.finish(report, aws, spec.commandLine().getOut());
        return interrupted ? ExitCode.INTERRUPTED : detailedExitCode ? RunOutput.detailed(code, report) : code;
    }
}
