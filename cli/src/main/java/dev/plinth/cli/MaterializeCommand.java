package dev.plinth.cli;

import dev.plinth.materializer.AwsClients;
import dev.plinth.materializer.CallCounter;
import dev.plinth.materializer.CompiledOutputs;
import dev.plinth.materializer.Materializer;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.SdkCloudFormation;
import dev.plinth.materializer.Ticker;
import dev.plinth.materializer.report.MarkdownReport;
import dev.plinth.materializer.report.TerminalProgress;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plinth materialize DIR}: converges AWS to a compiled folder. */
@Command(name = "materialize", mixinStandardHelpOptions = true,
    description = "Converges AWS to a compiled folder with CloudFormation change sets, in dependency order.")
final class MaterializeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  AwsOptions aws;

  @Option(names = "--yes", description = "Apply without asking (for CI).")
  boolean yes;

  @ParentCommand
  PlinthCommand plinth;

  @Override
  public Integer call() throws IOException {
    aws.check();
    boolean interactive = RunOutput.interactive();
    if (!yes && !plinth.terminal().canAsk()) {
      throw new UsageException("materialize asks before it changes anything; not on a terminal, pass --yes");
    }
    CompiledOutputs outputs = CompiledOutputs.read(aws.dir);
    aws.check(outputs.manifest());
    AwsClients clients = aws.clients(outputs.manifest().region());
    Materializer materializer = new Materializer(new SdkCloudFormation(clients.cloudFormation()), Ticker.SYSTEM, new CallCounter());
    if (!yes) {
      RunReport plan;
      boolean interrupted;
      try (Interrupts.Watch watch = plinth.interrupts().watch(materializer,
          new TerminalProgress(spec.commandLine().getErr(), Clock.systemUTC(), interactive), RunReport.Mode.PLAN)) {
        plan = materializer.run(outputs, aws.options(MaterializerOptions.plan(AwsOptions.runId()), clients, outputs.manifest().region()),
            watch);
        interrupted = watch.interrupted();
      }
      spec.commandLine().getOut().print(MarkdownReport.render(plan));
      if (interrupted || !plan.succeeded()) {
        int code = RunOutput.finish(plan, aws, spec.commandLine().getOut());
        return interrupted ? ExitCode.INTERRUPTED : code;
      }
      // Asked on standard error: with standard output piped (| tee run.log) the question still reaches the terminal.
      spec.commandLine().getErr().print("Apply these changes? [y/N] ");
      spec.commandLine().getErr().flush();
      String answer = plinth.terminal().readLine();
      if (answer == null || !answer.trim().toLowerCase(Locale.ROOT).startsWith("y")) {
        spec.commandLine().getOut().println("Nothing applied: nothing changed.");
        return ExitCode.DECLINED;
      }
    }
    RunReport report;
    boolean interrupted;
    try (Interrupts.Watch watch = plinth.interrupts().watch(materializer,
        new TerminalProgress(spec.commandLine().getErr(), Clock.systemUTC(), interactive), RunReport.Mode.APPLY)) {
      report = materializer.run(outputs, aws.options(MaterializerOptions.apply(AwsOptions.runId()), clients, outputs.manifest().region()),
          watch);
      interrupted = watch.interrupted();
    }
    int code = RunOutput.finish(report, aws, spec.commandLine().getOut());
    return interrupted ? ExitCode.INTERRUPTED : code;
  }
}
