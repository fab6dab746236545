package org.podium.games;

import java.time.Instant;

/** The reference programme was (re)loaded; consumers refresh what they derived from it. */
public record ProgrammeImported(String checksum, int events, int units, int sessions, Instant at) {
}
