package org.newsgraph.serve;

import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Picks a {@link DocumentFormat} for an Accept header as RFC 9110 §12.5.1 says: each offered type gets the q-value of
 * the most specific media range matching it; the highest non-zero q wins, ties go to server preference order.
 * (Jena's AcceptList.match ranks by range, not by offer, so "text/*;q=0.9, text/turtle;q=0.2" would pick Turtle.)
 */
final class ContentNegotiation {
    private ContentNegotiation() {}

    /** Empty when no offered format is acceptable (HTTP 406). A missing or blank header accepts anything. */
    static Optional<DocumentFormat> choose(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return Optional.of(DocumentFormat.values()[0]);
        }
        List<MediaRange> ranges = new AcceptList(acceptHeader).entries();
        DocumentFormat best = null;
        double bestQ = 0;
        for (DocumentFormat format : DocumentFormat.values()) {
            double q = quality(ranges, MediaType.create(format.mediaType));
            if (q > bestQ) {
                best = format;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<MediaRange> ranges, MediaType offer) {
        MediaRange mostSpecific = null;
        for (MediaRange range : ranges) {
            if (range.accepts(offer) && (mostSpecific == null || specificity(range) > specificity(mostSpecific))) {
                mostSpecific = range;
            }
        }
        return mostSpecific == null ? 0 : mostSpecific.get_q();
    }

    private static int specificity(MediaType range) {
        if ("*".equals(range.getType())) {
            return 0;
        }
        return "*".equals(range.getSubType()) ? 1 : 2;
    }
}
