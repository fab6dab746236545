package org.podium.platform;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's answer when no module's handler took the error: an unknown route (404), a method or a
 * content type the route does not have (405, 415), and anything unexpected (500, logged with an
 * id the answer gives, and nothing internal in the answer). Pages are left to the error pages:
 * only paths with an {@code /api/} segment are answered here; for the others the very exception is
 * thrown again, which Spring takes as "not handled". Last of all advices, after the pages' own.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice
class ApiFallbackProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiFallbackProblems.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            throw e;
        }
        var incident = UUID.randomUUID();
        log.error("Unexpected error {} answering {} {}", incident, request.getMethod(), request.getRequestURI(), e);
        var problem = ProblemTypes.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request could not be completed; the operators can find it under incident " + incident);
        problem.setProperty("incident", incident.toString());
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        if (request instanceof ServletWebRequest servlet && !isApi(servlet.getRequest())) {
            // The very exception thrown again: Spring then resolves it as if no advice existed (the error pages).
            throw ApiFallbackProblems.<RuntimeException>unchanged(ex);
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().contains("/api/");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T unchanged(Throwable thrown) throws T {
        throw (T) thrown;
    }
}
