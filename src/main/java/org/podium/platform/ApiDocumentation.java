package org.podium.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says of itself: Podium's name, version and purpose, and how a caller
 * authenticates (HTTP Basic or an API token for staff and machines, the session cookie with a
 * CSRF header for fans), instead of springdoc's "OpenAPI definition v0".
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI podiumApi() {
        var packaged = ApiDocumentation.class.getPackage().getImplementationVersion();
        var version = packaged == null ? "development build" : packaged;
        return new OpenAPI()
                .info(new Info().title("Podium API").version(version)
                        .description("""
                                The JSON API of Podium, the open platform that runs the IT of a multi-sport Games: \
                                programme and live results (Server-Sent Events at /api/results/stream), ticketing for fans, \
                                gates, security operations and administration. Errors are RFC 9457 problem details \
                                (application/problem+json); their types are listed in docs/problems.md.""")
                        .license(new License().name("See the repository's licence")))
                .components(new Components()
                        .addSecuritySchemes("staffBasic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A staff account's name and password: /api/staff/**, /api/admin/** (ADMIN), /actuator/**"))
                        .addSecuritySchemes("apiToken", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A staff API token (pdm_...) from POST /api/staff/tokens, acting with its member's roles"))
                        .addSecuritySchemes("fanSession", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("A signed-in fan's session, with the X-CSRF-TOKEN header on changes: /api/fan/**")));
    }
}
