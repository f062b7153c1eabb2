package dev.plinth.materializer;

import java.util.Optional;

/**
 * What {@link Materializer#run} checks of the folder and the options before its first call, run
 * on its own and without any call: so a command can refuse a broken folder before it asks STS
 * who it is. The template bucket, which takes a call to check, is left to the run.
 */
public final class LocalChecks {
    private LocalChecks() {}

    /** @throws PreflightException listing every problem the folder and the options have */
    public static void check(CompiledOutputs outputs, MaterializerOptions options) {
        MaterializerOptions offline = options.templateStore().isPresent()
                ? options.withTemplateStore(
                        new Unchecked(options.templateStore().get()))
                : options;
        Preflight.check(outputs, offline);
    }

    /** A template store whose bucket is not checked here: the run checks it, after the identity. */
    private record Unchecked(TemplateStore store) implements TemplateStore {
        @Override
        public String put(String sha256, byte[] body) {
            return store.put(sha256, body);
        }

        @Override
        public Optional<String> problem() {
            return Optional.empty();
        }
    }
}
