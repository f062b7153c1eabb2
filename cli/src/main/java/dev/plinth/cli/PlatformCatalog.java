package dev.plinth.cli;

import dev.plinth.dsl.Platform;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The platforms on the class path (and on {@code --classpath}), found with {@link ServiceLoader}. */
final class PlatformCatalog {
    private final TreeMap<String, Platform> platforms = new TreeMap<>();

    private PlatformCatalog(ClassLoader loader) {
        for (Platform platform : ServiceLoader.load(Platform.class, loader)) {
            platforms.putIfAbsent(platform.name(), platform);
        }
    }

    /** {@code classpath}: extra jars and folders, separated as the platform separates paths. */
    static PlatformCatalog load(String classpath) {
        if (classpath == null || classpath.isBlank()) {
            return new PlatformCatalog(PlatformCatalog.class.getClassLoader());
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.exists(path)) {
                throw new UsageException("--classpath entry " + entry + " does not exist");
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UsageException("--classpath entry " + entry + " is not a path: " + e.getMessage());
            }
        }
        return new PlatformCatalog(
                new URLClassLoader(urls.toArray(new URL[0]), PlatformCatalog.class.getClassLoader()));
    }

    List<Platform> all() {
        return new ArrayList<>(platforms.values());
    }

    Platform get(String name) {
        Platform platform = platforms.get(name);
        if (platform == null) {
            throw new UsageException("no platform named '" + name + "' on the class path; plinth list shows "
                    + (platforms.isEmpty() ? "none" : String.join(", ", platforms.keySet())));
        }
        return platform;
    }
}
