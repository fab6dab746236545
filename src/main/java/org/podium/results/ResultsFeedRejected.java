package org.podium.results;

/** A results feed file broke a rule: the whole import is refused and nothing is written. */
public class ResultsFeedRejected extends RuntimeException {

    private final String file;
    private final long line;

    public ResultsFeedRejected(String file, long line, String reason) {
        super(file + ", line " + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
