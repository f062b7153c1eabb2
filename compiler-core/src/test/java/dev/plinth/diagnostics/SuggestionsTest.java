package dev.plinth.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void countsTwoSwappedLettersAsOneStep() {
        assertThat(Suggestions.distance("vcp", "vpc")).isEqualTo(1);
        assertThat(Suggestions.closest("AWS::EC2::VCP", List.of("AWS::EC2::EIP", "AWS::EC2::VPC")))
                .contains("AWS::EC2::VPC");
    }

    @Test
    void ignoresCaseWhenComparing() {
        assertThat(Suggestions.closest("cidrblock", List.of("CidrBlock", "Tags")))
                .contains("CidrBlock");
    }

    @Test
    void suggestsNothingWhenNoCandidateIsClose() {
        assertThat(Suggestions.closest("Zzzzzzzz", List.of("CidrBlock", "Tags")))
                .isEmpty();
        assertThat(Suggestions.useClosest("Zzzzzzzz", List.of("CidrBlock"), "remove it"))
                .isEqualTo("remove it");
    }
}
