package dev.plinth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.Compilation;
import dev.plinth.CompileOptions;
import dev.plinth.Plinth;
import dev.plinth.cfn.write.TemplateWriter;
import dev.plinth.compiler.CompilerCode;
import dev.plinth.compiler.Pipeline;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.manifest.TemplateFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlinthTest {
    @TempDir
    Path dir;

    @Test
    void oneCompileRunsEveryPassFromTheDefinitionToTheRenderedOutput() {
        Compilation compilation = Plinth.compile(TestPlatform.baseline(), "prod", CompileOptions.defaults());

        assertThat(compilation.diagnostics()).isEmpty();
        assertThat(compilation.timings())
                .extracting(Pipeline.PassTiming::pass)
                .containsExactly(
                        "defaults",
                        "cidr-allocation",
                        "validation",
                        "user-data",
                        "lowering",
                        "cross-stack-wiring",
                        "assemble",
                        "names",
                        "template-validation",
                        "template-rendering",
                        "output");
        RenderedOutput output = compilation.output().orElseThrow();
        assertThat(output.files())
                .containsKeys(
                        "manifest.json",
                        "stacks/network.json",
                        "stacks/bastion.json",
                        "stacks/service.json",
                        "userdata/web.sh",
                        "userdata/bastion.sh",
                        "graph.mmd",
                        "graph.dot");
        assertThat(compilation.platform().orElseThrow().stacks()).hasSize(3);
    }

    @Test
    void theOutputIsWhatTheCompiledPlatformRendersToInTheFormatAsked() {
        Compilation json = Plinth.compile(TestPlatform.baseline(), "prod", CompileOptions.defaults());
        Compilation yaml = Plinth.compile(
                TestPlatform.baseline(), "prod", CompileOptions.defaults().withFormat(TemplateFormat.YAML));

        assertThat(json.output().orElseThrow().file("stacks/network.json"))
                .isEqualTo(
                        TemplateWriter.json(TestPlatform.stack(json.platform().orElseThrow(), "network")
                                .stack()
                                .template()));
        assertThat(yaml.output().orElseThrow().files())
                .containsKey("stacks/network.yaml")
                .doesNotContainKey("stacks/network.json");
        assertThat(yaml.output().orElseThrow().summary().format()).isEqualTo(TemplateFormat.YAML);
    }

    @Test
    void aPlatformWithAnErrorRendersNothingAndWritesNothing() throws IOException {
        TestPlatform platform = TestPlatform.baseline();
        platform.fleet.set("size", f -> f.minSize(5).maxSize(2));

        Compilation compilation = Plinth.compile(platform, "prod", CompileOptions.defaults());

        assertThat(compilation.hasErrors()).isTrue();
        assertThat(compilation.diagnostics()).isEqualTo(platform.compile().diagnostics());
        assertThat(compilation.platform()).isEmpty();
        assertThat(compilation.output()).isEmpty();
        assertThat(compilation.writeTo(dir.resolve("out"))).isSameAs(compilation);
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void anUnknownEnvironmentStopsTheCompileBeforeTheFirstPass() {
        Compilation compilation = Plinth.compile(TestPlatform.baseline(), "staging", CompileOptions.defaults());

        assertThat(compilation.diagnostics()).extracting(Diagnostic::code).containsExactly(DslCode.UNKNOWN_ENVIRONMENT);
        assertThat(compilation.timings()).isEmpty();
        assertThat(compilation.output()).isEmpty();
    }

    @Test
    void writingReplacesTheFolderWithExactlyTheOutput() throws IOException {
        Path out = dir.resolve("out");
        Compilation compilation = Plinth.compile(TestPlatform.baseline(), "prod", CompileOptions.defaults());

        assertThat(compilation.writeTo(out)).isSameAs(compilation);

        RenderedOutput output = compilation.output().orElseThrow();
        for (String path : output.files().keySet()) {
            assertThat(Files.readAllBytes(out.resolve(path))).as(path).isEqualTo(output.file(path));
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).count())
                    .isEqualTo(output.files().size());
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsADiagnosticAndLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("file");
        Files.writeString(file, "not a folder");
        Compilation compilation = Plinth.compile(TestPlatform.baseline(), "prod", CompileOptions.defaults());

        Compilation written = compilation.writeTo(file.resolve("out"));

        assertThat(written.output()).isEmpty();
        assertThat(written.hasErrors()).isTrue();
        assertThat(written.diagnostics()).extracting(Diagnostic::code).containsExactly(CompilerCode.OUTPUT_NOT_WRITTEN);
        assertThat(entries(dir)).containsExactly("file");
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
