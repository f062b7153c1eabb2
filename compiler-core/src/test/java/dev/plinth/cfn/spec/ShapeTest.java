package dev.plinth.cfn.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShapeTest {

    @Test
    void readsNestedShapesBackToTheSameExpression() {
        for (String expression : new String[] {
            "string", "List<#Ingress>", "Map<List<integer>>", "Union<json,string>", "List<Union<#A,boolean>>"
        }) {
            assertThat(Shape.parse(expression).expression()).isEqualTo(expression);
        }
    }

    @Test
    void describesShapesForMessages() {
        assertThat(Shape.parse("List<#Ingress>").describe()).isEqualTo("a list of Ingress objects");
        assertThat(Shape.parse("integer").describe()).isEqualTo("an integer");
        assertThat(Shape.parse("Union<json,string>").describe()).isEqualTo("a JSON value or a string");
        assertThat(Shape.parse("#Validity").describe()).isEqualTo("an object of type Validity");
    }

    @Test
    void refusesMalformedExpressions() {
        assertThatThrownBy(() -> Shape.parse("List<string")).hasMessageContaining("expected '>'");
        assertThatThrownBy(() -> Shape.parse("float")).hasMessageContaining("unknown primitive 'float'");
        assertThatThrownBy(() -> Shape.parse("string>")).hasMessageContaining("unexpected text");
    }
}
