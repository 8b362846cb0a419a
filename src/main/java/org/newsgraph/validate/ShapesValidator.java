package org.newsgraph.validate;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Checks a graph against the project's SHACL shapes, reading rdfs:subClassOf from the ontology. */
public final class ShapesValidator {
    private final Shapes shapes;
    private final Model ontology;

    public ShapesValidator(Path shapesFile, Model ontology) {
        this.shapes = Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
        this.ontology = ontology;
    }

    public ValidationReport validate(Model data) {
        Model withOntology = ModelFactory.createUnion(data, ontology);
        return ShaclValidator.get().validate(shapes, withOntology.getGraph());
    }

    /** Throws with one line per violation when the graph does not conform. */
    public void requireConforms(String graphName, Model data) {
        ValidationReport report = validate(data);
        if (!report.conforms()) {
            String violations = report.getEntries().stream().map(ShapesValidator::describe).collect(Collectors.joining("\n  "));
            throw new ShapeViolationException(graphName + " does not conform to the shapes ("
                    + report.getEntries().size() + " violations):\n  " + violations);
        }
    }

    public static String describe(ReportEntry entry) {
        String path = entry.resultPath() == null ? "" : " " + entry.resultPath();
        return entry.focusNode() + path + ": " + entry.message();
    }
}
