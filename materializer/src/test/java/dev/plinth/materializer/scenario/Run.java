package dev.plinth.materializer.scenario;

import dev.plinth.materializer.CallCounter;
import dev.plinth.materializer.CloudFormationApi;
import dev.plinth.materializer.CompiledOutputs;
import dev.plinth.materializer.Materializer;
import dev.plinth.materializer.MaterializerOptions;
import dev.plinth.materializer.RunListener;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/** One materializer run against the fake, with what the listener saw. */
final class Run {
    final RunReport report;
    final List<String> progress;

    private Run(RunReport report, List<String> progress) {
        this.report = report;
        this.progress = progress;
    }

    static Run apply(FakeCloudFormation fake, Path dir) {
        return run(fake, dir, MaterializerOptions.apply("run1"));
    }

    static Run plan(FakeCloudFormation fake, Path dir) {
        return run(fake, dir, MaterializerOptions.plan("plan1"));
    }

    static Run run(FakeCloudFormation fake, Path dir, MaterializerOptions options) {
        return run(fake, fake, dir, options);
    }

    /** A run whose calls go through {@code api} (a wrapper of the fake that injects faults). */
    static Run run(CloudFormationApi api, FakeCloudFormation fake, Path dir, MaterializerOptions options) {
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = new RunListener() {
            @Override
            public void stackStep(String stack, String step) {
                progress.add(stack + ": " + step);
            }

            @Override
            public void stackEvent(String stack, StackEvent event, int done, int total) {
                progress.add(stack + ": " + event.logicalResourceId() + " " + event.resourceStatusAsString() + " ("
                        + done + "/" + total + ")");
            }
        };
        try {
            RunReport report = new Materializer(api, fake.ticker(), new CallCounter())
                    .run(CompiledOutputs.read(dir), options, listener);
            return new Run(report, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StackReport stack(String name) {
        return report.stacks().stream()
                .filter(s -> s.stack().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
