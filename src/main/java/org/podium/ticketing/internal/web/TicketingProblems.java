package org.podium.ticketing.internal.web;

import org.podium.platform.ProblemTypes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.podium.ticketing.internal.payment.PaymentWebhook;
import org.podium.ticketing.internal.SaleRefused;

/** A refused sale step as an RFC 9457 problem: the rule in the type, the figures in extra members. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {TicketingApi.class, StaffTicketingApi.class, PaymentWebhook.class, TicketChangesApi.class})
class TicketingProblems {

    @ExceptionHandler(SaleRefused.class)
    ProblemDetail refused(SaleRefused e) {
        var problem = ProblemTypes.problem(HttpStatus.valueOf(e.kind().status),
                "sale-" + e.kind().name().toLowerCase().replace('_', '-'), "Sale refused", e.getMessage());
        e.details().forEach(problem::setProperty);
        return problem;
    }
}
