package dev.plinth.materializer;

import com.google.common.hash.Hashing;
import dev.plinth.manifest.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A compiled output folder as the materializer reads it: the manifest, and each stack's
 * template bytes checked against the manifest's sha-256, so what is applied is exactly what
 * was reviewed.
 *
 * @param root the folder
 * @param manifest the folder's manifest
 * @param manifestSha256 the sha-256 of manifest.json: what a plan file names the folder it was made from by
 */
public record CompiledOutputs(Path root, Manifest manifest, String manifestSha256) {

    public static CompiledOutputs read(Path root) throws IOException {
        Path file = root.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(
                    file.toString(), null, "no manifest.json: not a folder written by plinth compile");
        }
        Manifest manifest = Manifest.read(file);
        return new CompiledOutputs(
                root,
                manifest,
                Hashing.sha256().hashBytes(Files.readAllBytes(file)).toString());
    }

    /** The template of a stack; refuses bytes whose sha-256 differs from the manifest's. */
    public byte[] template(Manifest.Stack stack) throws IOException {
        byte[] body = Files.readAllBytes(root.resolve(stack.template()));
        String sha = Hashing.sha256().hashBytes(body).toString();
        if (!sha.equals(stack.sha256())) {
            throw new IOException(stack.template() + " has sha-256 " + sha + " but the manifest says " + stack.sha256()
                    + ": the folder was changed after it was compiled; compile again");
        }
        return body;
    }
}
