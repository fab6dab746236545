package org.podium.soc.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Events written with PostgreSQL's {@code COPY} (pgjdbc's CopyManager) on the transaction's own
 * connection: one statement for a whole batch, several times the rate of batched inserts.
 */
@Component
class EventCopy {

    private static final int CHUNK = 1 << 16;

    private final DataSource dataSource;

    EventCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The events into {@code table} (its columns: arrival time, source, batch, the indexed fields, the text). */
    void copy(String table, String source, List<EventStore.NewEvent> events, Instant at, long batch) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
            try {
                var prefix = (at + "\t" + escaped(source) + "\t" + batch + "\t").getBytes(StandardCharsets.UTF_8);
                var buffer = new Buffer(CHUNK * 2);
                for (var event : events) {
                    buffer.append(prefix);
                    for (var value : event.indexed().values()) {
                        if (value == null) {
                            buffer.append('\\');
                            buffer.append('N');
                        } else {
                            buffer.appendEscaped(value);
                        }
                        buffer.append('\t');
                    }
                    buffer.appendEscaped(event.text());
                    buffer.append('\n');
                    if (buffer.size >= CHUNK) {
                        in.writeToCopy(buffer.bytes, 0, buffer.size);
                        buffer.size = 0;
                    }
                }
                in.writeToCopy(buffer.bytes, 0, buffer.size);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Security events not stored: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped with a backslash. */
    static String escaped(String value) {
        var buffer = new Buffer(value.length() + 8);
        buffer.appendEscaped(value);
        return new String(buffer.bytes, 0, buffer.size, StandardCharsets.UTF_8);
    }

    /** A growable UTF-8 byte buffer: one per batch instead of a byte array per event. */
    private static final class Buffer {
        byte[] bytes;
        int size;

        Buffer(int capacity) {
            bytes = new byte[capacity];
        }

        void append(byte[] more) {
            room(more.length);
            System.arraycopy(more, 0, bytes, size, more.length);
            size += more.length;
        }

        void append(char ascii) {
            room(1);
            bytes[size++] = (byte) ascii;
        }

        void appendEscaped(String text) {
            for (var i = 0; i < text.length(); i++) {
                var c = text.charAt(i);
                switch (c) {
                    case '\\' -> { append('\\'); append('\\'); }
                    case '\t' -> { append('\\'); append('t'); }
                    case '\n' -> { append('\\'); append('n'); }
                    case '\r' -> { append('\\'); append('r'); }
                    default -> {
                        if (c < 0x80) {
                            append(c);
                        } else {
                            var end = i + 1;
                            while (end < text.length() && text.charAt(end) >= 0x80) {
                                end++;
                            }
                            append(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                            i = end - 1;
                        }
                    }
                }
            }
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
