package dev.plinth.codegen;

import java.util.Locale;
import java.util.Set;

/** Java identifiers for CloudFormation names. */
final class JavaNames {
    private static final Set<String> KEYWORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "var",
            "yield",
            "record");

    private JavaNames() {}

    /**
     * {@code CidrBlock} → {@code cidrBlock}, {@code VPCZoneIdentifier} → {@code vpcZoneIdentifier},
     * {@code SSESpecification} → {@code sseSpecification}; keywords get a {@code Value} suffix.
     */
    static String member(String name) {
        String clean = pascal(name);
        int upper = 0;
        while (upper < clean.length() && Character.isUpperCase(clean.charAt(upper))) {
            upper++;
        }
        String result;
        if (upper == 0) {
            result = clean;
        } else if (upper == 1 || upper == clean.length()) {
            result = clean.substring(0, upper).toLowerCase(Locale.ROOT) + clean.substring(upper);
        } else if (Character.isLowerCase(clean.charAt(upper))) {
            result = clean.substring(0, upper - 1).toLowerCase(Locale.ROOT) + clean.substring(upper - 1);
        } else {
            result = clean.substring(0, upper).toLowerCase(Locale.ROOT) + clean.substring(upper);
        }
        if (Character.isDigit(result.charAt(0))) {
            result = "v" + result;
        }
        return KEYWORDS.contains(result) ? result + "Value" : result;
    }

    /** Letters and digits only, the first letter upper case: {@code Endpoint.Address} → {@code EndpointAddress}. */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        boolean upperNext = true;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            } else {
                upperNext = true;
            }
        }
        return out.toString();
    }

    /** The package of a service: {@code AWS::ElasticLoadBalancingV2::…} → {@code dev.plinth.cfn.elasticloadbalancingv2}. */
    static String packageOf(String service) {
        return "dev.plinth.cfn." + service.toLowerCase(Locale.ROOT);
    }
}
