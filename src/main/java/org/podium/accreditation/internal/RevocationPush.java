package org.podium.accreditation.internal;

import java.io.IOException;
import java.time.Instant;

import org.podium.platform.LiveStream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes to the online checkpoint scanners that the revocation list changed (Server-Sent Events,
 * a {@code revocations} event once the change is committed): they fetch the changes at once
 * rather than at their next poll. A scanner that missed a push (reconnecting) syncs when its
 * stream opens again, and every few seconds anyway.
 */
@Controller
class RevocationPush extends LiveStream {

    /** Something checkpoints refuse or admit changed: a card printed, handed over, suspended, reinstated or revoked, a pass revoked. */
    record RevocationsChanged(Instant at) {
    }

    RevocationPush() {
        // A scanner whose stream broke comes back within a second.
        super(1_000);
    }

    @GetMapping(path = "/staff/accreditation/checkpoint/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Override
    public SseEmitter subscribe() throws IOException {
        return super.subscribe();
    }

    @TransactionalEventListener
    void on(RevocationsChanged changed) {
        send("revocations", changed.at().toString());
    }
}
