package dev.plinth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** plinth completion bash|zsh: picocli's script, which completes every command and option. */
class CompletionTest {
    private static final List<String> COMMANDS =
            List.of("list", "compile", "validate", "graph", "plan", "materialize", "completion");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void theBashCompletionScriptCompletesEveryCommandAndTheirOptions() {
        assertThat(run("completion", "bash")).isZero();

        String script = out.toString();
        assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_plinth -o default plinth");
        assertThat(COMMANDS).allSatisfy(command -> assertThat(script).contains(command));
        assertThat(script).contains("--detailed-exitcode").contains("--yes").contains("--graph-format");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theZshCompletionScriptIsTheBashScriptThroughBashcompinitAndSaysSo() {
        run("completion", "bash");
        String bash = out.toString();
        out.getBuffer().setLength(0);

        assertThat(run("completion", "zsh")).isZero();

        String zsh = out.toString();
        assertThat(zsh)
                .startsWith(
                        "#!/usr/bin/env bash\n#\n# plinth completion for zsh: the bash completion script below, run through "
                                + "zsh's bashcompinit,");
        assertThat(zsh).contains("autoload -U +X bashcompinit && bashcompinit");
        assertThat(zsh.lines().filter(line -> !line.startsWith("#")))
                .containsExactlyElementsOf(
                        bash.lines().filter(line -> !line.startsWith("#")).toList());
    }

    @Test
    void anotherShellIsAUsageError() {
        assertThat(run("completion", "fish")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("plinth: completion takes bash or zsh, not fish" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }
}
