package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import dev.plinth.manifest.TemplateLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the compiled folder and the options already say, checked before the first call to
 * CloudFormation, all problems at once: the manifest's graph, the names the options give, every
 * template's sha-256, and that a template too large to send inline has a bucket that can take it.
 */
final class Preflight {
    private Preflight() {}

    /** The stacks of the run and their template bytes, as checked. */
    record Checked(List<Manifest.Stack> selected, Map<String, byte[]> templates) {}

    static Checked check(CompiledOutputs outputs, MaterializerOptions options) {
        Manifest manifest = outputs.manifest();
        List<String> problems = new ArrayList<>(ManifestCheck.problems(manifest));
        List<String> named = new ArrayList<>();
        options.stack().ifPresent(named::add);
        options.only().ifPresent(named::add);
        named.addAll(options.adopt());
        if (options.express() && manifest.production()) {
            problems.add(
                    "[EXPRESS_IN_PRODUCTION] --express: the " + manifest.environment()
                            + " environment is production; express mode"
                            + " reports a stack complete once its resources are configured, before they are ready, so the stacks that read its"
                            + " outputs would start against resources not yet serving; AWS advises the standard mode for production: drop --express");
        }
        if (options.express() && options.reviewed().isPresent()) {
            problems.add(
                    "[EXPRESS_WITH_PLAN] --express with --plan: the plan's change sets keep the mode they were planned with;"
                            + " plan with --express instead");
        }
        for (String name : named) {
            if (manifest.stack(name).isEmpty()) {
                problems.add(
                        "there is no stack named '" + name + "' in the manifest; it has " + Selection.names(manifest));
            }
        }
        if (!problems.isEmpty()) {
            throw new PreflightException(problems);
        }
        List<Manifest.Stack> selected = Selection.select(manifest, options);
        Map<String, byte[]> templates = new LinkedHashMap<>();
        boolean uploads = false;
        for (Manifest.Stack stack : selected) {
            try {
                byte[] body = outputs.template(stack);
                templates.put(stack.name(), body);
                if (stack.needsS3()) {
                    uploads = true;
                    if (options.templateStore().isEmpty()) {
                        problems.add(stack.template() + " is " + String.format(Locale.ROOT, "%,d", body.length)
                                + " bytes, over the "
                                + String.format(Locale.ROOT, "%,d", TemplateLimits.MAX_INLINE_BODY_BYTES)
                                + " CloudFormation takes inline; pass --template-bucket BUCKET to upload it to S3");
                    }
                } else if (body.length > TemplateLimits.MAX_INLINE_BODY_BYTES) {
                    problems.add(
                            stack.template() + " is " + String.format(Locale.ROOT, "%,d", body.length)
                                    + " bytes, over the "
                                    + String.format(Locale.ROOT, "%,d", TemplateLimits.MAX_INLINE_BODY_BYTES)
                                    + " CloudFormation takes inline, but the manifest does not say it needs S3; compile the platform again");
                }
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty() && uploads) {
            options.templateStore().flatMap(TemplateStore::problem).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new PreflightException(problems);
        }
        return new Checked(selected, templates);
    }
}
