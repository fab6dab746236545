package org.podium.ticketing.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.podium.games.GamesClock;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A sale step refused by a rule; the kind says which, the web layer maps it to a problem. Its
 * words are a message key with arguments: pages say it in the fan's language
 * ({@link #text(MessageSource, Locale)}), the API's problem details and the logs in English
 * ({@link #getMessage()}).
 */
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

    /** The English words, from the same message file as the pages', for the API and the logs. */
    private static final ResourceBundleMessageSource ENGLISH = new ResourceBundleMessageSource();

    static {
        ENGLISH.setBasename("i18n/messages");
        ENGLISH.setDefaultEncoding("UTF-8");
        ENGLISH.setFallbackToSystemLocale(false);
        ENGLISH.setAlwaysUseMessageFormat(true);
    }

    private static final DateTimeFormatter PARIS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(GamesClock.ZONE);

    private final Kind kind;
    private final String key;
    private final Object[] args;
    private final Map<String, Object> details;

    /**
     * @param key  a message under {@code refused.} in the message files (both languages)
     * @param args its arguments; instants are shown in Paris time
     */
    public SaleRefused(Kind kind, String key, Object... args) {
        this(kind, Map.of(), key, args);
    }

    public SaleRefused(Kind kind, Map<String, Object> details, String key, Object... args) {
        super(ENGLISH.getMessage("refused." + key, shown(args), Locale.ENGLISH));
        this.kind = kind;
        this.key = "refused." + key;
        this.args = shown(args);
        this.details = details;
    }

    public Kind kind() {
        return kind;
    }

    /** Extra members of the problem: what is left elsewhere, the cap, the slot. */
    public Map<String, Object> details() {
        return details;
    }

    /** The refusal in the page's language. */
    public String text(MessageSource messages, Locale locale) {
        return messages.getMessage(key, args, locale);
    }

    public static SaleRefused soldOut(String session, Object category, List<?> leftElsewhere) {
        return new SaleRefused(Kind.SOLD_OUT, Map.of("leftElsewhere", leftElsewhere), "soldOut", session, category);
    }

    private static Object[] shown(Object[] args) {
        var shown = args.clone();
        for (var i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Instant instant) {
                shown[i] = PARIS_TIME.format(instant);
            }
        }
        return shown;
    }
}
