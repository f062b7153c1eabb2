package dev.plinth.materializer;

/** Ends a stack's convergence with an outcome and a reason. */
final class StackFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient StackReport.Outcome outcome;

    StackFailure(StackReport.Outcome outcome, String message) {
        super(message);
        this.outcome = outcome;
    }
}
