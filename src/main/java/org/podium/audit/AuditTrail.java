package org.podium.audit;

import java.util.List;

import org.podium.audit.internal.AuditEntries;
import org.springframework.stereotype.Service;

/** Reads the audit trail, newest first. Writing happens only through {@link StaffActionPerformed}. */
@Service
public class AuditTrail {

    private final AuditEntries entries;

    AuditTrail(AuditEntries entries) {
        this.entries = entries;
    }

    public List<AuditEntry> latest(int limit, String actionPrefix) {
        return entries.latest(Math.clamp(limit, 1, 1000), actionPrefix == null ? "" : actionPrefix);
    }
}
