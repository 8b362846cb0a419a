package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.convert.ArticleGraph;
import org.newsgraph.publish.DatasetBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** Checks annotation files without publishing anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check annotation files: YAML structure, entity ids, types and predicates, evidence quotes"
                + " found in the article, and SHACL conformance of the resulting graph. Publishes nothing.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--root", description = "Project root (default: ${DEFAULT-VALUE}).", defaultValue = ".")
    Path root;

    @Parameters(arity = "0..*", paramLabel = "ANNOTATION",
            description = "Annotation files to check (default: every file in <root>/data/annotations).")
    List<Path> files;

    @Override
    public Integer call() {
        ProjectRoot.require(root);
        DatasetBuilder builder = new DatasetBuilder(root);
        List<Path> toCheck = files == null || files.isEmpty() ? builder.annotationFiles() : files;
        for (Path file : toCheck) {
            ArticleGraph graph = builder.convert(file);
            spec.commandLine().getOut().printf("%s: ok, %d triples conform to the shapes%n", file, graph.model().size());
        }
        return 0;
    }
}
