package org.sipar.taxii.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses TAXII requests by their headers before anything is read: an Accept that excludes TAXII 2.1 (406),
 * a POST whose Content-Type is not TAXII 2.1 (415) or whose Content-Length exceeds max_content_length (413).
 */
@Component
class MediaTypeFilter extends OncePerRequestFilter {

    private final TaxiiSettings settings;

    MediaTypeFilter(TaxiiSettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/taxii2/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!acceptable(request.getHeader("Accept"))) {
            TaxiiErrors.write(response, 406, "Not acceptable", "This server answers in " + Taxii.MEDIA_TYPE);
        } else if ("POST".equals(request.getMethod()) && !taxii(request.getContentType())) {
            TaxiiErrors.write(response, 415, "Unsupported media type", "Send content as " + Taxii.MEDIA_TYPE);
        } else if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > settings.maxBytes()) {
            TaxiiErrors.write(response, 413, "Content too large",
                    "The content is longer than max_content_length, " + settings.maxBytes() + " bytes");
        } else {
            chain.doFilter(request, response);
        }
    }

    /** No Accept means anything; otherwise one entry must cover TAXII 2.1 (a wildcard or the type itself). */
    private static boolean acceptable(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(t -> t.isWildcardType()
                    || "application".equals(t.getType()) && t.isWildcardSubtype() || Taxii.isTaxii21(t));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean taxii(String contentType) {
        try {
            return contentType != null && Taxii.isTaxii21(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
