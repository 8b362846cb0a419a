package org.newsgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotation.AnnotationException;
import org.newsgraph.publish.DatasetBuilder;
import org.newsgraph.validate.ShapeViolationException;

/**
 * Every way an annotation can be wrong gives one error naming the file, the line and the problem; and what looks
 * alike but is right (two entities with one name) converts.
 */
class ArticleConverterErrorsTest {
    private static final String TEXT = "Canada’s minister Mélanie Joly met Mexico. Canada seeks ties with Mexico. Canada seeks ties with Mexico.\n";
    private static final String HEADER = """
            article:
              id: small
              text: article.txt
              title: A small article
            entities:
              - id: canada
                type: Country
                label: Canada
              - id: mexico
                type: Country
                label: Mexico
            """;

    @TempDir
    Path root;
    private DatasetBuilder builder;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(root.resolve("ontology"));
        Files.copy(Path.of("ontology/newsgraph.ttl"), root.resolve("ontology/newsgraph.ttl"));
        Files.copy(Path.of("ontology/shapes.ttl"), root.resolve("ontology/shapes.ttl"));
        Files.writeString(root.resolve("article.txt"), TEXT);
        builder = new DatasetBuilder(root);
    }

    private String errorFor(String yaml) throws IOException {
        Path file = root.resolve("small.yaml");
        Files.writeString(file, yaml);
        return assertThrows(AnnotationException.class, () -> builder.convert(file)).getMessage();
    }

    private String file() {
        return root.resolve("small.yaml").toString();
    }

    @Test
    void quoteNotInTheText() throws IOException {
        String message = errorFor(HEADER + """
                relations:
                  - subject: canada
                    predicate: seeksTiesWith
                    object: mexico
                    evidence: "Canada seeks ties with Brazil"
                """);
        assertEquals(file() + ":13: relation canada seeksTiesWith mexico: evidence quote not found in the article text:"
                + " \"Canada seeks ties with Brazil\"", message);
    }

    @Test
    void ambiguousQuoteNeedsAnOccurrence() throws IOException {
        String message = errorFor(HEADER + """
                relations:
                  - subject: canada
                    predicate: seeksTiesWith
                    object: mexico
                    evidence: "Canada seeks ties with Mexico"
                """);
        assertEquals(file() + ":13: relation canada seeksTiesWith mexico: evidence quote occurs 2 times in the article"
                + " text; add 'occurrence: 1' to '2' to choose: \"Canada seeks ties with Mexico\"", message);
    }

    @Test
    void unknownEntityId() throws IOException {
        String message = errorFor(HEADER + """
                relations:
                  - subject: canada
                    predicate: seeksTiesWith
                    object: brazil
                    evidence: "Canada seeks ties"
                    occurrence: 1
                """);
        assertEquals(file() + ":13: unknown object entity 'brazil' (not in entities)", message);
    }

    @Test
    void unknownPredicateListsTheKnownOnes() throws IOException {
        String message = errorFor(HEADER + """
                relations:
                  - subject: canada
                    predicate: likes
                    object: mexico
                    evidence: "met Mexico"
                """);
        assertEquals(true, message.startsWith(file() + ":13: relation: unknown predicate 'likes' (expected one of: advocates,"), message);
    }

    @Test
    void unknownType() throws IOException {
        String message = errorFor(HEADER + """
                  - id: joly
                    type: Persn
                    label: Mélanie Joly
                """);
        assertEquals(true, message.startsWith(file() + ":12: entity 'joly': unknown type 'Persn' (expected one of: Alliance,"), message);
    }

    @Test
    void aliasNotInTheText() throws IOException {
        String message = errorFor(HEADER + """
                  - id: joly
                    type: Person
                    label: Mélanie Joly
                    aliases: [Melanie Joly]
                """);
        assertEquals(file() + ":12: entity 'joly': alias not found in the article text: \"Melanie Joly\"", message);
    }

    @Test
    void duplicateEntityId() throws IOException {
        String message = errorFor(HEADER + """
                  - id: canada
                    type: Country
                    label: Canada again
                """);
        assertEquals(file() + ":12: entity 'canada': duplicate id (first on line 6)", message);
    }

    @Test
    void twoEntitiesWithOneSlugGiveTwoStatementsNotADuplicate() throws IOException {
        Path file = root.resolve("small.yaml");
        Files.writeString(file, HEADER + """
                  - id: mexico-team
                    type: Organization
                    label: Mexico
                relations:
                  - subject: canada
                    predicate: seeksTiesWith
                    object: mexico
                    evidence: "Canada seeks ties with Mexico"
                    occurrence: 1
                  - subject: canada
                    predicate: seeksTiesWith
                    object: mexico-team
                    evidence: "Canada’s minister Mélanie Joly met Mexico"
                """);
        Model model = builder.convert(file).model();
        String statements = Uris.article("small") + "/statement/canada--seekstieswith--";
        assertTrue(model.containsResource(model.createResource(statements + "country-mexico")));
        assertTrue(model.containsResource(model.createResource(statements + "organization-mexico")));
    }

    /** Writes the annotation: the header with Mélanie Joly, the post "minister" and the given relations. */
    private Path withMinister(String relations) throws IOException {
        return Files.writeString(root.resolve("small.yaml"), HEADER + """
                  - id: joly
                    type: Person
                    label: Mélanie Joly
                  - id: minister
                    type: Post
                    label: minister
                relations:
                """ + relations);
    }

    @Test
    void aPostOnlyAFormerHolderHeldIsPublishedWithoutOrgHolds() throws IOException {
        Path file = withMinister("""
                  - subject: joly
                    predicate: heldPost
                    object: minister
                    evidence: "Canada’s minister Mélanie Joly met Mexico"
                """);
        Model model = builder.convert(file).model();
        var joly = model.createResource(Uris.entity("Person", "melanie-joly"));
        var minister = model.createResource(Uris.entity("Post", "minister"));
        assertTrue(model.contains(joly, model.createProperty(Uris.term("heldPost")), minister));
        assertFalse(model.contains(joly, model.createProperty(Vocab.ORG + "holds"), minister),
                "W3C ORG's org:holds says the post is held now");
    }

    @Test
    void aPostNobodyHoldsOrHeldIsRejected() throws IOException {
        Path file = withMinister("""
                  - subject: minister
                    predicate: postIn
                    object: canada
                    evidence: "Canada’s minister Mélanie Joly met Mexico"
                """);
        String message = assertThrows(ShapeViolationException.class, () -> builder.convert(file)).getMessage();
        assertTrue(message.contains("A post has at least one holder: a person who holds it (org:heldBy) or held it "
                + "(ng:heldPost)"), message);
    }

    @Test
    void relatedToNeedsAVerb() throws IOException {
        String message = errorFor(HEADER + """
                relations:
                  - subject: canada
                    predicate: relatedTo
                    object: mexico
                    evidence: "met Mexico"
                """);
        assertEquals(file() + ":13: relation canada relatedTo mexico: relatedTo needs a 'verb' saying how they are related", message);
    }

    @Test
    void confidenceOutOfRange() throws IOException {
        String message = errorFor(HEADER + """
                claims:
                  - source: canada
                    text: Canada met Mexico.
                    evidence: "met Mexico"
                    confidence: 1.5
                """);
        assertEquals(file() + ":13: claim by canada: confidence 1.5 is outside [0, 1]", message);
    }

    @Test
    void unknownKeyIsAMalformedFile() throws IOException {
        String message = errorFor(HEADER + """
                    colour: red
                """);
        assertEquals(file() + ":13: unknown key 'colour' (expected one of: aliases, dbpedia, id, label, type, wikidata)", message);
    }

    @Test
    void brokenYaml() throws IOException {
        String message = errorFor(HEADER + "relations: [\n");
        assertEquals(file() + ":12: malformed annotation: while parsing a flow node; expected the node content, but found '<stream end>'", message);
    }

    @Test
    void missingArticleText() throws IOException {
        String message = errorFor(HEADER.replace("text: article.txt", "text: missing.txt"));
        assertEquals(file() + ":1: article text " + root.resolve("missing.txt") + ": article file not found", message);
    }

    @Test
    void missingAnnotationFile() {
        Path missing = root.resolve("nope.yaml");
        String message = assertThrows(AnnotationException.class, () -> builder.convert(missing)).getMessage();
        assertEquals(missing + ": annotation file not found", message);
    }
}
