package org.newsgraph.extract;

/** A verbatim quote from the article with the 1-based occurrence that identifies it when it occurs more than once. */
record Evidence(String quote, Integer occurrence) {

    /** The text of the char range, with its occurrence number when the same text occurs earlier or later too. */
    static Evidence of(String text, int begin, int end) {
        String quote = text.substring(begin, end);
        int count = 0;
        int index = 0;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            count++;
            if (i == begin) {
                index = count;
            }
        }
        return new Evidence(quote, count > 1 ? index : null);
    }
}
