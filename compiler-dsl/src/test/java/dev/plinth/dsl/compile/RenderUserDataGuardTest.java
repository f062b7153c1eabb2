package dev.plinth.dsl.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.diagnostics.Diagnostics;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Environment;
import dev.plinth.dsl.TestPlatform;
import dev.plinth.dsl.compile.kinds.ComponentKinds;
import dev.plinth.dsl.compute.Fleet;
import org.junit.jupiter.api.Test;

/**
 * Validation keeps every value a user-data builder would refuse from reaching the user-data pass;
 * run without validation, the pass shows what it does should one arrive all the same: an internal
 * error to report, not a problem of the platform and not a stack trace.
 */
class RenderUserDataGuardTest {

    @Test
    void aValueABuilderRefusesAfterValidationIsAnInternalErrorNotAnArtifactProblem() {
        TestPlatform platform = TestPlatform.baseline();
        platform.bastion.set("name", b -> b.name("Bastion_1"));
        Environment env = platform.environments().get(0);
        ResolvedPlatform resolved = new ResolveDefaults()
                .run(new PlatformInput(platform.name(), env, platform.stacks(env)), new Diagnostics());
        Diagnostics out = new Diagnostics();

        ResolvedPlatform rendered = new RenderUserData(ComponentKinds.all()).run(resolved, out);

        assertThat(out.toList()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DslCode.INTERNAL_ERROR);
            assertThat(d.path()).isEqualTo("prod/Bastion_1/userData");
            assertThat(d.message())
                    .startsWith(
                            "Plinth failed to render the bastion's user-data, although the platform passed validation "
                                    + "(IllegalArgumentException: name 'Bastion_1' is invalid (not a host name)");
            assertThat(d.fix()).contains("bug in Plinth");
        });
        assertThat(out.toList()).extracting(Diagnostic::format).noneMatch(f -> f.contains("\tat "));
        assertThat(rendered.userData(resolved.components(Fleet.class).get(0)))
                .as("the fleet's script")
                .isPresent();
    }
}
