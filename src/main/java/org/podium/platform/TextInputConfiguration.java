package org.podium.platform;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Where client text enters: every JSON string (a custom string deserializer, so the refusal
 * names the field) and every request parameter (a filter, before any controller). Also: a JSON
 * number with a fraction is not silently cut to a whole one ({@code "quantity": 1.5} is refused).
 */
@Configuration(proxyBeanMethods = false)
class TextInputConfiguration {

    @Bean
    JsonMapperBuilderCustomizer textInputOnly() {
        var strings = new SimpleModule("podium-text-input").addDeserializer(String.class, new CheckedStrings());
        return builder -> builder.addModule(strings).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** The standard string deserializer, refusing what {@link TextInput} refuses. */
    static final class CheckedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = super.deserialize(parser, context);
            var refusal = TextInput.refusal(text);
            if (refusal != null) {
                return context.reportInputMismatch(String.class, "the text %s", refusal);
            }
            return text;
        }
    }

    @Bean
    OncePerRequestFilter textParametersOnly(tools.jackson.databind.ObjectMapper json) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                    var refusal = TextInput.refusal(parameter.getKey());
                    for (var value : parameter.getValue()) {
                        refusal = refusal != null ? refusal : TextInput.refusal(value);
                    }
                    if (refusal != null) {
                        var problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-text", "Invalid text",
                                "parameter " + TextInput.printable(parameter.getKey()) + " " + refusal);
                        problem.setProperty("field", TextInput.printable(parameter.getKey()));
                        response.setStatus(400);
                        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                        response.getOutputStream().write(json.writeValueAsBytes(problem));
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
