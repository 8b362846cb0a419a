package org.newsgraph.article;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.convert.Uris;
import org.newsgraph.convert.Vocab;

/**
 * A NIF 2.0 corpus: every {@code nif:Context} is one document (its URI and {@code nif:isString}); phrases point to
 * it with {@code nif:referenceContext}. In memory, offsets are Java char indices; in the file they are Unicode
 * code points, as NIF requires.
 */
public final class NifCorpus {
    /** An annotated span: identity ({@code itsrdf:taIdentRef}) and class ({@code itsrdf:taClassRef}) may be null. */
    public record Phrase(int begin, int end, String anchor, String identRef, String classRef) {}

    /** One document of the corpus. */
    public record Document(String uri, String text, List<Phrase> phrases) {}

    private static final String RFC5147 = Vocab.NIF + "RFC5147String";

    private NifCorpus() {}

    public static List<Document> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ArticleInputException(file, "NIF corpus not found");
        }
        Model model;
        try {
            model = RDFDataMgr.loadModel(file.toString());
        } catch (RiotException e) {
            throw new ArticleInputException(file, "not a readable RDF file: " + e.getMessage());
        }
        List<Document> documents = new ArrayList<>();
        for (Resource context : model.listSubjectsWithProperty(RDF.type, Vocab.NIF_CONTEXT).toList()) {
            Statement isString = context.getProperty(Vocab.NIF_IS_STRING);
            if (isString == null || !context.isURIResource()) {
                throw new ArticleInputException(file, "nif:Context " + context + " has no nif:isString");
            }
            String text = isString.getString();
            List<Phrase> phrases = new ArrayList<>();
            for (Resource phrase : model.listSubjectsWithProperty(Vocab.NIF_REFERENCE_CONTEXT, context).toList()) {
                int begin = text.offsetByCodePoints(0, phrase.getRequiredProperty(Vocab.NIF_BEGIN).getInt());
                int end = text.offsetByCodePoints(0, phrase.getRequiredProperty(Vocab.NIF_END).getInt());
                phrases.add(new Phrase(begin, end, text.substring(begin, end),
                        uri(phrase, Vocab.ITS_TA_IDENT_REF), uri(phrase, Vocab.ITS_TA_CLASS_REF)));
            }
            phrases.sort(Comparator.comparingInt(Phrase::begin).thenComparingInt(Phrase::end));
            documents.add(new Document(context.getURI(), text, List.copyOf(phrases)));
        }
        documents.sort(Comparator.comparing(Document::uri));
        return documents;
    }

    public static void write(List<Document> documents, Path file) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("nif", Vocab.NIF);
        model.setNsPrefix("itsrdf", Vocab.ITSRDF);
        model.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        model.setNsPrefix("dbr", Vocab.DBPEDIA);
        model.setNsPrefix("ng", Uris.NS);
        for (Document d : documents) {
            Resource context = model.createResource(d.uri())
                    .addProperty(RDF.type, Vocab.NIF_CONTEXT)
                    .addProperty(RDF.type, model.createResource(RFC5147))
                    .addLiteral(Vocab.NIF_BEGIN, model.createTypedLiteral("0", XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(Vocab.NIF_END, offset(model, d.text(), d.text().length()))
                    .addProperty(Vocab.NIF_IS_STRING, d.text());
            String base = d.uri().contains("#") ? d.uri().substring(0, d.uri().indexOf('#')) : d.uri();
            for (Phrase p : d.phrases()) {
                int begin = d.text().codePointCount(0, p.begin());
                int end = d.text().codePointCount(0, p.end());
                Resource phrase = model.createResource(base + "#char=" + begin + "," + end)
                        .addProperty(RDF.type, Vocab.NIF_PHRASE)
                        .addProperty(RDF.type, model.createResource(RFC5147))
                        .addProperty(Vocab.NIF_REFERENCE_CONTEXT, context)
                        .addLiteral(Vocab.NIF_BEGIN, offset(model, d.text(), p.begin()))
                        .addLiteral(Vocab.NIF_END, offset(model, d.text(), p.end()))
                        .addProperty(Vocab.NIF_ANCHOR_OF, d.text().substring(p.begin(), p.end()));
                if (p.identRef() != null) {
                    phrase.addProperty(Vocab.ITS_TA_IDENT_REF, model.createResource(p.identRef()));
                }
                if (p.classRef() != null) {
                    phrase.addProperty(Vocab.ITS_TA_CLASS_REF, model.createResource(p.classRef()));
                }
            }
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, model, Lang.TURTLE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write NIF file " + file, e);
        }
    }

    private static Literal offset(Model model, String text, int charIndex) {
        return model.createTypedLiteral(String.valueOf(text.codePointCount(0, charIndex)), XSDDatatype.XSDnonNegativeInteger);
    }

    private static String uri(Resource phrase, Property property) {
        Statement s = phrase.getProperty(property);
        RDFNode o = s == null ? null : s.getObject();
        return o != null && o.isURIResource() ? o.asResource().getURI() : null;
    }
}
