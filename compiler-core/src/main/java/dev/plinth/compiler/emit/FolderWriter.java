package dev.plinth.compiler.emit;

import dev.plinth.manifest.Manifest;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Replaces an output folder as a whole. The files go to a fresh folder beside the target (same
 * parent, so moving it is a rename); then the old target is moved aside, the new folder moved
 * in, and the old one deleted. A reader sees the old folder or the new one, never a mix; if a
 * step fails the old folder is moved back.
 */
final class FolderWriter {
    private FolderWriter() {}

    static void replace(Path target, Map<String, byte[]> files) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException("cannot replace the root folder");
        }
        checkReplaceable(absolute);
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        Path fresh = Files.createTempDirectory(parent, "." + name + ".new-");
        try {
            fill(fresh, files);
            swap(fresh, absolute);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(fresh, e);
            throw e;
        }
    }

    /**
     * The whole target is deleted on success, so a folder that is not a previous output (a home
     * folder passed by mistake) is refused rather than replaced.
     */
    private static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " exists and is not a folder");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent() && !Files.isRegularFile(target.resolve(Manifest.FILE_NAME))) {
                throw new IOException(
                        target + " has files but no " + Manifest.FILE_NAME + ", so it is not a Plinth output folder");
            }
        }
    }

    private static void fill(Path folder, Map<String, byte[]> files) throws IOException {
        boolean posix = Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
        if (posix) {
            // createTempDirectory makes the folder private; the outputs are meant to be read.
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Map.Entry<String, byte[]> entry : files.entrySet()) {
            Path file = folder.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (posix) {
                Files.setPosixFilePermissions(
                        file,
                        PosixFilePermissions.fromString(entry.getKey().endsWith(".sh") ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    static void swap(Path fresh, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(fresh, target);
            return;
        }
        Path aside = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Path old = aside.resolve(target.getFileName());
        try {
            move(target, old);
        } catch (IOException e) {
            deleteQuietly(aside, e);
            throw e;
        }
        try {
            move(fresh, target);
        } catch (IOException e) {
            try {
                move(old, target);
                deleteQuietly(aside, e);
            } catch (IOException restore) {
                e.addSuppressed(new IOException("the previous folder is kept at " + old, restore));
            }
            throw e;
        }
        // The new folder is in place: failing to delete the old one must not undo that.
        deleteQuietly(aside, null);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path folder, Exception cause) {
        try {
            deleteRecursively(folder);
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
