package org.podium.games;

import org.podium.platform.FileRejected;

/** A programme file broke a rule: the whole import is refused and nothing of it is written. */
public class ProgrammeRejected extends FileRejected {

    public ProgrammeRejected(String file, long line, String reason) {
        super(file, line, reason);
    }
}
