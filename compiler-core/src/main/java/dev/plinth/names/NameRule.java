package dev.plinth.names;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One rule for a name or a value written into a template or a script: what it names, the
 * pattern the whole value must match, any condition a pattern cannot say well (a reserved
 * prefix, a segment that must not be {@code ..}), and the fix shown to whoever wrote a value
 * the rule refuses. The DSL's rules, the user-data builders and the emit stage all ask the same
 * {@link NameRules} constant, so they cannot disagree.
 *
 * @param what names the kind of value, with its article: {@code "an S3 bucket name"}
 * @param pattern what the whole value must match
 * @param condition what else must hold once the pattern matches
 * @param fix how to write a value the rule accepts, as advice: {@code "use 3 to 63 …"}
 */
public record NameRule(String what, Pattern pattern, Predicate<String> condition, String fix) {

    public NameRule {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(fix, "fix");
    }

    /** A rule that is only a pattern. */
    public static NameRule of(String what, String regex, String fix) {
        return new NameRule(what, Pattern.compile(regex), value -> true, fix);
    }

    /** The same rule with one more condition. */
    public NameRule and(Predicate<String> more) {
        return new NameRule(what, pattern, condition.and(more), fix);
    }

    /** Whether the value follows the rule; {@code null} never does. */
    public boolean accepts(String value) {
        return value != null && pattern.matcher(value).matches() && condition.test(value);
    }

    @Override
    public String toString() {
        return what;
    }
}
