package dev.plinth.compiler.emit;

import com.google.common.collect.ImmutableSortedMap;
import dev.plinth.manifest.Manifest;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The compiled outputs in memory: every file by its path relative to the output folder
 * ({@code manifest.json}, {@code stacks/network.json}, {@code userdata/web.sh}, …), sorted,
 * with the manifest they contain and a summary. Writing the folder writes exactly these bytes.
 */
public record RenderedOutput(Manifest manifest, SortedMap<String, byte[]> files, EmitSummary summary) {

    public static final String GRAPH_MERMAID = "graph.mmd";
    public static final String GRAPH_DOT = "graph.dot";

    public RenderedOutput {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(summary, "summary");
        files = ImmutableSortedMap.copyOf(files);
    }

    /** The bytes of one file; callers must not change the array. */
    public byte[] file(String relativePath) {
        byte[] bytes = files.get(relativePath);
        if (bytes == null) {
            throw new IllegalArgumentException("No file " + relativePath + " among " + files.keySet());
        }
        return bytes;
    }
}
