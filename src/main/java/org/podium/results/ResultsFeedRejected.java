package org.podium.results;

import org.podium.platform.FileRejected;

/** A results feed file broke a rule: the whole import is refused and nothing is written. */
public class ResultsFeedRejected extends FileRejected {

    public ResultsFeedRejected(String file, long line, String reason) {
        super(file, line, reason);
    }
}
