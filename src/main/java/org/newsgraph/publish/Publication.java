package org.newsgraph.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;

/** Replaces the published files all at once: everything is written and checked beside them first. */
public final class Publication {
    private Publication() {}

    public static void publish(Dataset dataset, Path outputDir, Path contextFile) {
        Path parent = outputDir.toAbsolutePath().getParent();
        Path staging = parent.resolve(outputDir.getFileName() + ".new");
        Path old = parent.resolve(outputDir.getFileName() + ".old");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            deleteTree(old);
            DatasetFiles.write(dataset, staging, contextFile);
            if (Files.exists(outputDir)) {
                Files.move(outputDir, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, outputDir, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish to " + outputDir, e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // the staging copy is only a leftover; the published directory is already complete
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
