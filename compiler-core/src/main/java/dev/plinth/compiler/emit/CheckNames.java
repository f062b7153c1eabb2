package dev.plinth.compiler.emit;

import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.CompilerCode;
import dev.plinth.compiler.CompilerPass;
import dev.plinth.compiler.WiredStack;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.names.NameRules;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first emit pass: the platform, environment, stack and user-data role names, which make up
 * file names, CloudFormation stack names and graph ids.
 */
final class CheckNames implements CompilerPass<CompiledPlatform, CompiledPlatform> {
    @Override
    public String name() {
        return "names";
    }

    @Override
    public CompiledPlatform run(CompiledPlatform platform, Diagnostics found) {
        for (String name : List.of(platform.platform(), platform.environment())) {
            if (!NameRules.PLINTH_NAME.accepts(name)) {
                found.report(
                        CompilerCode.INVALID_STACK_NAME,
                        name,
                        "'" + name
                                + "' starts every stack name, so it must be lower-case letters and digits, in words joined by single hyphens",
                        "rename it, for example '" + suggestion(name) + "'");
            }
        }
        Set<String> seen = new HashSet<>();
        for (WiredStack stack : platform.stacks()) {
            String name = stack.name();
            if (!seen.add(name)) {
                found.report(
                        CompilerCode.DUPLICATE_STACK_NAME,
                        name,
                        "two stacks of the platform are named '" + name + "'",
                        "give each stack its own name");
            }
            String stackName = platform.stackName(name);
            if (!NameRules.PLINTH_NAME.accepts(name)) {
                found.report(
                        CompilerCode.INVALID_STACK_NAME,
                        name,
                        "'" + name
                                + "' is not a stack name: lower-case letters and digits, in words joined by single hyphens",
                        "rename the stack, for example '" + suggestion(name) + "'");
            } else if (!NameRules.CLOUDFORMATION_STACK_NAME.accepts(stackName)) {
                found.report(
                        CompilerCode.INVALID_STACK_NAME,
                        name,
                        "the CloudFormation stack name '" + stackName
                                + "' must start with a letter and have at most 128 letters, digits and hyphens",
                        "shorten or rename the platform, environment or stack");
            }
        }
        for (String role : platform.userData().keySet()) {
            if (!NameRules.USER_DATA_ROLE.accepts(role)) {
                found.report(
                        CompilerCode.INVALID_USER_DATA_ROLE,
                        "userdata/" + role,
                        "'" + role
                                + "' is not a role name: lower-case letters and digits, in words joined by single hyphens",
                        "rename the role, for example '" + suggestion(role) + "'");
            }
        }
        return platform;
    }

    private static String suggestion(String name) {
        String cleaned =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+|-+$", "");
        return cleaned.isEmpty() ? "main" : cleaned;
    }
}
