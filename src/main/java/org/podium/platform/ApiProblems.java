package org.podium.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;

/**
 * Every error of the JSON API is an RFC 9457 problem: the framework's own (bad parameter type,
 * unknown route) through {@link ResponseEntityExceptionHandler}, ours through the handlers below.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        var problem = ProblemTypes.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        problem.setProperty("kind", e.kind());
        problem.setProperty("key", e.key());
        return problem;
    }

    @ExceptionHandler(FileRejected.class)
    ProblemDetail fileRejected(FileRejected e) {
        var problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_ENTITY, "file-rejected", "File refused", e.getMessage());
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        var problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
        problem.setProperty("violations", e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).toList());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badValue(IllegalArgumentException e) {
        return ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
    }
}
