package org.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A throw-away copy of the project's ontology, seed article and its annotation, for tests that write into a project. */
public final class TestProject {
    private static final List<String> FILES = List.of("ontology/newsgraph.ttl", "ontology/shapes.ttl",
            "ontology/context.jsonld", "seeds/000_c5b8c06ce8db78e7.txt", "data/annotations/canada-us-intelligence-sharing.yaml");

    private TestProject() {}

    public static Path copyInto(Path target) throws IOException {
        for (String file : FILES) {
            Files.createDirectories(target.resolve(file).getParent());
            Files.copy(Path.of(file), target.resolve(file));
        }
        return target;
    }
}
