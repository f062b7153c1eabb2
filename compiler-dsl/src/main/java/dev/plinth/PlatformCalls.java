package dev.plinth;

import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Environment;
import dev.plinth.dsl.Platform;
import dev.plinth.dsl.Stack;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every call into a platform's own code ({@code name()}, {@code environments()}, {@code stacks()}):
 * whatever it throws or returns that Plinth cannot use becomes a {@link PlatformDefinitionException}
 * whose diagnostic names the platform class, the environment and, for a builder left incomplete,
 * the kind of value and the attributes it lacks.
 */
public final class PlatformCalls {
    /** What an Immutables builder throws when required attributes are not set. */
    private static final Pattern INCOMPLETE =
            Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");

    private static final String FIX = "fix the platform definition's code";

    private PlatformCalls() {}

    /** The platform's name; a {@code DEFINITION_FAILED} at the platform class when it throws or is blank. */
    public static String name(Platform platform) {
        String path = platform.getClass().getName();
        String name;
        try {
            name = platform.name();
        } catch (Throwable e) {
            throw failed(platform, path, "name()", e);
        }
        if (name == null || name.isBlank()) {
            throw new PlatformDefinitionException(Diagnostic.of(
                    DslCode.DEFINITION_FAILED,
                    path,
                    "platform class " + path + ": name() returned " + (name == null ? "null" : "a blank name"),
                    "return the name plinth list shows and plinth compile takes"));
        }
        return name;
    }

    /**
     * The platform's environments, each with a name and a region; a diagnostic at the platform's
     * name when {@code environments()} throws, returns null or a null environment.
     */
    public static List<Environment> environments(Platform platform, String platformName) {
        List<Environment> environments;
        try {
            environments = platform.environments();
        } catch (Throwable e) {
            throw failed(platform, platformName, "environments()", e);
        }
        if (environments == null) {
            throw returnedNull(platform, platformName, "environments()", "return the platform's environments");
        }
        List<Environment> checked = new ArrayList<>();
        try {
            for (int i = 0; i < environments.size(); i++) {
                Environment env = environments.get(i);
                if (env == null) {
                    throw returnedNull(
                            platform,
                            platformName,
                            "environments() element " + i,
                            "build every environment with Environment.builder()");
                }
                if (env.name() == null || env.region() == null) {
                    throw new PlatformDefinitionException(Diagnostic.of(
                            DslCode.MISSING_ATTRIBUTES,
                            platformName + (env.name() == null ? "" : "/" + env.name()),
                            "platform class " + className(platform) + ": environments() returned an environment"
                                    + " without " + (env.name() == null ? "name" : "region"),
                            "set " + (env.name() == null ? "name" : "region") + " on the Environment builder"));
                }
                checked.add(env);
            }
        } catch (PlatformDefinitionException e) {
            throw e;
        } catch (Throwable e) {
            throw failed(platform, platformName, "environments()", e);
        }
        return checked;
    }

    /**
     * The stacks of one environment; a diagnostic at the environment when {@code stacks()}
     * throws, returns null, a null stack, or a stack without a name or with a null component.
     */
    public static List<Stack> stacks(Platform platform, Environment env) {
        String call = "stacks(" + env.name() + ")";
        List<Stack> stacks;
        try {
            stacks = platform.stacks(env);
        } catch (Throwable e) {
            throw failed(platform, env.name(), call, e);
        }
        if (stacks == null) {
            throw returnedNull(platform, env.name(), call, "return the environment's stacks, an empty list for none");
        }
        List<Stack> checked = new ArrayList<>();
        try {
            for (int i = 0; i < stacks.size(); i++) {
                Stack stack = stacks.get(i);
                if (stack == null) {
                    throw returnedNull(
                            platform, env.name(), call + " element " + i, "build every stack with Stack.of(…)");
                }
                if (stack.name() == null) {
                    throw returnedNull(
                            platform, env.name(), call + " element " + i + "'s name()", "give every stack a name");
                }
                if (stack.components() == null || stack.components().contains(null)) {
                    throw returnedNull(
                            platform,
                            env.name() + "/" + stack.name(),
                            "stack " + stack.name() + "'s components() or one of them",
                            "add only built components to the stack");
                }
                checked.add(stack);
            }
        } catch (PlatformDefinitionException e) {
            throw e;
        } catch (Throwable e) {
            throw failed(platform, env.name(), call, e);
        }
        return checked;
    }

    /**
     * What {@code call} threw, as a diagnostic at {@code path}: {@code MISSING_ATTRIBUTES} for an
     * incomplete Immutables builder, else {@code DEFINITION_FAILED}.
     */
    public static PlatformDefinitionException failed(Platform platform, String path, String call, Throwable thrown) {
        Throwable e = unwrap(thrown);
        String where = where(e, platform.getClass());
        Matcher incomplete = e instanceof IllegalStateException && e.getMessage() != null
                ? INCOMPLETE.matcher(e.getMessage())
                : null;
        if (incomplete != null && incomplete.find()) {
            String kind = incomplete.group(1);
            String attributes = and(Arrays.asList(incomplete.group(2).split(",\\s*")));
            return new PlatformDefinitionException(Diagnostic.of(
                    DslCode.MISSING_ATTRIBUTES,
                    path,
                    "platform class " + className(platform) + ": " + call + " built " + article(kind) + " " + kind
                            + " without " + attributes + where,
                    "set " + attributes + " on the " + kind + " builder"));
        }
        return new PlatformDefinitionException(Diagnostic.of(
                DslCode.DEFINITION_FAILED,
                path,
                "platform class " + className(platform) + ": " + call + " threw " + describe(e) + where,
                FIX));
    }

    /** An exception as one line: its simple class name and its message, never a stack trace. */
    public static String describe(Throwable thrown) {
        Throwable e = unwrap(thrown);
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** The exception a reflective or static-initializer wrapper holds. */
    public static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof InvocationTargetException
                        || current instanceof ExceptionInInitializerError
                        || current instanceof UndeclaredThrowableException)
                && current.getCause() != null
                && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    /** {@code " (at Shop.java:42)"}: the top-most line of the platform class (or a class nested in it) that threw. */
    public static String where(Throwable e, Class<?> platformClass) {
        String name = platformClass.getName();
        for (StackTraceElement frame : e.getStackTrace()) {
            if ((frame.getClassName().equals(name) || frame.getClassName().startsWith(name + "$"))
                    && frame.getFileName() != null
                    && frame.getLineNumber() > 0) {
                return " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
            }
        }
        return "";
    }

    private static PlatformDefinitionException returnedNull(Platform platform, String path, String call, String fix) {
        return new PlatformDefinitionException(Diagnostic.of(
                DslCode.DEFINITION_FAILED,
                path,
                "platform class " + className(platform) + ": " + call + " returned null",
                fix));
    }

    private static String className(Platform platform) {
        return platform.getClass().getName();
    }

    private static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String and(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
