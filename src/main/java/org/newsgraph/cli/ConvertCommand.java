package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.newsgraph.publish.DatasetBuilder;
import org.newsgraph.publish.Publication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Converts every annotated article of the project and publishes the files in data/rdf. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert data/annotations/*.yaml and their articles to RDF in data/rdf (TriG, Turtle, JSON-LD),"
                + " validated against ontology/shapes.ttl and checked with RDF4J Rio. All or nothing.")
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--root", description = "Project root holding ontology/, data/ and seeds/ (default: ${DEFAULT-VALUE}).",
            defaultValue = ".")
    Path root;

    @Option(names = "--out", description = "Output directory (default: <root>/data/rdf).")
    Path out;

    @Override
    public Integer call() {
        ProjectRoot.require(root);
        DatasetBuilder builder = new DatasetBuilder(root);
        Dataset dataset = builder.build();
        Path target = out != null ? out : root.resolve("data/rdf");
        Publication.publish(dataset, target, DatasetBuilder.contextFile(root));
        long quads = dataset.asDatasetGraph().stream().count();
        spec.commandLine().getOut().printf("converted %d article(s): %d quads in %d graphs written to %s%n",
                builder.annotationFiles().size(), quads, dataset.asDatasetGraph().size(), target);
        return 0;
    }
}
