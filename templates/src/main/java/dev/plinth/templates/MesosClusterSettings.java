package dev.plinth.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What every node of a Mesos cluster knows: the cluster's name and region, the masters' fixed
 * private addresses (the first {@code consulServers} of them also run the Consul servers), the
 * pinned container images and HashiCorp package versions, and the log group containers log to.
 */
public final class MesosClusterSettings {
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    private static final Pattern IMAGE = Pattern.compile("[a-z0-9][a-z0-9./_-]*:[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /** The container images the nodes run; each pinned to a tag. */
    public enum Image {
        ZOOKEEPER,
        MESOS_MASTER,
        MESOS_AGENT,
        MARATHON,
        REGISTRATOR,
        HAPROXY,
        PROMETHEUS,
        ALERTMANAGER,
        NODE_EXPORTER
    }

    private final String clusterName;
    private final String region;
    private final List<String> masterIps;
    private final int consulServers;
    private final Map<Image, String> images;
    private final String consulVersion;
    private final String consulTemplateVersion;
    private final String logGroupName;

    private MesosClusterSettings(Builder b) {
        clusterName = Checks.required("clusterName", b.clusterName);
        region = Checks.required("region", b.region);
        if (b.masterIps.isEmpty()) {
            throw new IllegalStateException("masterIps is required; set it with masterIps(...)");
        }
        masterIps = List.copyOf(b.masterIps);
        if (b.consulServers < 1 || b.consulServers > masterIps.size()) {
            throw new IllegalStateException("consulServers " + b.consulServers + " must be from 1 to the "
                    + masterIps.size() + " masters they run on");
        }
        consulServers = b.consulServers;
        for (Image image : Image.values()) {
            Checks.required("image " + image, b.images.get(image));
        }
        images = Collections.unmodifiableMap(new LinkedHashMap<>(b.images));
        consulVersion = Checks.required("consulVersion", b.consulVersion);
        consulTemplateVersion = Checks.required("consulTemplateVersion", b.consulTemplateVersion);
        logGroupName = Checks.required("logGroupName", b.logGroupName);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String clusterName() {
        return clusterName;
    }

    public String region() {
        return region;
    }

    public List<String> masterIps() {
        return masterIps;
    }

    public List<String> consulServerIps() {
        return masterIps.subList(0, consulServers);
    }

    /** {@code 10.0.1.10:2181,10.0.2.10:2181,…}: the ZooKeeper ensemble as clients name it. */
    public String zookeeperHosts() {
        List<String> hosts = new ArrayList<>();
        masterIps.forEach(ip -> hosts.add(ip + ":2181"));
        return String.join(",", hosts);
    }

    public String image(Image image) {
        return images.get(image);
    }

    Map<String, Object> templateData(CfnSignal signal) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clusterName", clusterName);
        data.put("region", region);
        data.put("masterIps", masterIps);
        data.put("consulServerIps", consulServerIps());
        data.put("consulServerCount", consulServers);
        data.put("zookeeperHosts", zookeeperHosts());
        Map<String, String> imageData = new LinkedHashMap<>();
        images.forEach((image, ref) -> imageData.put(camel(image.name()), ref));
        data.put("images", Collections.unmodifiableMap(imageData));
        data.put("consulVersion", consulVersion);
        data.put("consulTemplateVersion", consulTemplateVersion);
        data.put("logGroupName", logGroupName);
        data.put("stackName", signal.stackName());
        data.put("resourceLogicalId", signal.resourceLogicalId());
        return data;
    }

    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
            out.append(out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }

    static String ipv4(String field, String value) {
        Checks.notNull(field, value);
        if (!IPV4.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    field + " '" + value + "' is invalid: use an IPv4 address such as 10.0.1.10");
        }
        return value;
    }

    /** Builds {@link MesosClusterSettings}; each setter checks its value at once. */
    public static final class Builder {
        private String clusterName;
        private String region;
        private final List<String> masterIps = new ArrayList<>();
        private int consulServers = 3;
        private final Map<Image, String> images = new EnumMap<>(Image.class);
        private String consulVersion;
        private String consulTemplateVersion;
        private String logGroupName;

        private Builder() {}

        public Builder clusterName(String clusterName) {
            this.clusterName = Checks.hostName("clusterName", clusterName);
            return this;
        }

        public Builder region(String region) {
            this.region = Checks.region("region", region);
            return this;
        }

        /** The masters' private addresses, in order: master {@code n} is ZooKeeper server {@code n}. */
        public Builder masterIps(List<String> ips) {
            masterIps.clear();
            for (String ip : ips) {
                if (masterIps.contains(ipv4("masterIp", ip))) {
                    throw new IllegalArgumentException(
                            "masterIp '" + ip + "' is given twice: each master needs its own address");
                }
                masterIps.add(ip);
            }
            return this;
        }

        /** How many of the masters run a Consul server (the first ones); the others run a Consul agent. */
        public Builder consulServers(int consulServers) {
            this.consulServers = consulServers;
            return this;
        }

        public Builder image(Image image, String reference) {
            Checks.notNull("image " + image, reference);
            if (!IMAGE.matcher(reference).matches() || reference.endsWith(":latest")) {
                throw new IllegalArgumentException("image " + image + " '" + reference
                        + "' is invalid: use repository:tag with a pinned tag, not latest");
            }
            images.put(image, reference);
            return this;
        }

        public Builder consulVersion(String version) {
            this.consulVersion = Checks.releaseVersion("consulVersion", version);
            return this;
        }

        public Builder consulTemplateVersion(String version) {
            this.consulTemplateVersion = Checks.releaseVersion("consulTemplateVersion", version);
            return this;
        }

        public Builder logGroupName(String logGroupName) {
            this.logGroupName = Checks.logGroupName("logGroupName", logGroupName);
            return this;
        }

        public MesosClusterSettings build() {
            return new MesosClusterSettings(this);
        }
    }
}
