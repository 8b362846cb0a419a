package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses SPARQL requests larger than any sensible query before they are read or parsed: the time limit only starts
 * once a query is parsed, so a huge request would otherwise tie up the server unbounded.
 */
final class RequestSizeLimit extends HttpFilter {
    /** Far above any hand-written or generated query seen in practice, far below what hurts the server. */
    static final int MAX_BYTES = 100_000;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String queryString = request.getQueryString();
        if (queryString != null && queryString.length() > MAX_BYTES) {
            response.sendError(414, "SPARQL request URI longer than " + MAX_BYTES + " bytes");
            return;
        }
        long length = request.getContentLengthLong();
        boolean hasBody = "POST".equals(request.getMethod());
        if (hasBody && length < 0) {
            response.sendError(411, "a SPARQL POST needs a Content-Length (at most " + MAX_BYTES + " bytes)");
            return;
        }
        if (length > MAX_BYTES) {
            response.sendError(413, "SPARQL request body larger than " + MAX_BYTES + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
