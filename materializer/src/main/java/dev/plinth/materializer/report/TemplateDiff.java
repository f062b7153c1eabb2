package dev.plinth.materializer.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plinth.cfn.spec.ResourceSpecification;
import dev.plinth.manifest.Manifest;
import dev.plinth.materializer.CompiledOutputs;
import dev.plinth.materializer.PreflightException;
import dev.plinth.materializer.ReviewBanner;
import dev.plinth.materializer.Reviews;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import dev.plinth.materializer.StackReport.Action;
import dev.plinth.materializer.StackReport.Outcome;
import dev.plinth.materializer.diff.ResourceChange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code plinth plan DIR --against OLD_DIR}: what applying one compiled output folder over
 * another would change, without AWS. A plan report in which:
 *
 * <ul>
 *   <li>stacks are matched by CloudFormation stack name (and region and account: another
 *       target makes every stack new); a stack of the new output not in the old is a CREATE
 *       with every resource added;
 *   <li>a stack whose template hash, parameters, tags and termination protection are equal is
 *       UNCHANGED without its templates being read; otherwise the templates are compared
 *       resource by resource, and what changes besides resources (parameters, outputs, other
 *       sections, tags) is the stack's message;
 *   <li>a stack only in the old output comes last, as action NONE and outcome SKIPPED: Plinth
 *       never deletes a stack, so the run leaves it alone and does not succeed, and its
 *       resources are listed as Remove to show what deleting it by hand would lose;
 *   <li>a parameter fed by an output of a stack that is created or changes is known after apply.
 * </ul>
 */
public final class TemplateDiff {

    private TemplateDiff() {}

    /**
     * The plan of going from the old folder to the new one.
     *
     * @throws PreflightException when a template of either folder differs from its manifest's sha-256
     */
    public static RunReport between(Path newDir, Path oldDir, ResourceSpecification spec) throws IOException {
        CompiledOutputs newOutputs = CompiledOutputs.read(newDir);
        CompiledOutputs oldOutputs = CompiledOutputs.read(oldDir);
        List<String> problems = new ArrayList<>();
        for (CompiledOutputs outputs : List.of(newOutputs, oldOutputs)) {
            for (Manifest.Stack stack : outputs.manifest().stacks()) {
                try {
                    outputs.template(stack);
                } catch (IOException e) {
                    problems.add(outputs.root() + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PreflightException(problems);
        }
        Manifest now = newOutputs.manifest();
        Manifest before = oldOutputs.manifest();
        ResourceDiff resources = new ResourceDiff(spec);
        Map<String, Manifest.Stack> previous = new LinkedHashMap<>();
        if (sameTarget(now, before)) {
            before.stacks().forEach(s -> previous.put(s.stackName(), s));
        }
        Map<String, StackReport> reports = new LinkedHashMap<>();
        for (Manifest.Stack stack : now.stacks()) {
            Manifest.Stack old = previous.remove(stack.stackName());
            reports.put(
                    stack.name(),
                    old == null
                            ? created(stack, newDir, resources)
                            : compared(
                                    new StackNotes.Side(now, stack, empty()),
                                    newDir,
                                    new StackNotes.Side(before, old, empty()),
                                    oldDir,
                                    resources));
        }
        List<StackReport> stacks = new ArrayList<>();
        for (Manifest.Stack stack : now.stacks()) {
            stacks.add(withUnknownParameters(reports.get(stack.name()), stack, reports));
        }
        for (Manifest.Stack old : previous.values()) {
            ObjectNode oldTemplate = Templates.read(oldDir.resolve(old.template()), old.format());
            Reviews.Reviewed removed = Reviews.of(
                    resources.all(Templates.section(oldTemplate, "Resources"), "Remove", old.protectedResources()),
                    List.of(),
                    Optional.of(oldTemplate),
                    MissingNode.getInstance());
            stacks.add(new StackReport(
                    old.name(),
                    old.stackName(),
                    Action.NONE,
                    Outcome.SKIPPED,
                    removed.changes(),
                    List.of(),
                    List.of(),
                    0,
                    Optional.of("Not in the new output: Plinth never deletes a stack; delete " + old.stackName()
                            + " by hand if it is no longer wanted"),
                    Map.of(),
                    0,
                    removed.banners()));
        }
        return new RunReport(now.platform(), now.environment(), now.region(), RunReport.Mode.PLAN, stacks, 0);
    }

    private static boolean sameTarget(Manifest now, Manifest before) {
        return now.region().equals(before.region())
                && (now.accountId().isEmpty()
                        || before.accountId().isEmpty()
                        || now.accountId().equals(before.accountId()));
    }

    private static StackReport created(Manifest.Stack stack, Path dir, ResourceDiff resources) throws IOException {
        ObjectNode template = Templates.read(dir.resolve(stack.template()), stack.format());
        List<ResourceChange> changes =
                resources.all(Templates.section(template, "Resources"), "Add", stack.protectedResources());
        Reviews.Reviewed reviewed = Reviews.of(changes, List.of(), Optional.empty(), template);
        return new StackReport(
                stack.name(),
                stack.stackName(),
                Action.CREATE,
                Outcome.PLANNED,
                reviewed.changes(),
                List.of(),
                List.of(),
                0,
                Optional.empty(),
                Map.of(),
                0,
                reviewed.banners());
    }

    private static StackReport compared(
            StackNotes.Side now, Path newDir, StackNotes.Side before, Path oldDir, ResourceDiff resources)
            throws IOException {
        List<ResourceChange> changes = List.of();
        List<ReviewBanner> banners = List.of();
        if (!now.stack().sha256().equals(before.stack().sha256())) {
            ObjectNode template = Templates.read(
                    newDir.resolve(now.stack().template()), now.stack().format());
            ObjectNode oldTemplate = Templates.read(
                    oldDir.resolve(before.stack().template()), before.stack().format());
            Reviews.Reviewed reviewed = Reviews.of(
                    resources.between(
                            Templates.section(template, "Resources"),
                            Templates.section(oldTemplate, "Resources"),
                            now.stack().protectedResources(),
                            before.stack().protectedResources()),
                    List.of(),
                    Optional.of(oldTemplate),
                    template);
            changes = reviewed.changes();
            banners = reviewed.banners();
            now = new StackNotes.Side(now.manifest(), now.stack(), template);
            before = new StackNotes.Side(before.manifest(), before.stack(), oldTemplate);
        }
        List<String> notes = StackNotes.between(now, before);
        boolean unchanged = changes.isEmpty() && notes.isEmpty();
        return new StackReport(
                now.stack().name(),
                now.stack().stackName(),
                unchanged ? Action.NONE : Action.UPDATE,
                unchanged ? Outcome.UNCHANGED : Outcome.PLANNED,
                changes,
                List.of(),
                List.of(),
                0,
                notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes)),
                Map.of(),
                0,
                banners);
    }

    private static StackReport withUnknownParameters(
            StackReport report, Manifest.Stack stack, Map<String, StackReport> reports) {
        List<String> unknown = new ArrayList<>();
        stack.parameters().forEach((name, parameter) -> {
            StackReport upstream = parameter.stack().map(reports::get).orElse(null);
            if (parameter.source() == Manifest.Source.OUTPUT && upstream != null && upstream.action() != Action.NONE) {
                unknown.add(name);
            }
        });
        return new StackReport(
                report.stack(),
                report.stackName(),
                report.action(),
                report.outcome(),
                report.changes(),
                report.parameterChanges(),
                unknown,
                report.durationMillis(),
                report.message(),
                report.outputs(),
                report.apiCalls(),
                report.banners());
    }

    private static ObjectNode resources(Path dir, Manifest.Stack stack) throws IOException {
        return Templates.section(Templates.read(dir.resolve(stack.template()), stack.format()), "Resources");
    }

    private static ObjectNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }
}
