package dev.plinth.materializer.fake;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.model.AlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.InsufficientCapabilitiesException;
import software.amazon.awssdk.services.cloudformation.model.InvalidChangeSetStatusException;

/** The errors the real service answers, built the way the SDK builds them from a response. */
final class CfnErrors {
    private CfnErrors() {}

    static CloudFormationException validation(String message) {
        return build(CloudFormationException.builder(), 400, "ValidationError", message);
    }

    static CloudFormationException throttling() {
        return build(CloudFormationException.builder(), 400, "Throttling", "Rate exceeded");
    }

    static CloudFormationException alreadyExists(String message) {
        return build(AlreadyExistsException.builder(), 400, "AlreadyExistsException", message);
    }

    static CloudFormationException insufficientCapabilities(String capability) {
        return build(
                InsufficientCapabilitiesException.builder(),
                400,
                "InsufficientCapabilitiesException",
                "Requires capabilities : [" + capability + "]");
    }

    static CloudFormationException invalidChangeSetStatus(String message) {
        return build(InvalidChangeSetStatusException.builder(), 400, "InvalidChangeSetStatus", message);
    }

    static CloudFormationException changeSetNotFound(String name) {
        return build(
                ChangeSetNotFoundException.builder(),
                404,
                "ChangeSetNotFound",
                "ChangeSet [" + name + "] does not exist");
    }

    static CloudFormationException scripted(int status, String code, String message) {
        return build(CloudFormationException.builder(), status, code, message);
    }

    static CloudFormationException stackNotFound(String name) {
        return validation("Stack [" + name + "] does not exist");
    }

    private static CloudFormationException build(
            AwsServiceException.Builder builder, int status, String code, String message) {
        return (CloudFormationException) builder.statusCode(status)
                .message(message)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .serviceName("CloudFormation")
                        .build())
                .build();
    }
}
