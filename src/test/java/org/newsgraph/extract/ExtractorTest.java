package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotation.Annotation;
import org.newsgraph.annotation.AnnotationFiles;
import org.newsgraph.annotation.ArticleInfo;
import org.newsgraph.annotation.ClaimSpec;
import org.newsgraph.annotation.EntitySpec;
import org.newsgraph.article.NifCorpus;

/** Runs the real CoreNLP pipeline (loaded once for the class) on a short article. */
class ExtractorTest {
    private static final String TEXT = "Experts warn that Washington could stop sharing intelligence with Ottawa. "
            + "Canadian Prime Minister Mark Carney said on Tuesday that Canada would cooperate with NATO and the "
            + "five-eyes partners on counter-terrorism. The independent review cost 3 million dollars.";

    private static Extractor.Extraction extraction;

    @TempDir
    Path dir;

    @BeforeAll
    static void extract() {
        Extractor extractor = new Extractor(NlpPipeline.shared());
        extraction = extractor.extract(new ArticleInfo("test-article", "test.txt", "Test", "en", null, null), TEXT);
    }

    private static Map<String, EntitySpec> byLabel() {
        return extraction.annotation().entities().stream()
                .collect(Collectors.toMap(EntitySpec::label, e -> e, (a, b) -> a));
    }

    @Test
    void findsGeopoliticalBodiesWithTheGazetteerAndMetonymy() {
        Map<String, EntitySpec> entities = byLabel();
        assertEquals("Alliance", entities.get("NATO").type());
        assertEquals("NATO", entities.get("NATO").dbpedia());
        EntitySpec fiveEyes = entities.get("Five Eyes");
        assertEquals("Alliance", fiveEyes.type());
        assertTrue(fiveEyes.aliases().contains("five-eyes"), fiveEyes.aliases().toString());
        EntitySpec usGovernment = entities.get("Government of the United States");
        assertEquals("Government", usGovernment.type(), entities.keySet().toString());
        assertTrue(usGovernment.aliases().contains("Washington"));
        assertEquals("Country", entities.get("Canada").type());
        assertEquals("Person", entities.get("Mark Carney").type());
    }

    @Test
    void dropsValuesAndLowerCaseFalsePositives() {
        List<String> labels = extraction.annotation().entities().stream().map(EntitySpec::label).toList();
        for (String value : List.of("Tuesday", "3 million dollars", "3 million", "independent")) {
            assertFalse(labels.contains(value), value + " in " + labels);
        }
    }

    @Test
    void attributesClaimsAndFindsRelationships() {
        ClaimSpec claim = extraction.annotation().claims().stream().filter(c -> c.verb().equals("warn")).findFirst().orElseThrow();
        assertEquals("experts", claim.source());
        assertTrue(TEXT.contains(claim.evidence()));
        assertTrue(claim.about().contains("government-of-the-united-states"), claim.about().toString());
        assertTrue(extraction.annotation().relations().stream().anyMatch(r -> r.subject().equals("canada")
                && r.predicate().equals("cooperatesWith") && r.object().equals("nato")),
                extraction.annotation().relations().toString());
        assertTrue(extraction.annotation().relations().stream().allMatch(r -> TEXT.contains(r.evidence())));
    }

    @Test
    void writesADraftThatReadsBack() {
        Path file = dir.resolve("draft.yaml");
        AnnotationFiles.write(extraction.annotation(), file);
        Annotation read = AnnotationFiles.read(file);
        assertEquals(extraction.annotation().entities().size(), read.entities().size());
        assertEquals(extraction.annotation().relations().size(), read.relations().size());
    }

    @Test
    void annotatesNifPhrasesWithLinksAndClasses() {
        NifCorpus.Document doc = NifAnnotator.phrases(new NifCorpus.Document("http://example.org/d#char=0,10", TEXT, List.of()),
                extraction.entities());
        NifCorpus.Phrase nato = doc.phrases().stream().filter(p -> p.anchor().equals("NATO")).findFirst().orElseThrow();
        assertEquals("http://dbpedia.org/resource/NATO", nato.identRef());
        assertEquals("https://newsgraph.org/ontology#Alliance", nato.classRef());
        assertTrue(doc.phrases().stream().noneMatch(p -> p.anchor().equals("Experts")), "unnamed groups are not named entities");
    }
}
