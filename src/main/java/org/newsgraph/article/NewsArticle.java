package org.newsgraph.article;

/**
 * An article read from a file: its text and whatever metadata the source carries (null when unknown).
 * {@code published} is an ISO date (yyyy-mm-dd).
 */
public record NewsArticle(ArticleText text, String title, String author, String published, String url) {}
