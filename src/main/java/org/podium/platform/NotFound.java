package org.podium.platform;

/** A thing named in a request does not exist; any module may throw it, the web layer answers 404. */
public class NotFound extends RuntimeException {

    private final String kind;
    private final String key;

    public NotFound(String kind, String key) {
        super("No " + kind + " " + key);
        this.kind = kind;
        this.key = key;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
