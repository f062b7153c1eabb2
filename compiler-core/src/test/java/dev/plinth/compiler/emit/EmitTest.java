package dev.plinth.compiler.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.Value;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.cfn.testing.Conformance;
import dev.plinth.cfn.validation.TemplateCode;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CompilerCode;
import dev.plinth.compiler.CompilerPass;
import dev.plinth.compiler.Pipeline;
import dev.plinth.compiler.StackTemplate;
import dev.plinth.compiler.WiredStack;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.manifest.Manifest;
import dev.plinth.manifest.TemplateFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emit stage's passes, and the writing of what they render. */
class EmitTest {
    private static final List<String> FILES = List.of(
            "graph.dot", "graph.mmd", "manifest.json", "stacks/app.json", "stacks/network.json", "userdata/web.sh");

    @TempDir
    Path dir;

    /** The emit stage alone; its diagnostics are added to {@code diagnostics}. */
    private static Optional<RenderedOutput> render(
            CompiledPlatform platform, TemplateFormat format, Diagnostics diagnostics) {
        Pipeline<RenderedOutput> emitted = Emit.render(platform, format);
        diagnostics.addAll(emitted.diagnostics());
        return emitted.value();
    }

    /** The emit stage, then the folder written unless a pass reported an error. */
    private static Optional<EmitSummary> write(
            CompiledPlatform platform, Path target, TemplateFormat format, Diagnostics diagnostics) {
        Optional<RenderedOutput> rendered = render(platform, format, diagnostics);
        if (rendered.isEmpty()) {
            return Optional.empty();
        }
        Optional<Diagnostic> failure = OutputWriter.write(rendered.get(), target);
        failure.ifPresent(diagnostics::report);
        return failure.isPresent()
                ? Optional.empty()
                : Optional.of(rendered.get().summary());
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static String sha256(byte[] bytes) {
        return Hashing.sha256().hashBytes(bytes).toString();
    }

    private static CompiledPlatform withMetadata(String stack, int metadataBytes) {
        Template template = Template.builder()
                .resource(
                        "Handle",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .metadata("Padding", Value.of("x".repeat(metadataBytes)))
                                .build())
                .build();
        return EmitFixtures.single(stack, template, Map.of());
    }

    @Test
    void theFolderHoldsTheManifestTemplatesUserDataAndGraphs() throws IOException {
        Path out = dir.resolve("demo-dev");
        Diagnostics diagnostics = new Diagnostics();

        Optional<EmitSummary> summary = write(EmitFixtures.platform(), out, TemplateFormat.JSON, diagnostics);

        assertThat(diagnostics.toList()).isEmpty();
        Map<String, byte[]> files = contents(out);
        assertThat(files).containsOnlyKeys(FILES);
        assertThat(new String(files.get("userdata/web.sh"), StandardCharsets.UTF_8))
                .isEqualTo(EmitFixtures.WEB_SCRIPT);
        Manifest manifest = Manifest.read(out.resolve("manifest.json"));
        for (Manifest.Stack stack : manifest.stacks()) {
            byte[] template = files.get(stack.template());
            assertThat(stack.sha256()).isEqualTo(sha256(template));
            assertThat(stack.bytes()).isEqualTo(template.length);
        }
        assertThat(manifest.userData()).singleElement().satisfies(u -> {
            assertThat(u.sha256()).isEqualTo(sha256(files.get("userdata/web.sh")));
            assertThat(u.bytes()).isEqualTo(files.get("userdata/web.sh").length);
        });
        assertThat(summary.orElseThrow().stacks())
                .containsExactly(
                        new EmitSummary.StackSummary(
                                "network", "demo-dev-network", 3, files.get("stacks/network.json").length, false),
                        new EmitSummary.StackSummary(
                                "app", "demo-dev-app", 5, files.get("stacks/app.json").length, false));
        assertThat(entries(dir)).containsExactly("demo-dev");
    }

    @Test
    void theFolderHoldsExactlyWhatRenderGives() throws IOException {
        Path out = dir.resolve("out");
        write(EmitFixtures.platform(), out, TemplateFormat.JSON, new Diagnostics());

        RenderedOutput rendered = render(EmitFixtures.platform(), TemplateFormat.JSON, new Diagnostics())
                .orElseThrow();

        assertThat(rendered.files().keySet()).containsExactlyElementsOf(FILES);
        Map<String, byte[]> written = contents(out);
        rendered.files()
                .forEach((path, bytes) -> assertThat(written.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void userDataScriptsAreExecutable() throws IOException {
        Path out = dir.resolve("out");
        write(EmitFixtures.platform(), out, TemplateFormat.JSON, new Diagnostics());

        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("userdata/web.sh"))))
                    .isEqualTo("rwxr-xr-x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("manifest.json"))))
                    .isEqualTo("rw-r--r--");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                    .isEqualTo("rwxr-xr-x");
        }
    }

    @Test
    void writingTwiceGivesTheSameBytesAndReplacesTheWholeFolder() throws IOException {
        Path out = dir.resolve("out");
        write(EmitFixtures.platform(), out, TemplateFormat.JSON, new Diagnostics());
        Map<String, byte[]> first = contents(out);
        Files.writeString(out.resolve("stale.txt"), "from an older compile");

        write(EmitFixtures.platform(), out, TemplateFormat.JSON, new Diagnostics());

        Map<String, byte[]> second = contents(out);
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
        assertThat(entries(dir)).containsExactly("out");
    }

    @Test
    void yamlFormatWritesYamlTemplatesAndSaysSoInTheManifest() throws IOException {
        Path out = dir.resolve("out");

        write(EmitFixtures.platform(), out, TemplateFormat.YAML, new Diagnostics());

        assertThat(contents(out))
                .containsOnlyKeys(
                        "graph.dot",
                        "graph.mmd",
                        "manifest.json",
                        "stacks/app.yaml",
                        "stacks/network.yaml",
                        "userdata/web.sh");
        Manifest.Stack network =
                Manifest.read(out.resolve("manifest.json")).stack("network").orElseThrow();
        assertThat(network.template()).isEqualTo("stacks/network.yaml");
        assertThat(network.format()).isEqualTo(TemplateFormat.YAML);
        assertThat(Files.readString(out.resolve("stacks/network.yaml")))
                .startsWith("AWSTemplateFormatVersion: \"2010-09-09\"\n");
    }

    @Test
    void anErrorLeavesAnExistingFolderUntouchedAndNoTemporaryFolder() throws IOException {
        Path out = dir.resolve("out");
        write(EmitFixtures.platform(), out, TemplateFormat.JSON, new Diagnostics());
        Map<String, byte[]> before = contents(out);
        Diagnostics diagnostics = new Diagnostics();

        Optional<EmitSummary> summary =
                write(EmitFixtures.platform(Map.of("../web", "#!/bin/bash")), out, TemplateFormat.JSON, diagnostics);

        assertThat(summary).isEmpty();
        assertThat(diagnostics.hasErrors()).isTrue();
        Map<String, byte[]> after = contents(out);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        assertThat(entries(dir)).containsExactly("out");
    }

    @Test
    void anErrorCreatesNothingWhenTheFolderIsAbsent() throws IOException {
        Diagnostics diagnostics = new Diagnostics();

        write(
                EmitFixtures.platform(Map.of("../web", "#!/bin/bash")),
                dir.resolve("out"),
                TemplateFormat.JSON,
                diagnostics);

        assertThat(diagnostics.hasErrors()).isTrue();
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void aTemplateTooLargeToSendInlineIsAWarningAndMarkedForS3() {
        CompiledPlatform platform = withMetadata("padded", 60_000);
        Conformance.write(
                "compiler-core/emit-padded", platform.stacks().get(0).stack().template());
        Diagnostics diagnostics = new Diagnostics();

        RenderedOutput rendered =
                render(platform, TemplateFormat.JSON, diagnostics).orElseThrow();

        assertThat(diagnostics.toList()).extracting(Diagnostic::code).containsExactly(TemplateCode.TEMPLATE_NEEDS_S3);
        assertThat(rendered.summary().warnings()).isEqualTo(diagnostics.toList());
        assertThat(rendered.manifest().stack("padded").orElseThrow().needsS3()).isTrue();
        assertThat(rendered.summary().stacks().get(0).needsS3()).isTrue();
    }

    @Test
    void theSizeThatCountsIsTheSizeInTheFormatWritten() {
        Diagnostics json = new Diagnostics();
        Diagnostics yaml = new Diagnostics();
        CompiledPlatform platform = withMetadata("edge", 51_050);

        render(platform, TemplateFormat.JSON, json);
        render(platform, TemplateFormat.YAML, yaml);

        assertThat(json.toList()).extracting(Diagnostic::code).containsExactly(TemplateCode.TEMPLATE_NEEDS_S3);
        assertThat(yaml.toList()).isEmpty();
    }

    @Test
    void aTemplateOverOneMegabyteIsAnErrorAndNothingIsWritten() throws IOException {
        Diagnostics diagnostics = new Diagnostics();

        Optional<EmitSummary> summary =
                write(withMetadata("huge", 1_000_001), dir.resolve("out"), TemplateFormat.JSON, diagnostics);

        assertThat(summary).isEmpty();
        assertThat(diagnostics.toList()).extracting(Diagnostic::code).containsExactly(TemplateCode.TEMPLATE_TOO_LARGE);
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void templateProblemsAreReportedWithTheStackName() {
        Template template = Template.builder()
                .resource(
                        "Vpc",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property("CidrBlok", "10.0.0.0/16")
                                .build())
                .build();
        Diagnostics diagnostics = new Diagnostics();

        Optional<RenderedOutput> rendered =
                render(EmitFixtures.single("network", template, Map.of()), TemplateFormat.JSON, diagnostics);

        assertThat(rendered).isEmpty();
        assertThat(diagnostics.toList())
                .extracting(Diagnostic::path)
                .contains("network/Resources/Vpc/Properties/CidrBlok");
    }

    @Test
    void namesThatCannotBeFilesAreRefused() {
        Template template = Template.builder()
                .resource(
                        "Handle",
                        GenericResource.builder("AWS::CloudFormation::WaitConditionHandle")
                                .build())
                .build();
        Diagnostics diagnostics = new Diagnostics();

        render(EmitFixtures.single("Net_Work", template, Map.of("../web", "echo")), TemplateFormat.JSON, diagnostics);

        assertThat(diagnostics.toList())
                .extracting(Diagnostic::format)
                .containsExactly(
                        "[INVALID_STACK_NAME] Net_Work: 'Net_Work' is not a stack name: lower-case letters and digits, in words joined by single hyphens; "
                                + "rename the stack, for example 'net-work'.",
                        "[INVALID_USER_DATA_ROLE] userdata/../web: '../web' is not a role name: lower-case letters and digits, in words joined by single hyphens; "
                                + "rename the role, for example 'web'.");
    }

    @Test
    void aFolderThatIsNoPreviousOutputIsNotReplaced() throws IOException {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Files.writeString(home.resolve("notes.txt"), "keep me");
        Diagnostics diagnostics = new Diagnostics();

        Optional<EmitSummary> summary = write(EmitFixtures.platform(), home, TemplateFormat.JSON, diagnostics);

        assertThat(summary).isEmpty();
        assertThat(diagnostics.toList()).extracting(Diagnostic::code).containsExactly(CompilerCode.OUTPUT_NOT_WRITTEN);
        assertThat(contents(home)).containsOnlyKeys("notes.txt");
        assertThat(entries(dir)).containsExactly("home");
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedAndLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("file");
        Files.writeString(file, "not a folder");
        Diagnostics diagnostics = new Diagnostics();

        Optional<EmitSummary> summary =
                write(EmitFixtures.platform(), file.resolve("out"), TemplateFormat.JSON, diagnostics);

        assertThat(summary).isEmpty();
        assertThat(diagnostics.toList()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(CompilerCode.OUTPUT_NOT_WRITTEN);
            assertThat(d.path()).isEqualTo(file.resolve("out").toString());
        });
        assertThat(entries(dir)).containsExactly("file");
    }

    @Test
    void theStageRunsItsPassesInOrderAndEndsInTheRenderedOutput() {
        Pipeline<RenderedOutput> emitted = Emit.render(EmitFixtures.platform(), TemplateFormat.JSON);

        assertThat(emitted.timings())
                .extracting(Pipeline.PassTiming::pass)
                .containsExactly("names", "template-validation", "template-rendering", "output");
        assertThat(emitted.value()).isPresent();
    }

    @Test
    void everyCheckRunsInOneCompileAndNothingIsRendered() {
        Template broken = Template.builder()
                .resource(
                        "Vpc",
                        GenericResource.builder("AWS::EC2::VPC")
                                .property("CidrBlok", "10.0.0.0/16")
                                .build())
                .build();
        Template padded = withMetadata("padded", 60_000).stacks().get(0).stack().template();
        CompiledPlatform platform = new CompiledPlatform(
                "demo",
                "dev",
                "eu-west-1",
                Optional.empty(),
                false,
                Map.of(),
                List.of(wired("padded", padded), wired("Broken", broken)),
                Map.of("../web", "#!/bin/bash"));

        Pipeline<RenderedOutput> emitted = Emit.render(platform, TemplateFormat.JSON);

        assertThat(emitted.value()).isEmpty();
        assertThat(emitted.diagnostics())
                .extracting(d -> d.code().toString() + " " + d.path())
                .containsExactly(
                        "INVALID_STACK_NAME Broken",
                        "INVALID_USER_DATA_ROLE userdata/../web",
                        "UNKNOWN_PROPERTY Broken/Resources/Vpc/Properties/CidrBlok",
                        "TEMPLATE_NEEDS_S3 padded");
        assertThat(emitted.timings())
                .extracting(Pipeline.PassTiming::pass)
                .containsExactly("names", "template-validation", "template-rendering");
    }

    @Test
    void aCompileThatFailedIsNotEmitted() {
        Pipeline<CompiledPlatform> failed = Pipeline.start(EmitFixtures.platform())
                .then(new CompilerPass<>() {
                    @Override
                    public String name() {
                        return "failing";
                    }

                    @Override
                    public CompiledPlatform run(CompiledPlatform platform, Diagnostics out) {
                        out.report(CompilerCode.STACK_CYCLE, "app", "a cycle", "break it");
                        return platform;
                    }
                });

        Pipeline<RenderedOutput> emitted = Emit.after(failed, ResourceSpecification.bundled(), TemplateFormat.JSON);

        assertThat(emitted.value()).isEmpty();
        assertThat(emitted.timings()).extracting(Pipeline.PassTiming::pass).containsExactly("failing");
        assertThat(emitted.diagnostics()).extracting(Diagnostic::code).containsExactly(CompilerCode.STACK_CYCLE);
    }

    private static WiredStack wired(String name, Template template) {
        return new WiredStack(StackTemplate.of(name, template, Map.of(), false), Map.of(), Set.of());
    }
}
