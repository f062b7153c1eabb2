package dev.plinth.cfn.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
    // The streaming parser only: the full data binding costs a cold JVM ten times as much to load.
    private static final JsonFactory JSON = new JsonFactory();

    private final byte[] data;
    private final ImmutableMap<String, int[]> lines;
    private final Map<String, String> header;
    private final ConcurrentMap<String, ResourceTypeSpec> parsed = new ConcurrentHashMap<>();
    private final ShapeCache shapes = new ShapeCache();

    private ResourceSpecification(byte[] data) {
        this.data = data;
        int headerEnd = indexOf(data, 0);
        this.header = header(data, headerEnd);
        if (!"plinth-resource-spec/1".equals(header.get("format"))) {
            throw new IllegalArgumentException("Unknown resource specification format: " + header.get("format"));
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
        return header.getOrDefault("version", "unknown");
    }

    public int resourceTypeCount() {
        return lines.size();
    }

    /** The total number of top-level properties over all resource types, from the data's header. */
    public int propertyCount() {
        return Integer.parseInt(header.getOrDefault("properties", "0"));
    }

    /** The total number of property types over all resource types, from the data's header. */
    public int propertyTypeCount() {
        return Integer.parseInt(header.getOrDefault("propertyTypes", "0"));
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
        try (JsonParser parser = JSON.createParser(data, span[0], span[1] - span[0])) {
            expect(parser, JsonToken.START_OBJECT);
            String name = null;
            ImmutableMap<String, PropertySpec> properties = ImmutableMap.of();
            ImmutableMap.Builder<String, Shape> attributes = ImmutableMap.builder();
            ImmutableMap.Builder<String, ImmutableMap<String, PropertySpec>> types = ImmutableMap.builder();
            ImmutableList.Builder<String> primaryIdentifier = ImmutableList.builder();
            Optional<String> tagProperty = Optional.empty();
            boolean stateful = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "t":
                        name = parser.getText();
                        break;
                    case "p":
                        properties = properties(parser);
                        break;
                    case "a":
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String attribute = parser.currentName();
                            parser.nextToken();
                            attributes.put(attribute, shapes.get(parser.getText()));
                        }
                        break;
                    case "pk":
                        while (parser.nextToken() == JsonToken.VALUE_STRING) {
                            primaryIdentifier.add(parser.getText());
                        }
                        break;
                    case "d":
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String type = parser.currentName();
                            parser.nextToken();
                            types.put(type, properties(parser));
                        }
                        break;
                    case "tags":
                        tagProperty = Optional.of(parser.getText());
                        break;
                    case "stateful":
                        stateful = parser.getBooleanValue();
                        break;
                    default:
                        parser.skipChildren();
                }
            }
            return new ResourceTypeSpec(
                    name,
                    properties,
                    attributes.build(),
                    types.build(),
                    primaryIdentifier.build(),
                    tagProperty,
                    stateful);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Bad line in the resource specification at byte " + span[0], e);
        }
    }

    private ImmutableMap<String, PropertySpec> properties(JsonParser parser) throws IOException {
        ImmutableMap.Builder<String, PropertySpec> properties = ImmutableMap.builder();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String property = parser.currentName();
            parser.nextToken();
            properties.put(property, PropertySpec.decode(property, parser.getText(), shapes));
        }
        return properties.build();
    }

    private static Map<String, String> header(byte[] data, int end) {
        Map<String, String> header = new HashMap<>();
        try (JsonParser parser = JSON.createParser(data, 0, end)) {
            expect(parser, JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                header.put(field, parser.getText());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The resource specification header is not JSON", e);
        }
        return header;
    }

    private static void expect(JsonParser parser, JsonToken token) throws IOException {
        if (parser.nextToken() != token) {
            throw new IOException("Expected " + token + " at " + parser.currentLocation());
        }
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
                    throw new IllegalArgumentException(
                            "Resource specification line at byte " + start + " does not start with a type");
                }
                int nameStart = start + prefix.length;
                int nameEnd = nameStart;
                while (data[nameEnd] != '"') {
                    nameEnd++;
                }
                lines.put(
                        new String(data, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII),
                        new int[] {start, end});
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
