package dev.plinth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.Compilation;
import dev.plinth.CompileOptions;
import dev.plinth.PlatformCompiler;
import dev.plinth.Plinth;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a platform's own code throws or returns, the compile reports one coded diagnostic and writes nothing. */
class PlatformCodeFailureTest {
    private static final String CLASS = Scripted.class.getName();

    @TempDir
    Path dir;

    /** A platform whose three methods a test scripts; by default the baseline platform's. */
    static final class Scripted implements Platform {
        final TestPlatform baseline = TestPlatform.baseline();
        Supplier<String> name = () -> "shop";
        Supplier<List<Environment>> environments = baseline::environments;
        Function<Environment, List<Stack>> stacks = baseline::stacks;

        @Override
        public String name() {
            return name.get();
        }

        @Override
        public List<Environment> environments() {
            return environments.get();
        }

        @Override
        public List<Stack> stacks(Environment environment) {
            return stacks.apply(environment);
        }
    }

    private final Scripted platform = new Scripted();

    /** The one diagnostic of compiling prod, after checking that nothing was compiled nor written. */
    private String failure() {
        Compilation compilation = Plinth.compile(platform, "prod", CompileOptions.defaults());
        assertThat(compilation.output()).isEmpty();
        assertThat(compilation.platform()).isEmpty();
        assertThat(compilation.writeTo(dir.resolve("out"))).isSameAs(compilation);
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
        assertThat(compilation.diagnostics()).hasSize(1);
        Diagnostic diagnostic = compilation.diagnostics().get(0);
        assertThat(PlatformCompiler.bundled().compile(platform, "prod").diagnostics())
                .containsExactly(diagnostic);
        return diagnostic.format().replaceAll("\\(at PlatformCodeFailureTest.java:\\d+\\)", "(at LINE)");
    }

    @Test
    void theBaselineCompiles() {
        assertThat(Plinth.compile(platform, "prod", CompileOptions.defaults()).diagnostics())
                .isEmpty();
    }

    @Test
    void aNameThatThrowsIsReportedAtThePlatformClass() {
        platform.name = () -> {
            throw new IllegalStateException("no name yet");
        };

        assertThat(failure())
                .isEqualTo(
                        "[DEFINITION_FAILED] " + CLASS + ": platform class " + CLASS
                                + ": name() threw IllegalStateException: no name yet (at LINE); fix the platform definition's code.");
    }

    @Test
    void aNullNameIsReported() {
        platform.name = () -> null;

        assertThat(failure())
                .isEqualTo("[DEFINITION_FAILED] " + CLASS + ": platform class " + CLASS
                        + ": name() returned null; return the name plinth list shows and plinth compile takes.");
    }

    @Test
    void environmentsThatThrowAreReportedAtThePlatform() {
        platform.environments = () -> {
            throw new UnsupportedOperationException();
        };

        assertThat(failure())
                .isEqualTo(
                        "[DEFINITION_FAILED] shop: platform class " + CLASS
                                + ": environments() threw UnsupportedOperationException (at LINE); fix the platform definition's code.");
        assertThat(PlatformCompiler.unknownEnvironment(platform, "prod"))
                .map(Diagnostic::code)
                .contains(DslCode.DEFINITION_FAILED);
    }

    @Test
    void nullEnvironmentsAreReported() {
        platform.environments = () -> null;

        assertThat(failure())
                .isEqualTo("[DEFINITION_FAILED] shop: platform class " + CLASS
                        + ": environments() returned null; return the platform's environments.");
    }

    @Test
    void aNullEnvironmentIsReported() {
        platform.environments =
                () -> Arrays.asList(platform.baseline.environments().get(0), null);

        assertThat(failure())
                .isEqualTo(
                        "[DEFINITION_FAILED] shop: platform class " + CLASS
                                + ": environments() element 1 returned null; build every environment with Environment.builder().");
    }

    @Test
    void anEnvironmentWithoutARegionNamesTheMissingAttribute() {
        platform.environments = () -> List.of(Environment.builder().name("prod").build());

        assertThat(failure())
                .isEqualTo(
                        "[MISSING_ATTRIBUTES] shop: platform class " + CLASS
                                + ": environments() built an Environment without region (at LINE); set region on the Environment builder.");
    }

    @Test
    void stacksThatThrowAreReportedAtTheEnvironment() {
        platform.stacks = env -> {
            throw new IllegalArgumentException("no artifact bucket for " + env.name());
        };

        assertThat(failure())
                .isEqualTo("[DEFINITION_FAILED] prod: platform class " + CLASS
                        + ": stacks(prod) threw IllegalArgumentException: no artifact bucket for prod (at LINE); "
                        + "fix the platform definition's code.");
    }

    @Test
    void anErrorFromStacksIsReportedToo() {
        platform.stacks = env -> {
            throw new NoClassDefFoundError("com/example/Missing");
        };

        assertThat(failure())
                .isEqualTo("[DEFINITION_FAILED] prod: platform class " + CLASS
                        + ": stacks(prod) threw NoClassDefFoundError: com/example/Missing (at LINE); "
                        + "fix the platform definition's code.");
    }

    @Test
    void nullStacksAreReported() {
        platform.stacks = env -> null;

        assertThat(failure())
                .isEqualTo("[DEFINITION_FAILED] prod: platform class " + CLASS
                        + ": stacks(prod) returned null; return the environment's stacks, an empty list for none.");
    }

    @Test
    void aNullStackIsReported() {
        platform.stacks = env -> {
            List<Stack> stacks = new ArrayList<>(platform.baseline.stacks(env));
            stacks.add(null);
            return stacks;
        };

        assertThat(failure())
                .isEqualTo("[DEFINITION_FAILED] prod: platform class " + CLASS
                        + ": stacks(prod) element 3 returned null; build every stack with Stack.of(…).");
    }

    @Test
    void aNullComponentIsReportedWhereTheStackIsBuilt() {
        platform.stacks = env -> List.of(Stack.of("network", (Component) null));

        assertThat(failure())
                .isEqualTo("[DEFINITION_FAILED] prod: platform class " + CLASS
                        + ": stacks(prod) threw NullPointerException: at index 0 (at LINE); "
                        + "fix the platform definition's code.");
    }

    @Test
    void anIncompleteComponentBuilderNamesTheKindAndTheMissingAttributes() {
        platform.stacks = env -> List.of(Stack.of("network", Network.builder().build()));

        assertThat(failure())
                .isEqualTo("[MISSING_ATTRIBUTES] prod: platform class " + CLASS
                        + ": stacks(prod) built a Network without name and cidr (at LINE); "
                        + "set name and cidr on the Network builder.");
    }

    @Test
    void anIncompleteStackBuilderIsReportedToo() {
        platform.stacks = env -> List.of(Stack.builder().build());

        assertThat(failure())
                .isEqualTo("[MISSING_ATTRIBUTES] prod: platform class " + CLASS
                        + ": stacks(prod) built a Stack without name (at LINE); set name on the Stack builder.");
    }
}
