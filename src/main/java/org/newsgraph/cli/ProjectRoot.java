package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.publish.DatasetBuilder;

/** Checks that a directory is a newsgraph project before any command works in it. */
final class ProjectRoot {
    private ProjectRoot() {}

    /** Enough of a project to convert one annotation: its ontology. */
    static void requireOntology(Path root) {
        if (!Files.isRegularFile(DatasetBuilder.ontologyFile(root))) {
            throw new UserInputException(root.toAbsolutePath().normalize()
                    + " is not a newsgraph project: ontology/newsgraph.ttl is missing (use --root)");
        }
    }

    static void require(Path root) {
        requireOntology(root);
        if (!Files.isDirectory(DatasetBuilder.annotationDir(root))) {
            throw new UserInputException("no annotation directory " + DatasetBuilder.annotationDir(root));
        }
    }
}
