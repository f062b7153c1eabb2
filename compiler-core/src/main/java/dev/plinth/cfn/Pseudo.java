package dev.plinth.cfn;

import java.util.List;

/** The pseudo parameters, each a {@code Ref} to a value CloudFormation supplies. */
public final class Pseudo {
    private Pseudo() {}

    public static Value<String> region() {
        return new Intrinsic.PseudoRef<>("AWS::Region", false);
    }

    public static Value<String> accountId() {
        return new Intrinsic.PseudoRef<>("AWS::AccountId", false);
    }

    public static Value<String> stackName() {
        return new Intrinsic.PseudoRef<>("AWS::StackName", false);
    }

    public static Value<String> stackId() {
        return new Intrinsic.PseudoRef<>("AWS::StackId", false);
    }

    public static Value<String> partition() {
        return new Intrinsic.PseudoRef<>("AWS::Partition", false);
    }

    public static Value<String> urlSuffix() {
        return new Intrinsic.PseudoRef<>("AWS::URLSuffix", false);
    }

    public static Value<List<String>> notificationArns() {
        return new Intrinsic.PseudoRef<>("AWS::NotificationARNs", true);
    }

    /** Removes the property it is given to, typically as one branch of {@code Fn::If}. */
    public static <T> Value<T> noValue() {
        return new Intrinsic.PseudoRef<>("AWS::NoValue", false);
    }

    /** Whether {@code name} (such as {@code AWS::Region}) is a pseudo parameter. */
    public static boolean isPseudoParameter(String name) {
        switch (name) {
            case "AWS::Region":
            case "AWS::AccountId":
            case "AWS::StackName":
            case "AWS::StackId":
            case "AWS::Partition":
            case "AWS::URLSuffix":
            case "AWS::NotificationARNs":
            case "AWS::NoValue":
                return true;
            default:
                return false;
        }
    }
}
