package org.podium.platform;

/**
 * An imported file broke a rule: the whole import is refused, nothing of it is written, and the
 * operator is told the file, the line (0 when the file as a whole is at fault) and the reason.
 */
public class FileRejected extends RuntimeException {

    private final String file;
    private final long line;
    private final String reason;

    public FileRejected(String file, long line, String reason) {
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
