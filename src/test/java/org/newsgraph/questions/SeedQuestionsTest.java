package org.newsgraph.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.publish.DatasetBuilder;

/** The questions the published seed graph must answer, run over the union of its named graphs. */
class SeedQuestionsTest {
    private static Model union;

    @BeforeAll
    static void convertTheSeed() {
        Dataset dataset = new DatasetBuilder(Path.of(".")).build();
        union = ModelFactory.createDefaultModel();
        dataset.listModelNames().forEachRemaining(name -> union.add(dataset.getNamedModel(name)));
    }

    private static List<QuerySolution> ask(String question) {
        try {
            String query = Files.readString(Path.of("src/test/resources/questions/" + question + ".rq"));
            try (QueryExecution execution = QueryExecution.model(union).query(query).build()) {
                return List.copyOf(org.apache.jena.query.ResultSetFormatter.toList(execution.execSelect()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> column(List<QuerySolution> rows, String variable) {
        Set<String> values = new TreeSet<>();
        rows.forEach(row -> {
            if (row.contains(variable)) {
                values.add(row.get(variable).isLiteral() ? row.getLiteral(variable).getLexicalForm() : row.get(variable).toString());
            }
        });
        return values;
    }

    @Test
    void q1ForeignAffairsMinisterAndWhatSheAdvocates() {
        List<QuerySolution> rows = ask("q1");
        assertEquals(Set.of("Mélanie Joly"), column(rows, "ministerLabel"));
        assertEquals(Set.of("Foreign Affairs Minister of Canada"), column(rows, "postLabel"));
        assertEquals(Set.of("increased intelligence sharing with European partners"), column(rows, "policyLabel"));
        assertEquals(Set.of("Mélanie Joly is advocating for increased intelligence sharing with European partners"),
                column(rows, "evidenceText"));
    }

    @Test
    void q2IntelligenceTiesCanadaSeeks() {
        assertEquals(Set.of("CANZUK", "Europe", "Mexico", "countries outside traditional alliances"),
                column(ask("q2"), "partnerLabel"));
    }

    @Test
    void q3ConcernsDrivingTheReassessment() {
        List<QuerySolution> rows = ask("q3");
        assertEquals(Set.of("Canadian reassessment of intelligence sharing with the U.S."), column(rows, "reassessmentLabel"));
        assertEquals(Set.of(
                "U.S. prioritization of short-term political gains over long-term strategic alliances",
                "controversial appointments",
                "erosion of trust",
                "imbalance in the relationship",
                "influence of hostile actors within the U.S. government",
                "integrity of U.S. intelligence agencies",
                "long-term stability and consistency of the U.S. political landscape",
                "politicization of U.S. intelligence",
                "risk of shared information being mishandled or leaked to adversaries",
                "threats to intelligence-sharing agreements",
                "uncertainty surrounding the future of U.S. politics",
                "unpredictability and unreliability of U.S. foreign policy"), column(rows, "concernLabel"));
    }

    @Test
    void q4PastIncidentsCitedAsRisks() {
        List<QuerySolution> rows = ask("q4");
        assertEquals(Set.of("Huawei CFO arrest", "trade disputes after the Huawei CFO arrest"), column(rows, "incidentLabel"));
        assertEquals(Set.of("close cooperation with Washington"), column(rows, "riskLabel"));
    }

    @Test
    void q5EveryRelationshipHasItsSentenceAndOffsets() {
        List<QuerySolution> rows = ask("q5");
        assertEquals(54, column(rows, "statement").size());
        QuerySolution cooperation = rows.stream()
                .filter(r -> r.getResource("predicate").getLocalName().equals("cooperatesWith")).findFirst().orElseThrow();
        assertEquals(3347, cooperation.getLiteral("begin").getInt());
        assertEquals(3425, cooperation.getLiteral("end").getInt());
        assertEquals("cooperation on issues like counter-terrorism and local crime remains essential",
                cooperation.getLiteral("evidenceText").getString());
        assertTrue(cooperation.getLiteral("sentenceText").getString().startsWith("While cooperation on issues like counter-terrorism"));
    }

    @Test
    void q6MentionedEntitiesWithTheirLinks() {
        List<QuerySolution> rows = ask("q6");
        assertEquals(44, column(rows, "entity").size());
        QuerySolution canada = rows.stream().filter(r -> r.getLiteral("label").getString().equals("Canada")).findFirst().orElseThrow();
        assertEquals("http://www.wikidata.org/entity/Q16", canada.getResource("wikidata").getURI());
        assertEquals("http://dbpedia.org/resource/Canada", canada.getResource("dbpedia").getURI());
    }

    @Test
    void q7WhoAssertsWhat() {
        List<QuerySolution> rows = ask("q7");
        assertEquals(Set.of("article", "office holder", "unnamed group"), column(rows, "sourceKind"));
        assertEquals(1, rows.stream().filter(r -> r.getLiteral("sourceKind").getString().equals("office holder")).count());
        assertEquals(2, rows.stream().filter(r -> r.getLiteral("sourceKind").getString().equals("unnamed group")).count());
        assertEquals(20, rows.stream().filter(r -> r.getLiteral("sourceKind").getString().equals("article")).count());
        assertEquals(Set.of("Experts", "Mélanie Joly", "Canada reassesses intelligence sharing with the U.S. and looks to other partners"),
                column(rows, "sourceLabel"));
    }

    @Test
    void q8AreasWhereCooperationRemainsEssential() {
        assertEquals(Set.of("counter-terrorism", "local crime"), column(ask("q8"), "areaLabel"));
    }

    @Test
    void q9PartnersOfASymmetricRelationshipFromEitherSide() {
        assertEquals(Set.of("Canada"), column(ask("q9"), "partnerLabel"));
    }
}
