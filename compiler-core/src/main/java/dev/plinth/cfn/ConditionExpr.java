package dev.plinth.cfn;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A condition function ({@code Fn::Equals}, {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not})
 * or a reference to a named {@link Condition}. Create them with {@link Fn}.
 */
public abstract class ConditionExpr {

    private ConditionExpr() {}

    /** {@code Fn::Equals}. */
    public static final class Equals extends ConditionExpr {
        private final Value<?> left;
        private final Value<?> right;

        Equals(Value<?> left, Value<?> right) {
            this.left = Objects.requireNonNull(left, "left");
            this.right = Objects.requireNonNull(right, "right");
        }

        public Value<?> left() {
            return left;
        }

        public Value<?> right() {
            return right;
        }
    }

    /** {@code Fn::And} or {@code Fn::Or}: between 2 and 10 conditions. */
    public static final class Combination extends ConditionExpr {
        private final String functionName;
        private final ImmutableList<ConditionExpr> operands;

        Combination(String functionName, List<ConditionExpr> operands) {
            if (operands.size() < 2 || operands.size() > 10) {
                throw new IllegalArgumentException(functionName + " takes 2 to 10 conditions, not " + operands.size());
            }
            this.functionName = functionName;
            this.operands = ImmutableList.copyOf(operands);
        }

        /** {@code Fn::And} or {@code Fn::Or}. */
        public String functionName() {
            return functionName;
        }

        public List<ConditionExpr> operands() {
            return operands;
        }
    }

    /** {@code Fn::Not}. */
    public static final class Not extends ConditionExpr {
        private final ConditionExpr operand;

        Not(ConditionExpr operand) {
            this.operand = Objects.requireNonNull(operand, "operand");
        }

        public ConditionExpr operand() {
            return operand;
        }
    }

    /** {@code {"Condition": "Name"}}: another named condition. */
    public static final class Reference extends ConditionExpr {
        private final Condition condition;

        Reference(Condition condition) {
            this.condition = Objects.requireNonNull(condition, "condition");
        }

        public Condition condition() {
            return condition;
        }
    }
}
