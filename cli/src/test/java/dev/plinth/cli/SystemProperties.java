package dev.plinth.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * System properties set for one test and put back as they were after it: the SDK reads its
 * settings (aws.configFile, aws.sharedCredentialsFile, aws.endpointUrlSts, …) from them before
 * the environment, which a test cannot change in its own JVM.
 */
final class SystemProperties implements AutoCloseable {
    private final Map<String, String> saved = new LinkedHashMap<>();

    SystemProperties set(String key, String value) {
        if (!saved.containsKey(key)) {
            saved.put(key, System.getProperty(key));
        }
        System.setProperty(key, value);
        return this;
    }

    @Override
    public void close() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
        saved.clear();
    }
}
