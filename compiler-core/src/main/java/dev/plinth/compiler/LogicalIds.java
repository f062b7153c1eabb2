package dev.plinth.compiler;

/** Logical-id parts from names: letters and digits only, each word capitalised. */
public final class LogicalIds {
    private LogicalIds() {}

    /** {@code app-tier} → {@code AppTier}, {@code Endpoint.Address} → {@code EndpointAddress}. */
    public static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }
}
