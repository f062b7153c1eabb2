package dev.plinth.materializer;

import dev.plinth.materializer.diff.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which changes need a person's approval before they are applied ({@code --require-approval}),
 * as the CDK's option of that name: none, those that broaden access or lose state, or any.
 */
public enum ApprovalPolicy {
    NEVER,
    /**
     * A change that may widen IAM permissions (an IAM principal or policy, or a resource policy,
     * added or modified) or security-group ingress, or that replaces or removes a protected
     * resource. Change sets do not show a policy's old and new statements, so an IAM or ingress
     * change counts as broadening unless it removes the resource.
     */
    BROADENING,
    ANY_CHANGE;

    private static final Set<String> PERMISSIONS = Set.of(
            "AWS::IAM::Role",
            "AWS::IAM::Policy",
            "AWS::IAM::ManagedPolicy",
            "AWS::IAM::User",
            "AWS::IAM::Group",
            "AWS::IAM::RolePolicy",
            "AWS::IAM::UserPolicy",
            "AWS::IAM::GroupPolicy",
            "AWS::IAM::InstanceProfile",
            "AWS::IAM::UserToGroupAddition",
            "AWS::S3::BucketPolicy",
            "AWS::SQS::QueuePolicy",
            "AWS::SNS::TopicPolicy",
            "AWS::KMS::Key",
            "AWS::Lambda::Permission",
            "AWS::ECR::Repository",
            "AWS::SecretsManager::ResourcePolicy",
            "AWS::OpenSearchService::Domain");
    private static final Set<String> INGRESS = Set.of("AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress");

    /** The option's value: never, broadening or any-change. */
    public static ApprovalPolicy parse(String text) {
        for (ApprovalPolicy policy : values()) {
            if (policy.option().equals(text)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("--require-approval takes never, broadening or any-change, not " + text);
    }

    public String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Why a stack's changes need approval under this policy; empty when they do not. When the
     * changes were reviewed against both templates ({@code banners} computed), broadening is
     * what the review found widened or lost; otherwise any IAM or ingress change counts.
     */
    public List<String> reasons(StackReport stack) {
        boolean reviewed = !stack.banners().isEmpty()
                || stack.changes().stream()
                        .anyMatch(c -> !c.properties().isEmpty() || !c.access().isEmpty());
        if (this == BROADENING && reviewed) {
            List<String> reasons = new ArrayList<>();
            stack.banners().stream()
                    .filter(b -> ReviewBanner.BROADENING.contains(b.kind()))
                    .forEach(b -> b.entries()
                            .forEach(entry -> reasons.add(entry.replaceFirst("^- ", "") + " (" + b.title() + ")")));
            return reasons;
        }
        return reasons(stack.changes(), stack.action() == StackReport.Action.CREATE);
    }

    /** Why these changes need approval under this policy; empty when they do not. */
    public List<String> reasons(List<ResourceChange> changes, boolean newStack) {
        List<String> reasons = new ArrayList<>();
        if (this == NEVER) {
            return reasons;
        }
        if (this == ANY_CHANGE) {
            if (!changes.isEmpty() || newStack) {
                reasons.add(newStack ? "it creates the stack" : changes.size() + " resource change(s)");
            }
            return reasons;
        }
        for (ResourceChange change : changes) {
            boolean kept = !change.action().equals("Remove");
            if (kept && PERMISSIONS.contains(change.resourceType())) {
                reasons.add(change.logicalId() + " (" + change.resourceType() + ") may widen permissions");
            } else if (kept && INGRESS.contains(change.resourceType())) {
                reasons.add(change.logicalId() + " (" + change.resourceType() + ") may widen network ingress");
            } else if (change.isProtected() && change.destroys()) {
                reasons.add(change.logicalId() + " (" + change.resourceType() + ") is protected and would be "
                        + (change.action().equals("Remove") ? "removed" : "replaced"));
            }
        }
        return reasons;
    }
}
