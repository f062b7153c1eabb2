package dev.plinth.bench;

import dev.plinth.cfn.GenericResource;
import dev.plinth.cfn.Output;
import dev.plinth.cfn.Template;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CrossStackWiring;
import dev.plinth.compiler.Pipeline;
import dev.plinth.compiler.StackTemplate;
import dev.plinth.compiler.WiredStack;
import dev.plinth.compiler.emit.Emit;
import dev.plinth.compiler.emit.OutputWriter;
import dev.plinth.compiler.emit.RenderedOutput;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.manifest.TemplateFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compiled output folders for the materializer benchmarks, written by the real wiring and emit
 * stages: each stack holds SSM parameters, one per upstream stack it reads (a cross-stack
 * reference the wiring turns into an output and a parameter), so the manifest's dependencies
 * are exactly {@code upstream}.
 */
final class SyntheticOutputs {
    private SyntheticOutputs() {}

    /** {@code upstream.get(i)}: the indices of the stacks stack {@code i} reads; each lower than {@code i}. */
    static Path write(Path dir, List<List<Integer>> upstream) {
        Map<Integer, GenericResource> own = new HashMap<>();
        List<StackTemplate> stacks = new ArrayList<>();
        for (int i = 0; i < upstream.size(); i++) {
            GenericResource setting = GenericResource.builder("AWS::SSM::Parameter")
                    .property("Type", "String")
                    .property("Value", "stack " + i)
                    .build();
            own.put(i, setting);
            Template.Builder template =
                    Template.builder().resource("Setting", setting).output("SettingName", Output.of(setting.ref()));
            for (int from : upstream.get(i)) {
                template.resource(
                        "From" + from,
                        GenericResource.builder("AWS::SSM::Parameter")
                                .property("Type", "String")
                                .property("Value", own.get(from).ref())
                                .build());
            }
            stacks.add(StackTemplate.of(name(i), template.build(), Map.of(), false));
        }
        Diagnostics diagnostics = new Diagnostics();
        List<WiredStack> wired = new CrossStackWiring(ResourceSpecification.bundled()).run(stacks, diagnostics);
        CompiledPlatform platform = new CompiledPlatform(
                "bench", "dev", "eu-west-1", Optional.empty(), false, Map.of("team", "bench"), wired, Map.of());
        Pipeline<RenderedOutput> emitted = Emit.render(platform, TemplateFormat.JSON);
        diagnostics.addAll(emitted.diagnostics());
        emitted.value().flatMap(output -> OutputWriter.write(output, dir)).ifPresent(diagnostics::report);
        String errors = diagnostics.toList().stream()
                .filter(Diagnostic::isError)
                .map(Diagnostic::format)
                .collect(Collectors.joining("\n"));
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors);
        }
        return dir;
    }

    static String name(int index) {
        return String.format("s%02d", index);
    }
}
