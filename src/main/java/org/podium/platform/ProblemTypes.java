package org.podium.platform;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Stable RFC 9457 problem types: one URI per broken rule, documented under docs/problems.md. */
public final class ProblemTypes {

    private static final String BASE = "https://podium.example/problems/";

    private ProblemTypes() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
