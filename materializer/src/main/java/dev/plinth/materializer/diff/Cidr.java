package dev.plinth.materializer.diff;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 CIDR block, to tell whether one block lies inside another. */
record Cidr(BigInteger network, int prefix, int bits) {
    // Literal addresses only: InetAddress resolves anything else through DNS.
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]+/\\d{1,3}");

    static Optional<Cidr> parse(String text) {
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        try {
            byte[] address = InetAddress.getByName(text.substring(0, slash)).getAddress();
            int bits = address.length * 8;
            int prefix = Integer.parseInt(text.substring(slash + 1));
            if (prefix > bits) {
                return Optional.empty();
            }
            return Optional.of(new Cidr(new BigInteger(1, address).shiftRight(bits - prefix), prefix, bits));
        } catch (UnknownHostException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether every address of {@code other} is in this block. */
    boolean contains(Cidr other) {
        return bits == other.bits
                && prefix <= other.prefix
                && other.network.shiftRight(other.prefix - prefix).equals(network);
    }
}
