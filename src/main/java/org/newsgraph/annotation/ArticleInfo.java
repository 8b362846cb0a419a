package org.newsgraph.annotation;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The article an annotation file describes; {@code text} is the path of its text, relative to the project root. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleInfo(String id, String text, String title, String language, String published, String url) {}
