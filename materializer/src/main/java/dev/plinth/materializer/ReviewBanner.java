package dev.plinth.materializer;

import java.util.List;
import java.util.Objects;

/**
 * What a reviewer must not miss in a stack's changes, at the top of a plan: data loss, network
 * replacement, deletion, widened IAM permissions or ingress.
 *
 * @param kind DATA_LOSS, NETWORK_REPLACEMENT, DELETION, IAM_WIDENING or INGRESS_WIDENING, most severe first
 * @param title the banner's heading
 * @param entries one line per resource, with the properties or access that cause it
 */
public record ReviewBanner(String kind, String title, List<String> entries) {

    /** The kinds {@code --require-approval broadening} asks approval for. */
    public static final List<String> BROADENING = List.of("DATA_LOSS", "IAM_WIDENING", "INGRESS_WIDENING");

    public ReviewBanner {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        entries = List.copyOf(entries);
    }
}
