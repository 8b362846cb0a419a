package org.newsgraph.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestProject;
import org.newsgraph.annotation.AnnotationException;

/** The files in data/rdf are what converting the project gives, byte for byte, and every one round-trips through Rio. */
class PublishedDataTest {
    private static final Path ROOT = Path.of(".");

    @TempDir
    Path tmp;

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void committedDataIsUpToDateAndDeterministic() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        Publication.publish(new DatasetBuilder(ROOT).build(), first, DatasetBuilder.contextFile(ROOT));
        Publication.publish(new DatasetBuilder(ROOT).build(), second, DatasetBuilder.contextFile(ROOT));
        Path committed = ROOT.resolve("data/rdf");
        assertEquals(files(committed), files(first), "run `newsgraph convert` and commit data/rdf");
        for (Path file : files(first)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file + " differs between two conversions");
            assertArrayEquals(Files.readAllBytes(committed.resolve(file)), Files.readAllBytes(first.resolve(file)),
                    "data/rdf/" + file + " is stale: run `newsgraph convert` and commit it");
        }
    }

    @Test
    void rioRefusesAFileThatDiffersFromTheGraph() throws IOException {
        Dataset dataset = new DatasetBuilder(ROOT).build();
        Path trig = tmp.resolve("x.trig");
        Files.writeString(trig, "<https://newsgraph.org/a> <https://newsgraph.org/b> <https://newsgraph.org/c> .\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                RioRoundTrip.requireSameDataset(trig, org.eclipse.rdf4j.rio.RDFFormat.TRIG, dataset.asDatasetGraph()));
        assertEquals(true, e.getMessage().startsWith(trig + ": RDF4J Rio reads a different graph than Jena wrote (1 statements read"),
                e.getMessage());
    }

    @Test
    void aBadAnnotationPublishesNothing() throws IOException {
        Path project = TestProject.copyInto(tmp.resolve("project"));
        Path annotation = project.resolve("data/annotations/canada-us-intelligence-sharing.yaml");
        Path out = project.resolve("data/rdf");
        Publication.publish(new DatasetBuilder(project).build(), out, DatasetBuilder.contextFile(project));
        List<Path> before = files(out);
        byte[] trigBefore = Files.readAllBytes(out.resolve(DatasetFiles.TRIG));

        Files.writeString(annotation, Files.readString(annotation).replace("predicate: drivenBy", "predicate: drivenByy"));
        assertThrows(AnnotationException.class, () ->
                Publication.publish(new DatasetBuilder(project).build(), out, DatasetBuilder.contextFile(project)));

        assertEquals(before, files(out));
        assertArrayEquals(trigBefore, Files.readAllBytes(out.resolve(DatasetFiles.TRIG)));
    }
}
