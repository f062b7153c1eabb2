package dev.plinth.materializer;

import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * A CloudFormation call that still failed after the retry layer gave up: names the call, where it
 * went, how many attempts were made over how long, and the last error.
 */
public final class CallFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CallFailedException(String operation, String endpoint, int attempts, long millis, RuntimeException last) {
        super(
                operation + " to " + endpoint + " failed after " + attempts + " attempts over " + seconds(millis) + ": "
                        + describe(last),
                last);
    }

    private static String seconds(long millis) {
        return millis < 10_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : (millis / 1000) + " s";
    }

    /** An AWS error as a person reads it: the error code and message, or the HTTP status, without the SDK's attempt count. */
    static String describe(RuntimeException e) {
        if (e instanceof AwsServiceException aws) {
            if (aws.awsErrorDetails() != null && aws.awsErrorDetails().errorCode() != null) {
                return aws.awsErrorDetails().errorCode() + ": "
                        + aws.awsErrorDetails().errorMessage();
            }
            return "HTTP " + aws.statusCode() + " from " + serviceName(aws);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s*\\(SDK Attempt Count: \\d+\\)", "");
    }

    private static String serviceName(AwsServiceException e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().serviceName() != null
                ? e.awsErrorDetails().serviceName()
                : "CloudFormation";
    }
}
