package dev.plinth.cli;

import dev.plinth.PlatformCalls;
import dev.plinth.PlatformDefinitionException;
import dev.plinth.diagnostics.Diagnostic;
import dev.plinth.dsl.DslCode;
import dev.plinth.dsl.Platform;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platforms on the class path (and on {@code --classpath}), found with {@link ServiceLoader}
 * one provider at a time: a line of a services file that names no class, or a platform whose
 * constructor or {@code name()} throws, is kept as a broken platform with its diagnostic, and
 * every other platform still loads.
 */
final class PlatformCatalog {
    static final String SERVICES_FILE = "META-INF/services/" + Platform.class.getName();

    /** Past this many failures in a row the services files are taken to be unreadable, and loading stops. */
    private static final int MAX_FAILURES = 1000;

    private static final Pattern PROVIDER =
            Pattern.compile("(?:Provider )?(\\S+) (not found|not a subtype|could not be .*)");

    /** One platform found: loaded, or broken with why. */
    record Entry(String name, Optional<Platform> platform, Optional<Diagnostic> broken) {}

    private final TreeMap<String, Entry> entries = new TreeMap<>();

    private PlatformCatalog(ClassLoader loader) {
        Iterator<ServiceLoader.Provider<Platform>> providers;
        try {
            providers = ServiceLoader.load(Platform.class, loader).stream().iterator();
        } catch (Throwable e) {
            broken(SERVICES_FILE, notLoaded(SERVICES_FILE, "the services files cannot be read: " + message(e)));
            return;
        }
        int failures = 0;
        while (failures < MAX_FAILURES) {
            ServiceLoader.Provider<Platform> provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next();
            } catch (Throwable e) {
                failures++;
                String type = providerClass(e).orElse(SERVICES_FILE);
                broken(type, notLoaded(type, lineProblem(e)));
                continue;
            }
            failures = 0;
            add(provider);
        }
    }

    private void add(ServiceLoader.Provider<Platform> provider) {
        String type = provider.type().getName();
        Platform platform;
        try {
            platform = provider.get();
        } catch (Throwable e) {
            Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
            broken(
                    type,
                    notLoaded(
                            type,
                            "its constructor threw " + PlatformCalls.describe(cause)
                                    + PlatformCalls.where(PlatformCalls.unwrap(cause), provider.type())));
            return;
        }
        try {
            String name = PlatformCalls.name(platform);
            entries.putIfAbsent(name, new Entry(name, Optional.of(platform), Optional.empty()));
        } catch (PlatformDefinitionException e) {
            broken(type, e.diagnostic());
        }
    }

    private void broken(String key, Diagnostic diagnostic) {
        entries.putIfAbsent(key, new Entry(key, Optional.empty(), Optional.of(diagnostic)));
    }

    private static Diagnostic notLoaded(String path, String problem) {
        return Diagnostic.of(
                DslCode.PLATFORM_NOT_LOADED,
                path,
                (path.equals(SERVICES_FILE) ? "" : "platform class " + path + " could not be loaded: ") + problem,
                "fix the class, or its line in " + SERVICES_FILE + ", or add its jar to --classpath");
    }

    /** The class a services-file error names, when it names one. */
    private static Optional<String> providerClass(Throwable e) {
        Matcher matcher = PROVIDER.matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String lineProblem(Throwable e) {
        String message = message(e);
        Matcher matcher = PROVIDER.matcher(message);
        if (matcher.find()) {
            if (matcher.group(2).equals("not found")) {
                return SERVICES_FILE + " names it, but there is no such class on the class path";
            }
            if (matcher.group(2).equals("not a subtype")) {
                return "it does not implement " + Platform.class.getName();
            }
            return matcher.group(2) + (e.getCause() == null ? "" : ": " + PlatformCalls.describe(e.getCause()));
        }
        return message + (e.getCause() == null ? "" : ": " + PlatformCalls.describe(e.getCause()));
    }

    /** A service-loader error's message without the service's name in front. */
    private static String message(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String prefix = Platform.class.getName() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
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

    /** Every platform found, loaded or broken, by name (a broken one without a name by its class). */
    List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    List<Platform> all() {
        return entries.values().stream().flatMap(e -> e.platform().stream()).toList();
    }

    List<Diagnostic> broken() {
        return entries.values().stream().flatMap(e -> e.broken().stream()).toList();
    }

    /**
     * The platform of that name. A broken one, or a name not found while some platform could not
     * be loaded (it may be that one), is a {@link PlatformsNotLoadedException}: its diagnostics,
     * exit 1. A name not found otherwise is a usage error.
     */
    Platform get(String name) {
        Entry entry = entries.get(name);
        if (entry != null && entry.platform().isPresent()) {
            return entry.platform().get();
        }
        if (entry != null) {
            throw new PlatformsNotLoadedException(
                    entry.broken().stream().toList(), "platform " + name + " could not be loaded; nothing was done");
        }
        List<String> loaded = entries.values().stream()
                .filter(e -> e.platform().isPresent())
                .map(Entry::name)
                .toList();
        String shown = loaded.isEmpty() ? "none" : String.join(", ", loaded);
        if (!broken().isEmpty()) {
            throw new PlatformsNotLoadedException(
                    broken(),
                    "no platform named '" + name + "' among those loaded (" + shown + "); " + broken().size()
                            + " platform(s) on the class path could not be loaded (above), and it may be one of them");
        }
        throw new UsageException("no platform named '" + name + "' on the class path; plinth list shows " + shown);
    }
}
