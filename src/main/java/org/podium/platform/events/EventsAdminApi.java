package org.podium.platform.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The event publication registry for administrators: what is pending, what fails and why. */
@RestController
@RequestMapping("/api/admin/events")
@Tag(name = "Administration")
class EventsAdminApi {

    private final EventPublications publications;

    EventsAdminApi(EventPublications publications) {
        this.publications = publications;
    }

    record Registry(Map<String, Long> publications, List<EventPublications.ListenerState> listeners) {
    }

    @GetMapping
    @Operation(summary = "Event publications per status, and per listener with its last error")
    Registry registry() {
        var totals = new LinkedHashMap<String, Long>();
        for (var status : List.of("PUBLISHED", "PROCESSING", "COMPLETED", "FAILED", "RESUBMITTED", "GAVE_UP")) {
            totals.put(status, publications.count(status));
        }
        return new Registry(totals, publications.byListener());
    }

    @PostMapping("/resubmit")
    @Operation(summary = "Send every failed publication to its listener again, those past the attempt limit included")
    Registry resubmit() {
        publications.resubmitAllFailed();
        return registry();
    }
}
