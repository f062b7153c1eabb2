package dev.plinth.cfn;

import java.util.Objects;

/**
 * A named condition of the Conditions section. Resources, outputs and {@code Fn::If} hold the
 * object; its logical id comes from the template it is added to.
 */
public final class Condition {
    private final ConditionExpr expression;

    private Condition(ConditionExpr expression) {
        this.expression = Objects.requireNonNull(expression, "expression");
    }

    public static Condition of(ConditionExpr expression) {
        return new Condition(expression);
    }

    public ConditionExpr expression() {
        return expression;
    }
}
