package org.sipar.platform.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Sipar's PDFs present their issuer, bound from {@code sipar.pdf.*}.
 *
 * @param issuer the name in every page's header, such as "National CERT of Pakistan"; when unset, the name of
 *               the first organisation ({@code sipar.bootstrap.organisation})
 */
@ConfigurationProperties("sipar.pdf")
public record PdfSettings(String issuer) {
}
