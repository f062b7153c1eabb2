package dev.plinth.materializer.diff;

import static dev.plinth.materializer.diff.Trees.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueDiffTest {
    private static final JsonNode READ = json("""
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": "arn:aws:s3:::data/*"}]}""");
    private static final JsonNode WRITE = json("""
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket", "s3:PutObject"], "Resource": "arn:aws:s3:::data/*"}]}""");

    @Test
    void aPolicyDocumentChangeIsAUnifiedDiffOfItsPrettyPrintedJson() {
        assertThat(ValueDiff.lines(Optional.of(READ), Optional.of(WRITE), 40))
                .containsExactly(
                        "@@ -3,7 +3,8 @@",
                        "     {",
                        "       \"Action\": [",
                        "         \"s3:GetObject\",",
                        "-        \"s3:ListBucket\"",
                        "+        \"s3:ListBucket\",",
                        "+        \"s3:PutObject\"",
                        "       ],",
                        "       \"Effect\": \"Allow\",",
                        "       \"Resource\": \"arn:aws:s3:::data/*\",");
    }

    @Test
    void aPolicyDiffLongerThanTheLineLimitIsCutWithACountOfTheLinesLeftOut() {
        assertThat(ValueDiff.lines(Optional.of(READ), Optional.of(WRITE), 4))
                .containsExactly(
                        "@@ -3,7 +3,8 @@",
                        "     {",
                        "       \"Action\": [",
                        "         \"s3:GetObject\",",
                        "… 6 more lines");
    }

    @Test
    void anAddedDocumentLongerThanTheLineLimitIsCutTheSameWay() {
        List<String> lines = ValueDiff.lines(Optional.empty(), Optional.of(WRITE), 6);

        assertThat(lines)
                .containsExactly(
                        "@@ -0,0 +1,15 @@",
                        "+{",
                        "+  \"Statement\": [",
                        "+    {",
                        "+      \"Action\": [",
                        "+        \"s3:GetObject\",",
                        "… 10 more lines");
    }

    @Test
    void aRemovedValueIsAllRemovedLines() {
        assertThat(ValueDiff.lines(Optional.of(json("{\"A\": [1, 2]}")), Optional.empty(), 10))
                .containsExactly("@@ -1,6 +0,0 @@", "-{", "-  \"A\": [", "-    1,", "-    2", "-  ]", "-}");
    }

    @Test
    void distantChangesMakeSeparateHunksWithThreeLinesOfContext() {
        JsonNode before = json(
                "{\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"f\": 6, \"g\": 7, \"h\": 8, \"i\": 9, \"j\": 10}");
        JsonNode after = json(
                "{\"a\": 0, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"f\": 6, \"g\": 7, \"h\": 8, \"i\": 9, \"j\": 11}");

        assertThat(ValueDiff.lines(Optional.of(before), Optional.of(after), 40))
                .containsExactly(
                        "@@ -1,5 +1,5 @@",
                        " {",
                        "-  \"a\": 1,",
                        "+  \"a\": 0,",
                        "   \"b\": 2,",
                        "   \"c\": 3,",
                        "   \"d\": 4,",
                        "@@ -8,5 +8,5 @@",
                        "   \"g\": 7,",
                        "   \"h\": 8,",
                        "   \"i\": 9,",
                        "-  \"j\": 10",
                        "+  \"j\": 11",
                        " }");
    }

    @Test
    void userDataIsDiffedAsTheScriptItsBase64AndSubWrap() {
        JsonNode before = json(
                "{\"Fn::Base64\": {\"Fn::Sub\": \"#!/bin/bash\\nset -eu\\nyum install -y nginx\\nsystemctl start nginx\\n\"}}");
        JsonNode after = json(
                "{\"Fn::Base64\": {\"Fn::Sub\": \"#!/bin/bash\\nset -eu\\nyum install -y nginx\\necho ${Stage} > /etc/stage\\nsystemctl start nginx\\n\"}}");

        assertThat(ValueDiff.isLong(before)).isTrue();
        assertThat(ValueDiff.lines(Optional.of(before), Optional.of(after), 40))
                .containsExactly(
                        "@@ -1,4 +1,5 @@",
                        " #!/bin/bash",
                        " set -eu",
                        " yum install -y nginx",
                        "+echo ${Stage} > /etc/stage",
                        " systemctl start nginx");
    }

    @Test
    void textHoldingAJsonDocumentIsPrettyPrintedAsOne() {
        assertThat(ValueDiff.lines(
                        Optional.of(TextNode.valueOf("{\"StartAt\":\"A\",\"States\":{}}")),
                        Optional.of(TextNode.valueOf("{\"StartAt\":\"B\",\"States\":{}}")),
                        10))
                .containsExactly(
                        "@@ -1,4 +1,4 @@",
                        " {",
                        "-  \"StartAt\": \"A\",",
                        "+  \"StartAt\": \"B\",",
                        "   \"States\": {}",
                        " }");
    }

    @Test
    void fieldsWrittenInAnotherOrderReadTheSame() {
        assertThat(ValueDiff.lines(
                        Optional.of(json("{\"b\": 1, \"a\": [true, null]}")),
                        Optional.of(json("{\"a\": [true, null], \"b\": 1}")),
                        10))
                .isEmpty();
    }

    @Test
    void longMeansMultiLineOrOverEightyCharacters() {
        assertThat(ValueDiff.isLong(TextNode.valueOf("t3.small"))).isFalse();
        assertThat(ValueDiff.isLong(TextNode.valueOf("line one\nline two"))).isTrue();
        assertThat(ValueDiff.isLong(TextNode.valueOf("x".repeat(81)))).isTrue();
        assertThat(ValueDiff.isLong(json("{\"Key\": \"Team\", \"Value\": \"core\"}")))
                .isFalse();
        assertThat(ValueDiff.isLong(READ)).isTrue();
        assertThat(ValueDiff.isLong(new PropertyChange(
                        "PolicyDocument",
                        Optional.empty(),
                        Optional.of(READ),
                        Recreation.NEVER,
                        Optional.empty(),
                        false)))
                .isTrue();
    }

    @Test
    void theSameInputAlwaysGivesTheSameDiff() {
        JsonNode before = json("{\"x\": [\"a\", \"b\", \"a\", \"c\", \"b\", \"a\"]}");
        JsonNode after = json("{\"x\": [\"c\", \"b\", \"a\", \"b\", \"a\", \"c\"]}");

        List<String> first = ValueDiff.lines(Optional.of(before), Optional.of(after), 100);

        assertThat(ValueDiff.lines(Optional.of(before), Optional.of(after), 100))
                .isEqualTo(first);
        assertThat(first)
                .containsExactly(
                        "@@ -1,10 +1,10 @@",
                        " {",
                        "   \"x\": [",
                        "-    \"a\",",
                        "+    \"c\",",
                        "     \"b\",",
                        "     \"a\",",
                        "-    \"c\",",
                        "     \"b\",",
                        "-    \"a\"",
                        "+    \"a\",",
                        "+    \"c\"",
                        "   ]",
                        " }");
    }

    @Test
    void aLineLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> ValueDiff.lines(Optional.of(READ), Optional.of(WRITE), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A diff's line limit is at least 1, not 0");
    }
}
