package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Reads what is left of the body of a refused request. Fuseki answers a write to the read-only endpoint (or a
 * request for an unknown path) without reading its body; when the body arrives after that answer, the server closes
 * the connection, and the client fails on writing the body or on its next request over the same connection.
 * Draining at most {@link RequestSizeLimit#MAX_BYTES} keeps the connection usable; a larger body is refused anyway.
 */
final class RefusedBodyDrain extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (response.getStatus() < 400) {
            return;
        }
        try {
            ServletInputStream body = request.getInputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            int n;
            while (total < RequestSizeLimit.MAX_BYTES && (n = body.read(buffer)) >= 0) {
                total += n;
            }
        } catch (IllegalStateException readThroughAReader) {
            // the handler read the body as text: nothing is left to drain
        } catch (IOException clientGone) {
            // the client closed the connection: there is nothing to keep open
        }
    }
}
