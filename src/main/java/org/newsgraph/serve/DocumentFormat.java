package org.newsgraph.serve;

import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/** The formats a linked-data document is offered in, in server preference order (first = default). */
enum DocumentFormat {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    HTML("text/html", "html", null),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES);

    final String mediaType;
    final String suffix;
    /** Null for HTML, which is rendered from templates. */
    final RDFFormat rdfFormat;

    DocumentFormat(String mediaType, String suffix, RDFFormat rdfFormat) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.rdfFormat = rdfFormat;
    }

    /** Content-Type header value; every format is text in UTF-8. */
    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    static Optional<DocumentFormat> bySuffix(String suffix) {
        for (DocumentFormat format : values()) {
            if (format.suffix.equals(suffix)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
