package org.newsgraph.publish;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.convert.Uris;

/** Writes the dataset to data/rdf as TriG, one Turtle file per graph, and JSON-LD compacted with our @context. */
public final class DatasetFiles {
    public static final String TRIG = "newsgraph.trig";
    public static final String JSONLD = "newsgraph.jsonld";
    public static final String CONTEXT = "context.jsonld";

    private DatasetFiles() {}

    /** Writes every file into {@code dir} and checks each with RDF4J Rio against what Jena holds. */
    public static void write(Dataset dataset, Path dir, Path contextFile) {
        try {
            Files.createDirectories(dir.resolve("articles"));
            try (OutputStream out = Files.newOutputStream(dir.resolve(TRIG))) {
                RDFDataMgr.write(out, dataset, RDFFormat.TRIG_PRETTY);
            }
            RioRoundTrip.requireSameDataset(dir.resolve(TRIG), org.eclipse.rdf4j.rio.RDFFormat.TRIG, dataset.asDatasetGraph());
            for (Map.Entry<String, Path> graph : graphFiles(dataset, dir).entrySet()) {
                Model model = dataset.getNamedModel(graph.getKey());
                try (OutputStream out = Files.newOutputStream(graph.getValue())) {
                    RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
                }
                RioRoundTrip.requireSameGraph(graph.getValue(), org.eclipse.rdf4j.rio.RDFFormat.TURTLE, model.getGraph());
            }
            Files.copy(contextFile, dir.resolve(CONTEXT), StandardCopyOption.REPLACE_EXISTING);
            writeJsonLd(dataset.asDatasetGraph(), contextFile, dir.resolve(JSONLD));
            RioRoundTrip.requireSameDataset(dir.resolve(JSONLD), org.eclipse.rdf4j.rio.RDFFormat.JSONLD, dataset.asDatasetGraph());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset to " + dir, e);
        }
    }

    /** The JSON-LD form of a dataset, compacted with the published context (embedded, so no fetch is needed). */
    public static void writeJsonLd(DatasetGraph dataset, Path contextFile, Path target) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(contextFile, StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            JsonObject context = reader.readObject();
            JsonArray expanded = JenaToTitanium.convert(dataset, new JsonLdOptions());
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).get();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                writer.writeObject(compacted);
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Path> graphFiles(Dataset dataset, Path dir) {
        Map<String, Path> files = new TreeMap<>();
        dataset.listModelNames().forEachRemaining(name -> {
            String uri = name.getURI();
            String prefix = Uris.CANONICAL_BASE + "graph/";
            String local = uri.substring(prefix.length());
            files.put(uri, local.startsWith("article/")
                    ? dir.resolve("articles").resolve(local.substring("article/".length()) + ".ttl")
                    : dir.resolve(local + ".ttl"));
        });
        return files;
    }
}
