package dev.plinth.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameRulesTest {

    @Test
    void aPlinthNameIsLowerCaseWordsJoinedBySingleDashesOfAtMostThirtyTwoCharacters() {
        assertThat(NameRules.PLINTH_NAME.accepts("web")).isTrue();
        assertThat(NameRules.PLINTH_NAME.accepts("app-tier-2")).isTrue();
        assertThat(NameRules.PLINTH_NAME.accepts("a".repeat(32))).isTrue();
        assertThat(NameRules.PLINTH_NAME.accepts("a".repeat(33))).isFalse();
        assertThat(NameRules.PLINTH_NAME.accepts("web-")).isFalse();
        assertThat(NameRules.PLINTH_NAME.accepts("web--lb")).isFalse();
        assertThat(NameRules.PLINTH_NAME.accepts("2web")).isFalse();
        assertThat(NameRules.PLINTH_NAME.accepts("Web")).isFalse();
        assertThat(NameRules.PLINTH_NAME.accepts("")).isFalse();
        assertThat(NameRules.PLINTH_NAME.accepts(null)).isFalse();
    }

    @Test
    void theStackNameOfThreePlinthNamesIsACloudFormationStackName() {
        String longest = "a".repeat(NameRules.MAX_NAME_LENGTH);

        assertThat(NameRules.CLOUDFORMATION_STACK_NAME.accepts(longest + "-" + longest + "-" + longest))
                .isTrue();
    }

    @Test
    void aUserDataRoleHasTheShapeOfAPlinthNameWithoutItsLength() {
        assertThat(NameRules.USER_DATA_ROLE.accepts("a".repeat(32) + "-master-1"))
                .isTrue();
        assertThat(NameRules.USER_DATA_ROLE.accepts("../web")).isFalse();
    }

    @Test
    void anS3BucketNameFollowsEveryRuleS3Documents() {
        assertThat(NameRules.S3_BUCKET.accepts("shop-artifacts.eu")).isTrue();
        assertThat(NameRules.S3_BUCKET.accepts("123")).isTrue();
        assertThat(NameRules.S3_BUCKET.accepts("shop..artifacts")).isFalse();
        assertThat(NameRules.S3_BUCKET.accepts("shop.-artifacts")).isFalse();
        assertThat(NameRules.S3_BUCKET.accepts("192.168.1.10")).isFalse();
        assertThat(NameRules.S3_BUCKET.accepts("xn--shop")).isFalse();
        assertThat(NameRules.S3_BUCKET.accepts("shop--table-s3")).isFalse();
    }

    @Test
    void relativeAndAbsolutePathsHaveNoDotSegments() {
        assertThat(NameRules.RELATIVE_PATH.accepts("bin/.server")).isTrue();
        assertThat(NameRules.RELATIVE_PATH.accepts("bin/../server")).isFalse();
        assertThat(NameRules.ABSOLUTE_PATH.accepts("/opt/app")).isTrue();
        assertThat(NameRules.ABSOLUTE_PATH.accepts("/opt/./app")).isFalse();
    }
}
