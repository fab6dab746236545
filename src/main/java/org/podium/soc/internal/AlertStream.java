package org.podium.soc.internal;

import java.io.IOException;

import org.podium.platform.LiveStream;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live alert stream for analysts (Server-Sent Events, {@code alert} events with the alert's id,
 * title, level and group), sent once the alert is committed. The board refreshes on each.
 */
@Controller
class AlertStream extends LiveStream {

    /** An alert was stored (raised, or counted as a duplicate). */
    record AlertStored(long id, String title, String level, String group) {
    }

    // The board's stream, and the same for tools under the API (HTTP Basic): a SIEM console, the load script.
    @GetMapping(path = {"/staff/soc/stream", "/api/staff/soc/alerts/stream"}, produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Override
    public SseEmitter subscribe() throws IOException {
        return super.subscribe();
    }

    // The board's open streams hear a stored alert once it commits (Alerts calls this after the
    // commit); a board that reconnects reads the alerts from the database, so a crash loses nothing.
    void send(AlertStored alert) {
        send("alert", alert);
    }
}
