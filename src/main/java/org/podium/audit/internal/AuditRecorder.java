package org.podium.audit.internal;

import org.podium.audit.StaffActionPerformed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps every staff action; the event publication registry retries it if this fails. */
@Component
class AuditRecorder {

    private final AuditEntries entries;

    AuditRecorder(AuditEntries entries) {
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(StaffActionPerformed action) {
        entries.append(action);
    }
}
