package org.podium.soc.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The values of the fields analysts pivot on (the account, the client address, the host, the
 * Windows event id), read from an event's text where it arrives and stored in columns of their
 * own, each with an index (V6__indexed_fields_as_columns.sql). Each value is what PostgreSQL's
 * {@code body #>> path} gives for the stored text: a string unescaped, a number, true or false as
 * written, an object or a list as its JSON text, JSON null as no value; a path given twice takes
 * its last value. Read in Java because the platform reads the text anyway: PostgreSQL parsing the
 * body again for each index cost more than the rest of storing an event (measured: COPY of 600,000
 * events, 8.8 us an event with jsonb and four expression indexes, 7.0 with json and these columns).
 */
record IndexedFields(@Nullable String user, @Nullable String sourceIp, @Nullable String computer, @Nullable String eventId) {

    /** Each field, as a search names it, and its column. */
    static final Map<String, String> COLUMNS;

    static {
        var columns = new LinkedHashMap<String, String>();
        columns.put("user", "user_name");
        columns.put("source.ip", "source_ip");
        columns.put("Computer", "computer");
        columns.put("EventID", "event_id");
        COLUMNS = java.util.Collections.unmodifiableMap(columns);
    }

    static final IndexedFields NONE = new IndexedFields(null, null, null, null);

    /** The values in the order of {@link #COLUMNS}. */
    @Nullable String[] values() {
        return new @Nullable String[] {user, sourceIp, computer, eventId};
    }
}
