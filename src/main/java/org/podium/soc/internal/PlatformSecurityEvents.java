package org.podium.soc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.podium.accounts.SignInAttempted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.util.RawValue;

/**
 * The platform's own security events, as Sigma events: sign-ins from accounts for now. Each goes
 * through Podium's rules and correlations; what fires becomes an alert. Each is a durable module
 * listener: it runs after the publishing transaction commits, off its thread (a slow SOC never
 * slows a fan down), and the publication registry resubmits what a crash or a failed alert write
 * left undone. An event that breaks a rule is counted and logged; the pipeline goes on.
 */
@Component
class PlatformSecurityEvents {

    private static final Logger log = LoggerFactory.getLogger(PlatformSecurityEvents.class);

    private final PodiumRules rules;
    private final Alerts alerts;
    private final ObjectMapper json;
    private final EventStore store;
    private final SocFunnel funnel;
    private final EventText texts;

    PlatformSecurityEvents(PodiumRules rules, Alerts alerts, ObjectMapper json, EventStore store, SocFunnel funnel, EventText texts) {
        this.texts = texts;
        this.funnel = funnel;
        this.store = store;
        this.rules = rules;
        this.alerts = alerts;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(SignInAttempted attempt) {
        var document = new LinkedHashMap<String, Object>();
        document.put("@timestamp", attempt.at().toString());
        document.put("event", "sign-in");
        document.put("logsource", logsource("accounts"));
        document.put("kind", attempt.kind());
        document.put("outcome", attempt.succeeded() ? "success" : "failure");
        document.put("user", attempt.username());
        document.put("source", Map.of("ip", attempt.remoteAddress()));
        record(document, attempt.at());
    }

    /** Sign-in paused for a name or an address by the accounts' throttle: one alert per lock. */
    @ApplicationModuleListener
    void on(org.podium.accounts.SignInLocked locked) {
        var document = new LinkedHashMap<String, Object>();
        document.put("@timestamp", locked.at().toString());
        document.put("event", "sign-in-lock");
        document.put("logsource", logsource("accounts"));
        document.put("kind", locked.kind());
        document.put("scope", locked.scope());
        document.put("user", locked.username());
        document.put("source", Map.of("ip", locked.remoteAddress()));
        document.put("until", locked.until().toString());
        record(document, locked.at());
    }

    /** A signed payment webhook that did not match its order: the webhook secret or the provider is suspect. */
    @ApplicationModuleListener
    void on(org.podium.ticketing.PaymentWebhookRefused refused) {
        var document = new LinkedHashMap<String, Object>();
        document.put("@timestamp", refused.at().toString());
        document.put("event", "payment-webhook-refused");
        document.put("logsource", logsource("ticketing"));
        document.put("order", refused.order().toString());
        document.put("payment", refused.payment());
        document.put("reason", refused.reason());
        record(document, refused.at());
    }

    /** Staff actions from the audit trail (role changes, results corrections...), once committed. */
    @ApplicationModuleListener
    void on(org.podium.audit.StaffActionPerformed action) {
        var document = new LinkedHashMap<String, Object>();
        document.put("@timestamp", action.at().toString());
        document.put("event", "staff-action");
        document.put("logsource", logsource("audit"));
        document.put("actor", action.actor());
        document.put("action", action.action());
        document.put("target", action.target());
        document.put("detail", action.detail());
        document.put("time", workingTime(action.at()));
        record(document, action.at());
    }

    /** A ticket admitted at two gates, found when offline scanners uploaded their scans. */
    @ApplicationModuleListener
    void on(org.podium.gates.DoubleEntryDetected entry) {
        var document = new LinkedHashMap<String, Object>();
        document.put("@timestamp", entry.detectedAt().toString());
        document.put("event", "gate-double-entry");
        document.put("logsource", logsource("gates"));
        document.put("ticket", entry.ticket().toString());
        document.put("session", entry.session());
        document.put("gates", entry.gates());
        document.put("entries", entry.gates().size());
        document.put("first_entry", entry.firstEntry().toString());
        document.put("latest_entry", entry.latestEntry().toString());
        record(document, entry.detectedAt());
    }

    /** An accreditation checkpoint refused a card or pass. */
    @ApplicationModuleListener
    void on(org.podium.accreditation.CheckpointDenied denied) {
        var document = new LinkedHashMap<String, Object>();
        document.put("@timestamp", denied.scannedAt().toString());
        document.put("event", "checkpoint-denied");
        document.put("logsource", logsource("accreditation"));
        document.put("card", denied.card().toString());
        document.put("venue", denied.venue());
        document.put("zone", denied.zone());
        document.put("reason", denied.reason());
        document.put("device", denied.device());
        record(document, denied.scannedAt());
    }

    /** One client address asking for many holds within a minute. */
    @ApplicationModuleListener
    void on(org.podium.ticketing.HoldBurst burst) {
        var document = new LinkedHashMap<String, Object>();
        document.put("@timestamp", burst.at().toString());
        document.put("event", "hold-burst");
        document.put("logsource", logsource("ticketing"));
        document.put("source", Map.of("ip", burst.clientAddress()));
        document.put("holds", burst.holds());
        document.put("fans", burst.fans());
        document.put("minute", burst.minuteStart().toString());
        record(document, burst.at());
    }

    /** Each ticket order placed, counted per fan by the scalping correlation. */
    @ApplicationModuleListener
    void on(org.podium.ticketing.OrderPlaced order) {
        var document = new LinkedHashMap<String, Object>();
        document.put("@timestamp", order.at().toString());
        document.put("event", "ticket-order");
        document.put("logsource", logsource("ticketing"));
        document.put("fan", order.fan().value().toString());
        document.put("order", order.order().toString());
        document.put("seats", order.seats());
        document.put("sessions", order.sessions());
        record(document, order.at());
    }

    /** The logsource Podium's rules name (product podium, a service per module): the gate admits them by it. */
    private static Map<String, String> logsource(String service) {
        return Map.of("product", "podium", "service", service);
    }

    /** When it happened in Paris, and whether that is within working hours (Monday to Friday, 8:00 to 19:00). */
    static Map<String, Object> workingTime(java.time.Instant at) {
        var paris = at.atZone(java.time.ZoneId.of("Europe/Paris"));
        var weekday = paris.getDayOfWeek();
        var working = weekday.getValue() <= 5 && paris.getHour() >= 8 && paris.getHour() < 19;
        return Map.of("hour", paris.getHour(), "weekday", weekday.name(), "working_hours", working);
    }

    /** Source of the platform's own events in the event store. */
    static final String SOURCE = "podium";

    /**
     * The platform's own event is stored like an ingested one (the analyst searches it, the
     * incident links to it) and evaluated, in the listener's one transaction: both or neither.
     */
    private void record(Map<String, Object> document, java.time.Instant at) {
        var text = evidence(document);
        // Stored at its arrival, like an ingested event: partitions and retention follow arrival time.
        store.store(SOURCE, List.of(new EventStore.NewEvent(text, texts.indexedFields(text))), java.time.Instant.now());
        try {
            evaluate(SigmaEvent.of(document, text), at, alerts::raise);
        } catch (DataAccessException e) {
            throw e; // the alert was not stored: the registry resubmits the event
        }
    }

    /** An ingested event's JSON text (checked when it arrived) through the rules; what fires goes to {@code raise}. */
    void evaluate(String text, java.time.Instant at, java.util.function.Consumer<Alerts.Raised> raise) {
        SigmaEvent event;
        try {
            event = texts.event(text);
        } catch (IllegalArgumentException e) {
            log.warn("Security event not evaluated: {}", e.getMessage());
            return;
        }
        evaluate(event, at, raise);
    }

    /**
     * Runs an event through the rules and correlations; what fires goes to {@code raise}. An
     * event that breaks a rule is counted and logged, and the pipeline goes on.
     */
    void evaluate(SigmaEvent event, java.time.Instant at, java.util.function.Consumer<Alerts.Raised> raise) {
        var text = java.util.Objects.requireNonNull(event.json(), "an event to evaluate has its text");
        try {
            rules.rules().evaluate(event, rule -> {
                funnel.matched(rule.id(), rule.title());
                if (!rule.level().equals("informational") && !rule.level().equals("low")) {
                    raise.accept(new Alerts.Raised(rule.id(), rule.title(), rule.level(), rule.author(), rule.tactics(),
                            rule.techniques(), rule.groupOf(event), text, at));
                }
                rules.correlator().accept(new Correlator.Hit(rule.id(), rule.name() == null ? rule.id() : rule.name(), event, at),
                        fired -> {
                            var correlation = fired.rule();
                            funnel.matched(correlation.id(), correlation.title());
                            raise.accept(new Alerts.Raised(correlation.id(), correlation.title(), correlation.level(), correlation.author(),
                                    SigmaRule.tacticsOf(correlation.tags()), SigmaRule.techniquesOf(correlation.tags()),
                                    new TreeMap<>(fired.group()).toString(),
                                    evidence(Map.of("group", fired.group(), "hits", fired.hits(), "last", new RawValue(text))), fired.at()));
                        });
            });
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Security event not evaluated: {}", e.getMessage());
        }
    }

    private String evidence(Object document) {
        return json.writeValueAsString(document);
    }
}
