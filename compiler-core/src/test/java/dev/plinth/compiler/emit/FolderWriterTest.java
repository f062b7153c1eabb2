package dev.plinth.compiler.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWriterTest {

    @TempDir
    Path dir;

    private String entries() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(","));
        }
    }

    @Test
    void whenTheNewFolderCannotBeMovedInThePreviousOneIsPutBack() throws IOException {
        Path target = dir.resolve("out");
        Files.createDirectories(target);
        Files.writeString(target.resolve("manifest.json"), "previous");

        assertThatThrownBy(() -> FolderWriter.swap(dir.resolve("missing"), target))
                .isInstanceOf(NoSuchFileException.class);

        assertThat(Files.readString(target.resolve("manifest.json"))).isEqualTo("previous");
        assertThat(entries()).isEqualTo("out");
    }

    @Test
    void theNewFolderTakesThePlaceOfTheOldOne() throws IOException {
        Path target = dir.resolve("out");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.txt"), "old");
        Path fresh = Files.createDirectory(dir.resolve(".out.new"));
        Files.writeString(fresh.resolve("new.txt"), "new");

        FolderWriter.swap(fresh, target);

        assertThat(entries()).isEqualTo("out");
        assertThat(target.resolve("old.txt")).doesNotExist();
        assertThat(target.resolve("new.txt")).hasContent("new");
    }
}
