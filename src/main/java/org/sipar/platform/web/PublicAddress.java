package org.sipar.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import org.sipar.platform.InvalidSetting;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people and machines reach Sipar, for the few places that need an absolute address (the OpenAPI
 * description's server). Never taken from a request: its Host header is whatever the client chose.
 *
 * @param publicBaseUrl the absolute http(s) address Sipar is served at, such as {@code https://sipar.cert.gov.pk};
 *                      empty for none, when only relative addresses are used
 */
@ConfigurationProperties("sipar")
public record PublicAddress(String publicBaseUrl) {

    static final String SETTING = "sipar.public-base-url";

    public PublicAddress {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "" : checked(publicBaseUrl.strip());
    }

    /** The configured address without a trailing slash, or {@code "/"} (relative) when none is configured. */
    public String serverUrl() {
        return publicBaseUrl.isEmpty() ? "/" : publicBaseUrl;
    }

    private static String checked(String url) {
        String accepted = "an absolute http or https URL without query or fragment, such as https://sipar.example.org";
        try {
            URI uri = new URI(url);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                throw new InvalidSetting(SETTING, url, accepted);
            }
        } catch (URISyntaxException e) {
            throw new InvalidSetting(SETTING, url, accepted);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
