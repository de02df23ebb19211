package org.sipar.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 description of the REST API under {@code /api/**}, served by springdoc at {@code /v3/api-docs}
 * with Swagger UI at {@code /api/docs}. TAXII 2.1 under {@code /taxii2/} is left out: OASIS specifies it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    /**
     * The servers are given, never left to springdoc: it would build them from the request's Host header, which
     * the client chooses. Relative {@code /} unless {@code sipar.public-base-url} says where Sipar is served.
     */
    @Bean
    OpenAPI siparOpenApi(PublicAddress address) {
        return new OpenAPI()
                .servers(java.util.List.of(new Server().url(address.serverUrl())))
                .info(new Info().title("Sipar REST API").version("v1")
                        .description("""
                                The national CERT's platform for sharing threat intelligence. Machines authenticate with an \
                                API token (`Authorization: Bearer …`, made under Account → API tokens) or HTTP Basic. \
                                A token has a scope: `read` (reads through this API and TAXII; a write answers 403), \
                                `taxii` (TAXII 2.1 only; this API answers 403) or `write` (everything its owner may do). \
                                A request beyond the scope is answered 403 with `missingScope` naming the scope it needs. \
                                Reading intelligence needs no credentials: anonymous callers see TLP:CLEAR only, and \
                                every answer holds just what the sharing policy lets the caller see under TLP 2.0. \
                                Errors are RFC 9457 problem details; a 400 lists each bad parameter with its value in \
                                `errors`. The TAXII 2.1 server under `/taxii2/` follows the OASIS specification and is \
                                not described here."""))
                .externalDocs(new ExternalDocumentation().description("TAXII 2.1 (OASIS), served under /taxii2/")
                        .url("https://docs.oasis-open.org/cti/taxii/v2.1/taxii-v2.1.html"))
                .components(new Components()
                        .addSchemas("DateOrTimestamp", new Schema<String>().types(java.util.Set.of("string"))
                                .description("A day, YYYY-MM-DD (meaning 00:00 UTC), or an RFC 3339 timestamp")
                                .oneOf(java.util.List.of(new Schema<String>().types(java.util.Set.of("string")).format("date"),
                                        new Schema<String>().types(java.util.Set.of("string")).format("date-time"))))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("E-mail address and password, or e-mail address and an API token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                // Either scheme, or none: the intelligence reads answer anonymous callers too.
                .addSecurityItem(new SecurityRequirement());
    }
}
