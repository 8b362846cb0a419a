package org.newsgraph.validate;

/** Published data that does not conform to ontology/shapes.ttl. */
public class ShapeViolationException extends RuntimeException {
    public ShapeViolationException(String message) {
        super(message);
    }
}
