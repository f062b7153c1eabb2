package dev.plinth.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.PlatformCompiler;
import dev.plinth.cfn.testing.Conformance;
import dev.plinth.cfn.testing.TemplateAssert;
import dev.plinth.cfn.validation.TemplateValidator;
import dev.plinth.compiler.CompiledPlatform;
import dev.plinth.compiler.WiredStack;
import org.junit.jupiter.api.Test;

class DataPlatformTest {
    private final DataPlatform data = new DataPlatform();

    @Test
    void aPlatformWithADataTierCompilesCleanAndEveryTemplateValidates() throws Exception {
        PlatformCompiler.Result result = data.platform.compile();
        assertThat(result.diagnostics()).isEmpty();
        CompiledPlatform compiled = result.platform().orElseThrow();

        assertThat(compiled.stacks()).extracting(WiredStack::name).contains("data", "dns");
        for (WiredStack stack : compiled.stacks()) {
            assertThat(TemplateValidator.bundled().validate(stack.stack().template(), stack.name()))
                    .as(stack.name())
                    .isEmpty();
            Conformance.write("dsl/data/" + stack.name(), stack.stack().template());
        }
    }

    @Test
    void theZoneReadsTheEndpointsOfTheDataStackThroughParameters() {
        CompiledPlatform compiled = data.platform.compiled();
        TemplateAssert.assertThat(TestPlatform.stack(compiled, "dns").stack().template())
                .resource("InternalZone")
                .hasProperty("Name", "shop.internal")
                .and()
                .resource("InternalRecordDb")
                .hasProperty("Name", "db.shop.internal.")
                .hasProperty("Type", "CNAME")
                .hasProperty("TTL", "60")
                .and()
                .resource("InternalRecordRedisCache")
                .hasProperty("Name", "redis-cache.shop.internal.");
        assertThat(TemplateAssert.assertThat(
                                TestPlatform.stack(compiled, "data").stack().template())
                        .json()
                        .path("Outputs")
                        .toString())
                .contains("Endpoint.Address")
                .contains("PrimaryEndPoint.Address");
    }
}
