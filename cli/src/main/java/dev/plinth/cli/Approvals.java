package dev.plinth.cli;

import dev.plinth.materializer.ApprovalPolicy;
import dev.plinth.materializer.RunReport;
import dev.plinth.materializer.StackReport;
import java.util.ArrayList;
import java.util.List;

/** What in a plan needs a person's approval under a policy, stack by stack. */
final class Approvals {
    private Approvals() {}

    static List<String> needed(RunReport plan, ApprovalPolicy policy) {
        List<String> reasons = new ArrayList<>();
        for (StackReport stack : plan.stacks()) {
            if (stack.outcome() == StackReport.Outcome.PLANNED) {
                policy.reasons(stack).forEach(reason -> reasons.add(stack.stack() + ": " + reason));
            }
        }
        return reasons;
    }
}
