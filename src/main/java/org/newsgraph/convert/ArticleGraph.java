package org.newsgraph.convert;

import org.apache.jena.rdf.model.Model;

/** The named graph converted from one article and its annotation. */
public record ArticleGraph(String articleId, String graphUri, Model model) {}
