package org.newsgraph.convert;

import java.util.ArrayList;
import java.util.List;

/** Finds verbatim quotes and entity names in an article's text (char indices). */
final class QuoteLocator {
    record Range(int begin, int end) {
        boolean overlaps(Range other) {
            return begin < other.end && other.begin < end;
        }
    }

    private final String text;

    QuoteLocator(String text) {
        this.text = text;
    }

    /**
     * The one occurrence of a quote, or the n-th (1-based) when {@code occurrence} is given.
     *
     * @throws IllegalArgumentException with a message for the editor when the quote is missing or ambiguous
     */
    Range locate(String quote, Integer occurrence) {
        List<Range> all = occurrences(quote, false);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("quote not found in the article text: \"" + quote + "\"");
        }
        if (occurrence == null) {
            if (all.size() > 1) {
                throw new IllegalArgumentException("quote occurs " + all.size()
                        + " times in the article text; add 'occurrence: 1' to '" + all.size() + "' to choose: \"" + quote + "\"");
            }
            return all.get(0);
        }
        if (occurrence < 1 || occurrence > all.size()) {
            throw new IllegalArgumentException("occurrence " + occurrence + " does not exist: the quote occurs "
                    + all.size() + " time(s) in the article text: \"" + quote + "\"");
        }
        return all.get(occurrence - 1);
    }

    /** Occurrences of a name that are whole words (not inside a longer word). */
    List<Range> nameOccurrences(String name) {
        return occurrences(name, true);
    }

    private List<Range> occurrences(String quote, boolean wholeWords) {
        List<Range> found = new ArrayList<>();
        if (quote == null || quote.isEmpty()) {
            return found;
        }
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            int end = i + quote.length();
            if (!wholeWords || (isBoundary(i - 1) && isBoundary(end))) {
                found.add(new Range(i, end));
            }
        }
        return found;
    }

    private boolean isBoundary(int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
