package org.newsgraph.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestProject;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.AnnotationException;
import org.newsgraph.annotation.ArticleInfo;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.annotation.RelationSpec;
import org.newsgraph.article.ArticleInputException;

/** Ingesting adds articles all or nothing, keeps curated annotations, and gives one URI per real-world entity. */
class IngestionTest {
    private static final String TEXT = "Canada and Mexico agreed on a new trade pact on Monday.\n";

    @TempDir
    Path project;
    private Ingestion ingestion;

    @BeforeEach
    void copyProject() throws IOException {
        TestProject.copyInto(project);
        ingestion = new Ingestion(project);
    }

    private static PendingArticle pact(String evidence) {
        return pact(evidence, TEXT, Path.of("in/trade-pact.txt"));
    }

    private static PendingArticle pact(String evidence, String text, Path source) {
        Annotation annotation = new Annotation(
                new ArticleInfo("trade-pact", "seeds/trade-pact.txt", "Canada and Mexico agree a trade pact", "en", null, null),
                List.of(new EntitySpec("canada", "Country", "Canada", List.of(), "Q16", "Canada", 0),
                        new EntitySpec("mexico", "Country", "Mexico", List.of(), null, null, 0)),
                List.of(new RelationSpec("canada", "cooperatesWith", "mexico", evidence, null, null, 0.9, "agree", List.of(), 0)),
                List.of());
        return new PendingArticle(annotation, text, source);
    }

    private Set<String> graphsMentioning(String entityPath) {
        Dataset dataset = RDFDataMgr.loadDataset(project.resolve("data/rdf/newsgraph.trig").toString());
        Set<String> graphs = new TreeSet<>();
        String query = "SELECT ?g WHERE { GRAPH ?g { ?article <http://schema.org/mentions> <https://newsgraph.org/id/" + entityPath + "> } }";
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            execution.execSelect().forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
        }
        return graphs;
    }

    @Test
    void theSameEntityInTwoArticlesHasOneUri() {
        assertEquals(List.of("trade-pact"), ingestion.ingest(List.of(pact("Canada and Mexico agreed on a new trade pact"))));
        Set<String> both = Set.of("https://newsgraph.org/graph/article/canada-us-intelligence-sharing",
                "https://newsgraph.org/graph/article/trade-pact");
        assertEquals(both, graphsMentioning("country/canada"), "linked: same DBpedia title");
        assertEquals(both, graphsMentioning("country/mexico"), "unlinked here, linked in the seed: same label and type");
    }

    @Test
    void ingestingTwiceChangesNothing() throws IOException {
        ingestion.ingest(List.of(pact("Canada and Mexico agreed on a new trade pact")));
        byte[] first = Files.readAllBytes(project.resolve("data/rdf/newsgraph.trig"));
        assertEquals(List.of(), new Ingestion(project).ingest(List.of(pact("Canada and Mexico agreed on a new trade pact"))));
        assertArrayEquals(first, Files.readAllBytes(project.resolve("data/rdf/newsgraph.trig")));
    }

    @Test
    void aFailingArticleWritesNothing() {
        AnnotationException e = assertThrows(AnnotationException.class,
                () -> ingestion.ingest(List.of(pact("Canada and Brazil agreed"))));
        assertEquals(project.resolve("data/annotations/trade-pact.yaml")
                + ": relation canada cooperatesWith mexico: evidence quote not found in the article text: \"Canada and Brazil agreed\"",
                e.getMessage());
        assertFalse(Files.exists(project.resolve("seeds/trade-pact.txt")));
        assertFalse(Files.exists(project.resolve("data/annotations/trade-pact.yaml")));
        assertFalse(Files.exists(project.resolve("data/rdf")));
    }

    @Test
    void anArticleWhoseIdIsAnotherPublishedArticlesIsAnErrorAndChangesNothing() throws IOException {
        ingestion.ingest(List.of(pact("Canada and Mexico agreed on a new trade pact")));
        byte[] first = Files.readAllBytes(project.resolve("data/rdf/newsgraph.trig"));
        String other = "Canada and Mexico agreed on a new trade pact on Friday.\n";
        ArticleInputException e = assertThrows(ArticleInputException.class, () -> new Ingestion(project)
                .ingest(List.of(pact("Canada and Mexico agreed", other, Path.of("later/trade-pact.txt")))));
        assertEquals("later/trade-pact.txt: its article id 'trade-pact' is taken by another article, "
                + project.resolve("seeds/trade-pact.txt") + "; rename the file", e.getMessage());
        assertEquals(TEXT, Files.readString(project.resolve("seeds/trade-pact.txt")));
        assertArrayEquals(first, Files.readAllBytes(project.resolve("data/rdf/newsgraph.trig")));
    }

    @Test
    void twoArticlesWithOneIdInOneIngestAreAnErrorAndPublishNothing() {
        String other = "Canada and Mexico agreed on a new trade pact on Friday.\n";
        ArticleInputException e = assertThrows(ArticleInputException.class, () -> ingestion.ingest(List.of(
                pact("Canada and Mexico agreed"), pact("Canada and Mexico agreed", other, Path.of("b/trade-pact.txt")))));
        assertEquals("b/trade-pact.txt: its article id 'trade-pact' is also that of in/trade-pact.txt, another article; "
                + "rename one of the files", e.getMessage());
        assertFalse(Files.exists(project.resolve("seeds/trade-pact.txt")));
        assertFalse(Files.exists(project.resolve("data/rdf")));
    }

    @Test
    void theCuratedAnnotationOfAnArticleIsFoundByItsText() throws IOException {
        String seed = Files.readString(Path.of("seeds/000_c5b8c06ce8db78e7.txt"));
        assertEquals(project.resolve("data/annotations/canada-us-intelligence-sharing.yaml"),
                ingestion.existingAnnotationFor(seed).orElseThrow());
        assertEquals(false, ingestion.existingAnnotationFor(TEXT).isPresent());
    }
}
