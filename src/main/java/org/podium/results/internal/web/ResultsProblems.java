package org.podium.results.internal.web;

import org.podium.platform.ProblemTypes;
import org.podium.results.ResultsFeedRejected;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused feed is a 422 naming the file and line. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ResultsApi.class)
class ResultsProblems {

    @ExceptionHandler(ResultsFeedRejected.class)
    ProblemDetail rejected(ResultsFeedRejected e) {
        var problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_ENTITY, "results-feed-rejected", "Results feed refused",
                e.getMessage());
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        return problem;
    }
}
