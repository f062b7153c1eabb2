package dev.plinth.cli;

import dev.plinth.Compilation;
import dev.plinth.compiler.emit.RenderedOutput;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code plinth graph}: the stack and resource graph, as Mermaid or Graphviz dot. */
@Command(
        name = "graph",
        mixinStandardHelpOptions = true,
        description = "Prints the stack and resource graph of a platform for one environment.")
final class GraphCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CompileArguments options;

    @Option(
            names = "--graph-format",
            paramLabel = "mermaid|dot",
            defaultValue = "mermaid",
            description = "Graph notation (default: ${DEFAULT-VALUE}).")
    String graphFormat;

    @Override
    public Integer call() {
        String file;
        switch (graphFormat) {
            case "mermaid":
                file = RenderedOutput.GRAPH_MERMAID;
                break;
            case "dot":
                file = RenderedOutput.GRAPH_DOT;
                break;
            default:
                throw new UsageException("--graph-format is mermaid or dot, not " + graphFormat);
        }
        Compilation compilation = options.compile();
        CompileArguments.print(compilation.diagnostics(), spec.commandLine().getErr());
        if (compilation.output().isEmpty()) {
            return ExitCode.FAILED;
        }
        spec.commandLine().getOut().print(new String(compilation.output().get().file(file), StandardCharsets.UTF_8));
        return ExitCode.OK;
    }
}
