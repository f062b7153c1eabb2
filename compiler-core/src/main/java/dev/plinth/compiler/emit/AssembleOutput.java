package dev.plinth.compiler.emit;

import com.google.common.hash.Hashing;
import dev.plinth.cfn.Template;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CompilerPass;
import dev.plinth.compiler.WiredStack;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.manifest.Manifest;
import dev.plinth.manifest.TemplateFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The last emit pass, run only when no pass reported an error: every file of the output folder
 * in memory (the rendered templates, the user-data scripts, the manifest that lists them with
 * their hashes and sizes, the graphs) and the summary.
 */
final class AssembleOutput implements CompilerPass<RenderTemplates.Rendered, RenderedOutput> {

    @Override
    public String name() {
        return "output";
    }

    /** {@code out} holds the warnings of the whole compile (there is no error when this pass runs): the summary keeps them. */
    @Override
    public RenderedOutput run(RenderTemplates.Rendered rendered, Diagnostics out) {
        CompiledPlatform platform = rendered.platform();
        TemplateFormat format = rendered.format();
        Map<String, RenderTemplates.Body> bodies = new HashMap<>();
        rendered.bodies().forEach(body -> bodies.putIfAbsent(body.stack(), body));
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<Manifest.Stack> stacks = new ArrayList<>();
        List<EmitSummary.StackSummary> summaries = new ArrayList<>();
        for (WiredStack stack : platform.stacks()) {
            Template template = stack.stack().template();
            RenderTemplates.Body body = bodies.get(stack.name());
            byte[] bytes = body.bytes();
            String path = "stacks/" + stack.name() + "." + format.extension();
            files.put(path, bytes);
            stacks.add(new Manifest.Stack(
                    stack.name(),
                    platform.stackName(stack.name()),
                    path,
                    format,
                    sha256(bytes),
                    bytes.length,
                    body.needsS3(),
                    template.resources().size(),
                    StackFacts.parameters(stack),
                    StackFacts.outputs(template),
                    stack.dependsOn(),
                    stack.stack().tags(),
                    StackFacts.capabilities(template),
                    stack.stack().terminationProtection(),
                    StackFacts.protectedResources(template),
                    stack.stack().notificationArns(),
                    StackFacts.stackPolicy(template, platform.production())));
            summaries.add(new EmitSummary.StackSummary(
                    stack.name(),
                    platform.stackName(stack.name()),
                    template.resources().size(),
                    bytes.length,
                    body.needsS3()));
        }
        List<Manifest.UserData> userData = new ArrayList<>();
        platform.userData().forEach((role, script) -> {
            byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
            String path = "userdata/" + role + ".sh";
            files.put(path, bytes);
            userData.add(new Manifest.UserData(role, path, sha256(bytes), bytes.length));
        });
        Manifest manifest = new Manifest(
                Manifest.SCHEMA_VERSION,
                platform.platform(),
                platform.environment(),
                platform.region(),
                platform.accountId().filter(a -> !a.isEmpty()),
                platform.production(),
                platform.tags(),
                stacks,
                userData);
        files.put(Manifest.FILE_NAME, manifest.toJson());
        PlatformGraph graph = PlatformGraph.of(platform);
        files.put(RenderedOutput.GRAPH_MERMAID, GraphWriter.mermaid(graph).getBytes(StandardCharsets.UTF_8));
        files.put(RenderedOutput.GRAPH_DOT, GraphWriter.dot(graph).getBytes(StandardCharsets.UTF_8));
        EmitSummary summary =
                new EmitSummary(platform.platform(), platform.environment(), format, summaries, out.toList());
        return new RenderedOutput(manifest, files, summary);
    }

    private static String sha256(byte[] bytes) {
        return Hashing.sha256().hashBytes(bytes).toString();
    }
}
