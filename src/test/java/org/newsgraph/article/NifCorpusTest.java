package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NifCorpusTest {
    private static final String CORPUS = """
            @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
            @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <http://example.org/doc/1#char=0,26> a nif:Context , nif:String ;
                nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "26"^^xsd:nonNegativeInteger ;
                nif:isString "\\U0001F600 Paris meets Berlin today" .
            <http://example.org/doc/1#char=2,7> a nif:Phrase ;
                nif:referenceContext <http://example.org/doc/1#char=0,26> ;
                nif:beginIndex "2"^^xsd:nonNegativeInteger ; nif:endIndex "7"^^xsd:nonNegativeInteger ;
                nif:anchorOf "Paris" ; itsrdf:taIdentRef <http://dbpedia.org/resource/Paris> .
            <http://example.org/doc/1#char=14,20> a nif:Phrase ;
                nif:referenceContext <http://example.org/doc/1#char=0,26> ;
                nif:beginIndex "14"^^xsd:nonNegativeInteger ; nif:endIndex "20"^^xsd:nonNegativeInteger ;
                nif:anchorOf "Berlin" ; itsrdf:taIdentRef <http://aksw.org/notInWiki/Berlin> .
            <http://example.org/doc/2#char=0,12> a nif:Context ;
                nif:isString "No entities." .
            """;

    @TempDir
    Path dir;

    @Test
    void readsContextsAndPhrasesWithCodePointOffsets() throws IOException {
        List<NifCorpus.Document> docs = NifCorpus.read(Files.writeString(dir.resolve("in.ttl"), CORPUS));
        assertEquals(2, docs.size());
        NifCorpus.Document first = docs.getFirst();
        assertEquals("http://example.org/doc/1#char=0,26", first.uri());
        // the emoji before "Paris" is one code point but two Java chars
        assertEquals(List.of(new NifCorpus.Phrase(3, 8, "Paris", "http://dbpedia.org/resource/Paris", null),
                new NifCorpus.Phrase(15, 21, "Berlin", "http://aksw.org/notInWiki/Berlin", null)), first.phrases());
        assertEquals(List.of(), docs.get(1).phrases());
    }

    @Test
    void writesWhatItReads() throws IOException {
        List<NifCorpus.Document> docs = NifCorpus.read(Files.writeString(dir.resolve("in.ttl"), CORPUS));
        List<NifCorpus.Document> withClasses = docs.stream().map(d -> new NifCorpus.Document(d.uri(), d.text(),
                d.phrases().stream().map(p -> new NifCorpus.Phrase(p.begin(), p.end(), p.anchor(), p.identRef(),
                        "https://newsgraph.org/ontology#Place")).toList())).toList();
        Path out = dir.resolve("out.ttl");
        NifCorpus.write(withClasses, out);
        assertEquals(withClasses, NifCorpus.read(out));
        String turtle = Files.readString(out);
        assertTrue(turtle.contains("<http://example.org/doc/1#char=2,7>"), turtle);
    }

    @Test
    void missingCorpus() {
        Path file = dir.resolve("none.ttl");
        assertEquals(file + ": NIF corpus not found",
                assertThrows(ArticleInputException.class, () -> NifCorpus.read(file)).getMessage());
    }
}
