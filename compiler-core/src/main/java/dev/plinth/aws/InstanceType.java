package dev.plinth.aws;

import com.google.common.collect.ImmutableSortedSet;
import java.util.SortedSet;

/**
 * An EC2 instance type: its vCPUs, its memory in MiB, the processor architectures it runs
 * ({@code x86_64}, {@code arm64}, …) and the regions that offer it, of those the data has
 * offerings for ({@link AwsFacts#hasOfferings}).
 *
 * <p>A type the data knows only by name (newer or retired than the described ones) is not
 * {@link #described()}: its vCPUs and memory are 0 and its sets empty.
 */
public record InstanceType(
        String name, int vCpus, int memoryMib, SortedSet<String> architectures, SortedSet<String> regions) {
    public InstanceType {
        architectures = ImmutableSortedSet.copyOf(architectures);
        regions = ImmutableSortedSet.copyOf(regions);
    }

    /** Whether the data gives this type's size, architectures and offerings. */
    public boolean described() {
        return vCpus > 0;
    }

    /** The type's family: {@code t3} for {@code t3.medium}. */
    public String family() {
        return family(name);
    }

    /** The CPU units ECS counts for the type: 1,024 per vCPU. */
    public int cpuUnits() {
        return vCpus * 1024;
    }

    /** The family of a type name: {@code t3} for {@code t3.medium}. */
    public static String family(String type) {
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
