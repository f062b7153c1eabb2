package dev.plinth.materializer;

import dev.plinth.compiler.emit.Manifest;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Everything one stack's convergence needs: the manifest entry, the template bytes, the
 * parameter values resolved from upstream outputs (and which are not known yet), the tags.
 */
record StackRequest(Manifest.Stack stack, byte[] template, Map<String, String> parameters, Set<String> unknownParameters,
    SortedMap<String, String> tags) {

  static final String HASH_TAG = "plinth:template-sha256";
  /** The policy that lets an allowed replacement through, set only while it executes. */
  static final String ALLOW_ALL_POLICY =
      "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"Update:*\",\"Principal\":\"*\",\"Resource\":\"*\"}]}";
}
