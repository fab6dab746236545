package org.podium.results.internal.web;

import org.podium.platform.ProblemTypes;
import org.podium.results.ResultRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused result message: 400, 403, 409 or 422 by the rule it broke, with the field. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {ResultsApi.class, ResultsInputApi.class})
class ResultsProblems {

    @ExceptionHandler(ResultRefused.class)
    ProblemDetail refused(ResultRefused e) {
        var status = switch (e.kind()) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case NOT_IN_START_LIST -> HttpStatus.UNPROCESSABLE_ENTITY;
            case STATUS_CONFLICT -> HttpStatus.CONFLICT;
            case NOT_ASSIGNED -> HttpStatus.FORBIDDEN;
        };
        var problem = ProblemTypes.problem(status, "result-" + e.kind().name().toLowerCase().replace('_', '-'),
                "Result refused", e.getMessage());
        if (!e.field().isEmpty()) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }
}
