package org.podium.ticketing.internal;

import java.util.List;
import java.util.Map;

/** A sale step refused by a rule; the kind says which, the web layer maps it to a problem. */
public class SaleRefused extends RuntimeException {

    /** The broken rule, each with the HTTP status a caller gets. */
    public enum Kind {
        MALFORMED(400), SALES_CLOSED(403), OUTSIDE_SLOT(403), WAITING_ROOM(403), NOT_REGISTERED(403), EMAIL_NOT_VERIFIED(403), CAP_EXCEEDED(409), SOLD_OUT(409),
        NOT_SELLABLE(409), HOLD_TAKEN(409), CONFLICT(409), HOLD_EXPIRED(410), PACK_REQUIRED(422),
        CHANGE_CLOSED(403), NOT_FACE_VALUE(422), IDEMPOTENCY_KEY_REUSED(422);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final Map<String, Object> details;

    public SaleRefused(Kind kind, String message) {
        this(kind, message, Map.of());
    }

    public SaleRefused(Kind kind, String message, Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.details = details;
    }

    public Kind kind() {
        return kind;
    }

    /** Extra members of the problem: what is left elsewhere, the cap, the slot. */
    public Map<String, Object> details() {
        return details;
    }

    public static SaleRefused soldOut(String session, List<?> leftElsewhere) {
        return new SaleRefused(Kind.SOLD_OUT, "Not enough seats left for " + session + " in that choice",
                Map.of("leftElsewhere", leftElsewhere));
    }
}
