package dev.plinth.materializer;

import dev.plinth.manifest.Manifest;
import dev.plinth.materializer.diff.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DeleteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DeleteStackRequest;
import software.amazon.awssdk.services.cloudformation.model.DeploymentConfig;
import software.amazon.awssdk.services.cloudformation.model.DeploymentConfigMode;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;

/**
 * One change set of one stack: a fixed name ({@code plinth-<stack>}), any leftover of that name
 * deleted first, created, waited for, read, executed or discarded. No-changes is decided from
 * the status reason, never from an empty change list (a change to outputs alone has none).
 */
final class ChangeSetRun {
    private static final String[] NO_CHANGES = {
        "The submitted information didn't contain changes", "No updates are to be performed"
    };

    /** Change sets carry the run that made them in their description: {@code Plinth run <id>: <sha-256>}. */
    static final String DESCRIPTION = "Plinth run ";

    private final CloudFormationApi cloudFormation;
    private final Polling polling;
    private final MaterializerOptions options;
    private final RunListener listener;
    private final StackRequest request;
    private final Optional<StackState> state;
    private final String name;
    private String id;
    private String stackArn;
    private DescribeChangeSetResponse described;
    private List<Change> raw = List.of();

    ChangeSetRun(
            CloudFormationApi cloudFormation,
            Polling polling,
            MaterializerOptions options,
            RunListener listener,
            StackRequest request,
            Optional<StackState> state) {
        this.cloudFormation = cloudFormation;
        this.polling = polling;
        this.options = options;
        this.listener = listener;
        this.request = request;
        this.state = state;
        this.name = name(request.stack());
    }

    /** The one change set name a stack's runs use. */
    static String name(Manifest.Stack stack) {
        return "plinth-" + stack.name();
    }

    /** The run a change set was made by, from its description. */
    static Optional<String> runOf(DescribeChangeSetResponse changeSet) {
        String description = changeSet.description();
        if (description == null || !description.startsWith(DESCRIPTION)) {
            return Optional.empty();
        }
        return Optional.of(description.substring(DESCRIPTION.length()).replaceFirst(":.*", ""));
    }

    static String otherRunCreating(String run, String changeSet) {
        return "Plinth run " + run + " is creating change set " + changeSet
                + " on this stack right now: another run is applying this"
                + " environment, and two at once would undo each other's changes. Wait for it to finish, then run again";
    }

    static String token(MaterializerOptions options, StackRequest request, String step) {
        String token = ("plinth-" + options.runId() + "-" + request.stack().name() + "-" + step)
                .replaceAll("[^a-zA-Z0-9-]", "-");
        return token.length() > 128 ? token.substring(0, 128) : token;
    }

    /** The run id in a token this class made ({@code plinth-<run>-<stack>-<step>}), if it is one. */
    static Optional<String> runOf(String token) {
        if (token == null || !token.startsWith("plinth-")) {
            return Optional.empty();
        }
        String[] parts = token.split("-", 3);
        return parts.length == 3 && !parts[1].isEmpty() ? Optional.of(parts[1]) : Optional.empty();
    }

    /** Creates the change set and waits for it; the no-changes reason when there is nothing to do. */
    Optional<String> create(ChangeSetType type, List<Parameter> parameters, CreateChangeSetRequest.Builder body) {
        state.ifPresent(s -> deleteLeftover(s.arn()));
        listener.stackStep(request.stack().name(), "creating change set " + name);
        CreateChangeSetResponse created = cloudFormation.createChangeSet(
                body.stackName(state.map(StackState::arn).orElse(request.stack().stackName()))
                        .changeSetName(name)
                        .changeSetType(type)
                        .parameters(parameters)
                        .clientToken(token(options, request, "change-set"))
                        .description(DESCRIPTION + options.runId() + ": "
                                + request.stack().sha256())
                        .deploymentConfig(
                                options.express()
                                        ? DeploymentConfig.builder()
                                                .mode(DeploymentConfigMode.EXPRESS)
                                                .build()
                                        : null)
                        .build());
        id = created.id();
        stackArn = created.stackId();
        listener.stackStep(request.stack().name(), "waiting for change set " + name);
        while (true) {
            described = cloudFormation.describeChangeSet(DescribeChangeSetRequest.builder()
                    .changeSetName(id)
                    .stackName(stackArn)
                    .build());
            String status = described.statusAsString();
            if (!status.equals("CREATE_PENDING") && !status.equals("CREATE_IN_PROGRESS")) {
                break;
            }
            if (!polling.pause(options.eventPoll())) {
                throw new StackFailure(StackReport.Outcome.FAILED, "timed out waiting for change set " + name);
            }
        }
        if (described.statusAsString().equals("FAILED")) {
            String reason = described.statusReason() == null ? "" : described.statusReason();
            for (String noChange : NO_CHANGES) {
                if (reason.startsWith(noChange)) {
                    return Optional.of(reason);
                }
            }
            discard(type == ChangeSetType.CREATE);
            throw new StackFailure(StackReport.Outcome.FAILED, "change set " + name + " failed: " + reason);
        }
        return Optional.empty();
    }

    /**
     * Takes up a reviewed change set (from a plan file) instead of creating one; it must still be
     * complete and executable, which the survey checked just before.
     */
    void reviewed(String arn) {
        described = cloudFormation.describeChangeSet(
                DescribeChangeSetRequest.builder().changeSetName(arn).build());
        id = described.changeSetId();
        stackArn = described.stackId();
        if (!"CREATE_COMPLETE".equals(described.statusAsString())
                || !"AVAILABLE".equals(described.executionStatusAsString())) {
            throw new StackFailure(
                    StackReport.Outcome.REFUSED,
                    "the reviewed change set " + name + " is " + described.statusAsString() + "/"
                            + described.executionStatusAsString() + ", not ready to execute; plan again");
        }
    }

    /** Every change, all pages. */
    List<ResourceChange> changes() {
        List<Change> all = new ArrayList<>(described.changes());
        String token = described.nextToken();
        while (token != null) {
            DescribeChangeSetResponse page = cloudFormation.describeChangeSet(DescribeChangeSetRequest.builder()
                    .changeSetName(id)
                    .stackName(stackArn)
                    .nextToken(token)
                    .build());
            all.addAll(page.changes());
            token = page.nextToken();
        }
        raw = all;
        return ChangeSetChanges.of(all, request.stack());
    }

    /** The change set's changes as CloudFormation described them, with their details, once {@link #changes()} has read them. */
    List<Change> raw() {
        return raw;
    }

    /** Waits until the change set can be executed (ExecutionStatus AVAILABLE). */
    void awaitExecutable() {
        DescribeChangeSetResponse current = described;
        while (!"AVAILABLE".equals(current.executionStatusAsString())) {
            if (!polling.pause(options.eventPoll())) {
                throw new StackFailure(
                        StackReport.Outcome.FAILED,
                        "timed out waiting for change set " + name + " to become executable ("
                                + current.executionStatusAsString() + ")");
            }
            current = cloudFormation.describeChangeSet(DescribeChangeSetRequest.builder()
                    .changeSetName(id)
                    .stackName(stackArn)
                    .build());
        }
    }

    /** Deletes the change set, and the empty stack a CREATE change set made when asked. */
    void discard(boolean deleteEmptyStack) {
        if (id == null) {
            return;
        }
        if (deleteEmptyStack) {
            cloudFormation.deleteStack(
                    DeleteStackRequest.builder().stackName(stackArn).build());
        } else {
            cloudFormation.deleteChangeSet(DeleteChangeSetRequest.builder()
                    .changeSetName(id)
                    .stackName(stackArn)
                    .build());
        }
    }

    /** Whether this change set's creation made its (still empty) stack: a CREATE. */
    boolean createdStack() {
        return state.isEmpty();
    }

    String id() {
        return id;
    }

    String stackArn() {
        return stackArn;
    }

    private void deleteLeftover(String arn) {
        DescribeChangeSetResponse leftover;
        try {
            leftover = cloudFormation.describeChangeSet(DescribeChangeSetRequest.builder()
                    .changeSetName(name)
                    .stackName(arn)
                    .build());
        } catch (AwsServiceException e) {
            if (e.awsErrorDetails() != null
                    && "ChangeSetNotFound".equals(e.awsErrorDetails().errorCode())) {
                return;
            }
            throw e;
        }
        Optional<String> other = runOf(leftover).filter(r -> !r.equals(options.runId()));
        boolean creating = "CREATE_PENDING".equals(leftover.statusAsString())
                || "CREATE_IN_PROGRESS".equals(leftover.statusAsString());
        if (creating && other.isPresent()) {
            throw new StackFailure(StackReport.Outcome.REFUSED, otherRunCreating(other.get(), name));
        }
        listener.stackStep(request.stack().name(), "deleting leftover change set " + name);
        cloudFormation.deleteChangeSet(DeleteChangeSetRequest.builder()
                .changeSetName(name)
                .stackName(arn)
                .build());
        while (true) {
            try {
                cloudFormation.describeChangeSet(DescribeChangeSetRequest.builder()
                        .changeSetName(name)
                        .stackName(arn)
                        .build());
            } catch (AwsServiceException e) {
                if (e.awsErrorDetails() != null
                        && "ChangeSetNotFound".equals(e.awsErrorDetails().errorCode())) {
                    return;
                }
                throw e;
            }
            if (!polling.pause(options.eventPoll())) {
                throw new StackFailure(StackReport.Outcome.FAILED, "timed out deleting leftover change set " + name);
            }
        }
    }
}
