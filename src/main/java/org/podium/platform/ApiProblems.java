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

    /**
     * A body that is not the JSON the operation takes: the field named as a path ({@code items[0].session})
     * and Jackson's own words, without the class names of Podium's internals.
     */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException e, org.springframework.http.HttpHeaders headers,
            org.springframework.http.HttpStatusCode status, org.springframework.web.context.request.WebRequest request) {
        return org.springframework.http.ResponseEntity.badRequest().body(unreadable(e));
    }

    static ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        var field = "";
        var detail = "the body is not the JSON this operation takes";
        if (e.getCause() instanceof tools.jackson.core.JacksonException json) {
            var path = new StringBuilder();
            for (var reference : json.getPath()) {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(TextInput.printable(reference.getPropertyName()));
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            field = path.toString();
            var original = json.getOriginalMessage() == null ? "" : json.getOriginalMessage().lines().findFirst().orElse("");
            // `org.podium.ticketing.internal.sale.HoldRequest$Item` -> `Item`: no internals in an answer.
            original = original.replaceAll("`(?:[a-z][\\w]*\\.)+(?:[\\w]+\\$)?([\\w]+)`", "`$1`");
            detail = (field.isEmpty() ? "" : field + ": ") + TextInput.printable(original.length() > 200 ? original.substring(0, 200) : original);
        }
        var problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable body", detail);
        if (!field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badValue(IllegalArgumentException e) {
        return ProblemTypes.problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
    }
}
