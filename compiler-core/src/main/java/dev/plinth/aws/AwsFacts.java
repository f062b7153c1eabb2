package dev.plinth.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.plinth.diagnostics.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Facts about AWS the CloudFormation schemas lack: which regions exist and their zones, which
 * EC2 instance types exist, their sizes, and which regions offer them. Trimmed from published
 * packages by {@code compiler-core/aws-facts/update-aws-facts.sh}; the data files name the
 * packages and versions ({@link #sources()}).
 *
 * <p>{@link #bundled()} reads the data once per class loader, the first time it is asked for;
 * what it returns is immutable.
 */
public final class AwsFacts {
    static final String REGIONS = "regions.jsonl";
    static final String INSTANCE_TYPES = "instance-types.jsonl";
    private static final JsonFactory JSON = new JsonFactory();

    private final ImmutableMap<String, String> sources;
    private final ImmutableMap<String, Region> regions;
    private final ImmutableMap<String, InstanceType> instanceTypes;
    private final ImmutableSortedSet<String> offeringRegions;

    private AwsFacts(
            ImmutableMap<String, String> sources,
            ImmutableMap<String, Region> regions,
            ImmutableMap<String, InstanceType> instanceTypes,
            ImmutableSortedSet<String> offeringRegions) {
        this.sources = sources;
        this.regions = regions;
        this.instanceTypes = instanceTypes;
        this.offeringRegions = offeringRegions;
    }

    /** The facts bundled with Plinth, read once per class loader. */
    public static AwsFacts bundled() {
        return Bundled.INSTANCE;
    }

    /** Reads facts in the formats of the bundled files (see {@code compiler-core/aws-facts/README.md}). */
    public static AwsFacts read(byte[] regionLines, byte[] instanceTypeLines) {
        Map<String, String> sources = new LinkedHashMap<>();
        ImmutableMap.Builder<String, Region> regions = ImmutableMap.builder();
        List<Map<String, Object>> regionRecords = lines(regionLines, "plinth-aws-regions/1", sources);
        for (Map<String, Object> record : regionRecords.subList(1, regionRecords.size())) {
            String name = text(record, "r");
            regions.put(name, new Region(name, text(record, "p"), strings(record, "z")));
        }
        List<Map<String, Object>> typeRecords = lines(instanceTypeLines, "plinth-aws-instance-types/1", sources);
        List<String> offeringRegions = strings(typeRecords.get(0), "offeringRegions");
        ImmutableMap.Builder<String, InstanceType> types = ImmutableMap.builder();
        for (Map<String, Object> record : typeRecords.subList(1, typeRecords.size())) {
            String name = text(record, "t");
            if (!record.containsKey("c")) {
                types.put(name, new InstanceType(name, 0, 0, ImmutableSortedSet.of(), ImmutableSortedSet.of()));
                continue;
            }
            String offered = text(record, "o");
            if (offered.length() != offeringRegions.size()) {
                throw new IllegalArgumentException("Instance type " + name + " has offerings for " + offered.length()
                        + " regions, not " + offeringRegions.size());
            }
            SortedSet<String> in = new TreeSet<>();
            for (int i = 0; i < offered.length(); i++) {
                if (offered.charAt(i) == '+') {
                    in.add(offeringRegions.get(i));
                }
            }
            types.put(
                    name,
                    new InstanceType(
                            name,
                            number(record, "c"),
                            number(record, "m"),
                            ImmutableSortedSet.copyOf(strings(record, "a")),
                            ImmutableSortedSet.copyOf(in)));
        }
        return new AwsFacts(
                ImmutableMap.copyOf(sources),
                regions.buildOrThrow(),
                types.buildOrThrow(),
                ImmutableSortedSet.copyOf(offeringRegions));
    }

    /** The packages the data was trimmed from, each with its version. */
    public Map<String, String> sources() {
        return sources;
    }

    /** Every region's name, sorted. */
    public SortedSet<String> regionNames() {
        return ImmutableSortedSet.copyOf(regions.keySet());
    }

    public Optional<Region> region(String name) {
        return Optional.ofNullable(regions.get(name));
    }

    /** The region whose name is closest to {@code name}, if one is close enough to be a typo. */
    public Optional<String> nearestRegion(String name) {
        return Suggestions.closest(name, regions.keySet());
    }

    /** Every instance type's name, sorted. */
    public SortedSet<String> instanceTypeNames() {
        return ImmutableSortedSet.copyOf(instanceTypes.keySet());
    }

    public Optional<InstanceType> instanceType(String name) {
        return Optional.ofNullable(instanceTypes.get(name));
    }

    /** The instance types of a family ({@code t3}), smallest first. */
    public List<InstanceType> family(String family) {
        return instanceTypes.values().stream()
                .filter(t -> t.family().equals(family))
                .collect(ImmutableList.toImmutableList());
    }

    /** Whether the data lists which instance types {@code region} offers. */
    public boolean hasOfferings(String region) {
        return offeringRegions.contains(region);
    }

    /** Whether {@code region} offers the instance type, as far as the data tells. */
    public Offering offering(String type, String region) {
        InstanceType known = instanceTypes.get(type);
        if (known == null || !known.described() || !hasOfferings(region)) {
            return Offering.UNKNOWN;
        }
        return known.regions().contains(region) ? Offering.OFFERED : Offering.NOT_OFFERED;
    }

    /** The known instance type whose name is closest to {@code name}, if one is close enough to be a typo. */
    public Optional<String> nearestInstanceType(String name) {
        return Suggestions.closest(name, instanceTypes.keySet());
    }

    /**
     * The instance type closest to {@code name} of those {@code region} may offer (every type the
     * data does not know to be missing there), if one is close enough to be a typo.
     */
    public Optional<String> nearestInstanceType(String name, String region) {
        List<String> candidates = new ArrayList<>();
        for (String type : instanceTypes.keySet()) {
            if (offering(type, region) != Offering.NOT_OFFERED) {
                candidates.add(type);
            }
        }
        return Suggestions.closest(name, candidates);
    }

    /**
     * A type {@code region} offers with the same vCPUs, memory and architectures as {@code type},
     * the one with the closest name (the first in family order when none is close); empty when
     * the data cannot tell or no offered type has that size.
     */
    public Optional<String> alternative(String type, String region) {
        InstanceType wanted = instanceTypes.get(type);
        if (wanted == null || !wanted.described() || !hasOfferings(region)) {
            return Optional.empty();
        }
        List<String> sameSize = new ArrayList<>();
        for (InstanceType candidate : instanceTypes.values()) {
            if (!candidate.name().equals(type)
                    && candidate.regions().contains(region)
                    && candidate.vCpus() == wanted.vCpus()
                    && candidate.memoryMib() == wanted.memoryMib()
                    && candidate.architectures().equals(wanted.architectures())) {
                sameSize.add(candidate.name());
            }
        }
        return Suggestions.closest(type, sameSize).or(() -> sameSize.stream().findFirst());
    }

    private static List<Map<String, Object>> lines(byte[] data, String format, Map<String, String> sources) {
        List<Map<String, Object>> records = new ArrayList<>();
        int start = 0;
        while (start < data.length) {
            int end = start;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            if (end > start) {
                records.add(parse(data, start, end - start));
            }
            start = end + 1;
        }
        if (records.isEmpty() || !format.equals(records.get(0).get("format"))) {
            throw new IllegalArgumentException("Not AWS facts in the format " + format + ": "
                    + (records.isEmpty() ? "no lines" : records.get(0).get("format")));
        }
        Object declared = records.get(0).get("sources");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((k, v) -> sources.putIfAbsent(k.toString(), v.toString()));
        }
        return records;
    }

    /** One line's object: strings, integers, lists of strings and one level of nested string maps. */
    private static Map<String, Object> parse(byte[] data, int offset, int length) {
        try (JsonParser parser = JSON.createParser(data, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(
                        "Not a JSON object: " + new String(data, offset, length, StandardCharsets.UTF_8));
            }
            return object(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (token) {
                case START_ARRAY -> {
                    List<String> values = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        values.add(parser.getText());
                    }
                    fields.put(name, values);
                }
                case START_OBJECT -> fields.put(name, object(parser));
                case VALUE_NUMBER_INT -> fields.put(name, parser.getIntValue());
                default -> fields.put(name, parser.getText());
            }
        }
        return fields;
    }

    private static String text(Map<String, Object> record, String field) {
        Object value = record.get(field);
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("The field " + field + " of " + record + " is not a string");
        }
        return text;
    }

    private static int number(Map<String, Object> record, String field) {
        Object value = record.get(field);
        if (!(value instanceof Integer number)) {
            throw new IllegalArgumentException("The field " + field + " of " + record + " is not an integer");
        }
        return number;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> record, String field) {
        Object value = record.get(field);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static final class Bundled {
        static final AwsFacts INSTANCE = read(bytes(REGIONS), bytes(INSTANCE_TYPES));

        private static byte[] bytes(String resource) {
            try (InputStream in = AwsFacts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The bundled AWS facts " + resource + " are missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
