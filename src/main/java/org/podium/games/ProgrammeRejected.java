package org.podium.games;

/** A programme file broke a rule: the whole import is refused and nothing of it is written. */
public class ProgrammeRejected extends RuntimeException {

    private final String file;
    private final long line;
    private final String reason;

    public ProgrammeRejected(String file, long line, String reason) {
        super(file + ", line " + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
