package dev.plinth.materializer;

import java.time.Duration;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@link MaterializerOptions} made one setting at a time: from a mode's defaults or from options
 * already made, each setting replaced in turn, then {@link #build() built} into a new record, whose
 * constructor checks the whole again. The record's factories and withers are made with it.
 */
final class OptionsBuilder {
    private RunReport.Mode mode;
    private int parallelism;
    private Optional<String> stack;
    private Optional<String> only;
    private boolean allowReplacement;
    private Optional<TemplateStore> templateStore;
    private Duration timeout;
    private Duration statusPoll;
    private Duration eventPoll;
    private String runId;
    private SortedSet<String> adopt;
    private boolean keepChangeSets;
    private Optional<PlanFile> reviewed;
    private ApprovalPolicy approval;
    private boolean express;

    private OptionsBuilder() {}

    /**
     * A run in {@code mode} under {@code timeout}: 4 stacks at once, every stack, no replacement of
     * protected resources, no template store, polls every 5 s (status) and 2 s (events), nothing
     * adopted, no change set kept, no reviewed plan, no approval asked, no express mode.
     */
    static OptionsBuilder defaults(RunReport.Mode mode, Duration timeout, String runId) {
        OptionsBuilder builder = new OptionsBuilder();
        builder.mode = mode;
        builder.parallelism = 4;
        builder.stack = Optional.empty();
        builder.only = Optional.empty();
        builder.allowReplacement = false;
        builder.templateStore = Optional.empty();
        builder.timeout = timeout;
        builder.statusPoll = Duration.ofSeconds(5);
        builder.eventPoll = Duration.ofSeconds(2);
        builder.runId = runId;
        builder.adopt = new TreeSet<>();
        builder.keepChangeSets = false;
        builder.reviewed = Optional.empty();
        builder.approval = ApprovalPolicy.NEVER;
        builder.express = false;
        return builder;
    }

    /** Starts from every setting of {@code options}. */
    static OptionsBuilder from(MaterializerOptions options) {
        OptionsBuilder builder = new OptionsBuilder();
        builder.mode = options.mode();
        builder.parallelism = options.parallelism();
        builder.stack = options.stack();
        builder.only = options.only();
        builder.allowReplacement = options.allowReplacement();
        builder.templateStore = options.templateStore();
        builder.timeout = options.timeout();
        builder.statusPoll = options.statusPoll();
        builder.eventPoll = options.eventPoll();
        builder.runId = options.runId();
        builder.adopt = options.adopt();
        builder.keepChangeSets = options.keepChangeSets();
        builder.reviewed = options.reviewed();
        builder.approval = options.approval();
        builder.express = options.express();
        return builder;
    }

    OptionsBuilder parallelism(int value) {
        parallelism = value;
        return this;
    }

    OptionsBuilder stack(String name) {
        stack = Optional.of(name);
        return this;
    }

    OptionsBuilder only(String name) {
        only = Optional.of(name);
        return this;
    }

    OptionsBuilder allowReplacement(boolean value) {
        allowReplacement = value;
        return this;
    }

    OptionsBuilder templateStore(TemplateStore store) {
        templateStore = Optional.of(store);
        return this;
    }

    OptionsBuilder timeout(Duration value) {
        timeout = value;
        return this;
    }

    OptionsBuilder polls(Duration status, Duration events) {
        statusPoll = status;
        eventPoll = events;
        return this;
    }

    OptionsBuilder adopt(SortedSet<String> names) {
        adopt = names;
        return this;
    }

    OptionsBuilder keepChangeSets() {
        keepChangeSets = true;
        return this;
    }

    OptionsBuilder reviewed(PlanFile plan) {
        reviewed = Optional.of(plan);
        return this;
    }

    OptionsBuilder approval(ApprovalPolicy policy) {
        approval = policy;
        return this;
    }

    OptionsBuilder express() {
        express = true;
        return this;
    }

    /** The options as set, checked by the record's constructor. */
    MaterializerOptions build() {
        return new MaterializerOptions(
                mode,
                parallelism,
                stack,
                only,
                allowReplacement,
                templateStore,
                timeout,
                statusPoll,
                eventPoll,
                runId,
                adopt,
                keepChangeSets,
                reviewed,
                approval,
                express);
    }
}
