package dev.plinth.aws;

import java.util.List;

/**
 * An AWS region: its name ({@code eu-west-1}), its partition ({@code aws}, {@code aws-cn},
 * {@code aws-us-gov}, …) and the names of its availability zones, in letter order.
 *
 * <p>Zone letters map to physical zones per account, so {@link #zones()} holds every letter
 * any account is known to have; an empty list means the data names none for the region, and
 * {@link #hasZone} then accepts any one-letter zone of the region.
 */
public record Region(String name, String partition, List<String> zones) {
    public Region {
        zones = List.copyOf(zones);
    }

    /** Whether {@code zone} is one of this region's availability zones. */
    public boolean hasZone(String zone) {
        if (zones.isEmpty()) {
            return zone.length() == name.length() + 1
                    && zone.startsWith(name)
                    && Character.isLowerCase(zone.charAt(name.length()));
        }
        return zones.contains(zone);
    }
}
