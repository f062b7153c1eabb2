package dev.plinth.cfn.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The AWS resource specification, trimmed to facts (see {@code compiler-core/spec/README.md}).
 *
 * <p>Loading is on every compile's path, so it is lazy: opening the data reads the bytes and
 * indexes one line per resource type; a type's properties are parsed the first time it is
 * asked for. A compile touches a few dozen of the 1,800 types.
 */
public final class ResourceSpecification {
  private static final String RESOURCE = "resource-spec.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final byte[] data;
  private final ImmutableMap<String, int[]> lines;
  private final JsonNode header;
  private final ConcurrentMap<String, ResourceTypeSpec> parsed = new ConcurrentHashMap<>();
  private final ShapeCache shapes = new ShapeCache();

  private ResourceSpecification(byte[] data) {
    this.data = data;
    int headerEnd = indexOf(data, 0);
    try {
      this.header = JSON.readTree(data, 0, headerEnd);
    } catch (IOException e) {
      throw new IllegalArgumentException("The resource specification header is not JSON", e);
    }
    if (!"plinth-resource-spec/1".equals(header.path("format").asText())) {
      throw new IllegalArgumentException("Unknown resource specification format: " + header.path("format"));
    }
    this.lines = index(data, headerEnd + 1);
  }

  /** The specification bundled with Plinth, loaded once per class loader. */
  public static ResourceSpecification bundled() {
    return Bundled.INSTANCE;
  }

  /** Reads a specification in the data file's format. */
  public static ResourceSpecification read(byte[] data) {
    return new ResourceSpecification(data.clone());
  }

  /** The version of {@code @aws-cdk/aws-service-spec} the data was trimmed from. */
  public String sourceVersion() {
    return header.path("version").asText();
  }

  public int resourceTypeCount() {
    return lines.size();
  }

  /** The total number of top-level properties over all resource types, from the data's header. */
  public int propertyCount() {
    return header.path("properties").asInt();
  }

  /** The total number of property types over all resource types, from the data's header. */
  public int propertyTypeCount() {
    return header.path("propertyTypes").asInt();
  }

  /** Every resource type name, sorted. */
  public SortedSet<String> resourceTypeNames() {
    return ImmutableSortedSet.copyOf(lines.keySet());
  }

  public boolean hasResourceType(String type) {
    return lines.containsKey(type);
  }

  public Optional<ResourceTypeSpec> resourceType(String type) {
    int[] span = lines.get(type);
    if (span == null) {
      return Optional.empty();
    }
    return Optional.of(parsed.computeIfAbsent(type, t -> parse(span)));
  }

  private ResourceTypeSpec parse(int[] span) {
    JsonNode node;
    try {
      node = JSON.readTree(data, span[0], span[1] - span[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("Bad line in the resource specification", e);
    }
    ImmutableMap.Builder<String, ImmutableMap<String, PropertySpec>> types = ImmutableMap.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("d").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> type = it.next();
      types.put(type.getKey(), properties(type.getValue()));
    }
    ImmutableMap.Builder<String, Shape> attributes = ImmutableMap.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("a").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> attribute = it.next();
      attributes.put(attribute.getKey(), shapes.get(attribute.getValue().asText()));
    }
    ImmutableList.Builder<String> primaryIdentifier = ImmutableList.builder();
    node.path("pk").forEach(id -> primaryIdentifier.add(id.asText()));
    return new ResourceTypeSpec(
        node.path("t").asText(),
        properties(node.path("p")),
        attributes.build(),
        types.build(),
        primaryIdentifier.build(),
        node.hasNonNull("tags") ? Optional.of(node.get("tags").asText()) : Optional.empty(),
        node.path("stateful").asBoolean(false));
  }

  private ImmutableMap<String, PropertySpec> properties(JsonNode node) {
    ImmutableMap.Builder<String, PropertySpec> properties = ImmutableMap.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      properties.put(property.getKey(), PropertySpec.decode(property.getKey(), property.getValue().asText(), shapes));
    }
    return properties.build();
  }

  /** Maps each type name to the byte span of its line. Every line starts {@code {"t":"NAME"}. */
  private static ImmutableMap<String, int[]> index(byte[] data, int from) {
    Map<String, int[]> lines = new HashMap<>(4096);
    byte[] prefix = "{\"t\":\"".getBytes(StandardCharsets.US_ASCII);
    int start = from;
    while (start < data.length) {
      int end = indexOf(data, start);
      if (end > start) {
        if (!startsWith(data, start, prefix)) {
          throw new IllegalArgumentException("Resource specification line at byte " + start + " does not start with a type");
        }
        int nameStart = start + prefix.length;
        int nameEnd = nameStart;
        while (data[nameEnd] != '"') {
          nameEnd++;
        }
        lines.put(new String(data, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII), new int[] {start, end});
      }
      start = end + 1;
    }
    return ImmutableMap.copyOf(lines);
  }

  private static int indexOf(byte[] data, int from) {
    for (int i = from; i < data.length; i++) {
      if (data[i] == '\n') {
        return i;
      }
    }
    return data.length;
  }

  private static boolean startsWith(byte[] data, int at, byte[] prefix) {
    if (at + prefix.length > data.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static final class Bundled {
    static final ResourceSpecification INSTANCE = load();

    private static ResourceSpecification load() {
      try (InputStream in = ResourceSpecification.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The bundled resource specification " + RESOURCE + " is missing");
        }
        return new ResourceSpecification(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
