package org.sipar.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Swagger UI as Sipar's: its page gets Sipar's title, shield favicon, a header bar with the logo and a way back,
 * and Sipar's colours from {@code /assets/swagger-sipar.css}. Everything comes from Sipar itself (no font, image
 * or script from elsewhere), and no inline script is added, so the documentation's CSP stays as it is.
 * springdoc's own transformer still writes the initializer (which document to show); Swagger's own top bar,
 * which its standalone layout needs to load the document, is hidden by the stylesheet.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerBranding {

    @Bean
    SwaggerIndexTransformer siparSwaggerIndex(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth,
                                              SwaggerWelcomeCommon welcome, ObjectMapperProvider mapper) {
        return new SwaggerIndexPageTransformer(config, oauth, welcome, mapper) {
            @Override
            public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
                    throws IOException {
                if (!"index.html".equals(resource.getFilename())) {
                    return super.transform(request, resource, chain);
                }
                String page = resource.getContentAsString(StandardCharsets.UTF_8);
                // Keeps the original's name, from which the answer's Content-Type (text/html) is worked out.
                return new TransformedResource(resource, brand(page).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** The Swagger UI page with Sipar's title, favicon, stylesheet and header. */
    static String brand(String page) {
        return page.replace("<title>Swagger UI</title>", "<title>REST API · Sipar</title>")
                .replaceAll("<link rel=\"icon\"[^>]*>\\s*", "")
                .replace("</head>", """
                        <link rel="icon" type="image/svg+xml" href="/assets/shield.svg" />
                            <link rel="stylesheet" type="text/css" href="/assets/swagger-sipar.css" />
                          </head>""")
                .replace("<div id=\"swagger-ui\"></div>", """
                        <header class="sipar-bar"><a class="sipar-brand" href="/"><img src="/assets/shield.svg" alt="" \
                        width="28" height="28"><span>Sipar</span></a><span class="sipar-what">REST API</span>\
                        <a class="sipar-back" href="/">Back to Sipar</a></header>
                            <div id="swagger-ui"></div>""");
    }
}
