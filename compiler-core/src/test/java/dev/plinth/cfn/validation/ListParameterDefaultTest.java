package dev.plinth.cfn.validation;

import static dev.plinth.cfn.validation.Validation.formats;
import static dev.plinth.cfn.validation.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.cfn.Parameter;
import dev.plinth.cfn.ParameterType;
import dev.plinth.cfn.Template;
import org.junit.jupiter.api.Test;

class ListParameterDefaultTest {

    @Test
    void checksEachItemOfAListDefaultAgainstTheAllowedValues() {
        Template allowed = template(Parameter.builder(ParameterType.COMMA_DELIMITED_LIST)
                .allowedValues("dev", "prod")
                .defaultValue("dev,prod")
                .build());
        Template refused = template(Parameter.builder(ParameterType.COMMA_DELIMITED_LIST)
                .allowedValues("dev", "prod")
                .defaultValue("dev,test")
                .build());

        assertThat(validate(allowed)).isEmpty();
        assertThat(formats(validate(refused)))
                .containsExactly(
                        "[PARAMETER_DEFAULT_NOT_ALLOWED] app/Parameters/Stages/Default: the default 'dev,test' is not one of the allowed values [dev, prod]; choose a default among the allowed values.");
    }

    private static Template template(Parameter<?> parameter) {
        return Template.builder()
                .parameter("Stages", parameter)
                .resource("Vpc", Validation.vpc())
                .build();
    }
}
