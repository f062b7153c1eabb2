package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.materializer.AwsClients;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackSummary;

/**
 * materialize's question before it applies, through the plinth command against moto, with the
 * terminal the command asks on standing in for standard input ({@link Terminal}). Each test has
 * its own moto. Skipped when python3 has no moto, unless PLINTH_REQUIRE_MOTO=1.
 */
class PromptMotoTest {
  private static final String REGION = "eu-west-1";

  @TempDir
  Path temp;

  private MotoServer moto;
  private CloudFormationClient cloudFormation;
  private Path dir;

  @BeforeEach
  void startMotoAndCompile() throws Exception {
    moto = MotoServer.start(temp);
    cloudFormation = new AwsClients(REGION, Optional.empty(), Optional.of(URI.create(moto.endpoint()))).cloudFormation();
    dir = temp.resolve("out");
    assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        "compile", "stateless-service", "--env", "dev", "--out", dir.toString())).isZero();
  }

  @AfterEach
  void stopMoto() throws InterruptedException {
    if (cloudFormation != null) {
      cloudFormation.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  @Test
  void decliningThePromptExitsThreeAndChangesNothing() {
    Run run = plinth(answering("n\n"), "materialize", dir.toString(), "--endpoint-url", moto.endpoint());

    assertThat(run.code).as(run.describe()).isEqualTo(3);
    assertThat(run.out).contains("3 stacks: 3 to change").endsWith("Nothing applied: nothing changed." + System.lineSeparator());
    assertThat(run.err).endsWith("Apply these changes? [y/N] ");
    assertThat(liveStacks()).isEmpty();
  }

  @Test
  void theEndOfTheInputAtThePromptDeclinesToo() {
    Run run = plinth(answering(""), "materialize", dir.toString(), "--endpoint-url", moto.endpoint());

    assertThat(run.code).as(run.describe()).isEqualTo(3);
    assertThat(run.out).endsWith("Nothing applied: nothing changed." + System.lineSeparator());
    assertThat(liveStacks()).isEmpty();
  }

  @Test
  void answeringYesAppliesWhatThePlanShowed() {
    Run run = plinth(answering("y\n"), "materialize", dir.toString(), "--endpoint-url", moto.endpoint());

    assertThat(run.code).as(run.describe()).isZero();
    assertThat(run.out).contains("3 stacks: 3 to change").contains("3 stacks: 3 applied, 0 unchanged, 0 failed, 0 skipped");
    assertThat(liveStacks()).hasSize(3).allMatch(stack -> stack.endsWith("(CREATE_COMPLETE)"));
  }

  @Test
  void whenNobodyCanAnswerChangesThatNeedApprovalAreRefusedWithExitThreeAndNothingAsked() {
    Terminal noTerminal = new Terminal(() -> false, new StringReader("y\n"));

    Run run = plinth(noTerminal, "materialize", dir.toString(), "--endpoint-url", moto.endpoint());

    assertThat(run.code).isEqualTo(3);
    assertThat(run.err).contains("plinth: [NEEDS_APPROVAL] these changes need approval (--require-approval broadening) and"
        + " there is no terminal to ask on; nothing changed:").doesNotContain("Apply these changes?");
    assertThat(liveStacks()).isEmpty();
  }

  private static Terminal answering(String input) {
    return new Terminal(() -> true, new StringReader(input));
  }

  /** Every stack in moto that is not DELETE_COMPLETE, with its status. */
  private List<String> liveStacks() {
    List<String> names = new ArrayList<>();
    for (StackSummary summary : cloudFormation.listStacksPaginator(r -> {}).stackSummaries()) {
      if (!"DELETE_COMPLETE".equals(summary.stackStatusAsString())) {
        names.add(summary.stackName() + " (" + summary.stackStatusAsString() + ")");
      }
    }
    return names;
  }

  private Run plinth(Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PlinthCommand(terminal, new TestSignals().interrupts()), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString(), moto.logTail());
  }

  private record Run(int code, String out, String err, String motoLog) {
    String describe() {
      return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err + "\nmoto log (tail):\n" + motoLog;
    }
  }
}
