package org.podium.ticketing.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.ticketing.PriceCategory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ticketing's rules as configuration (podium.ticketing.*).
 *
 * @param holdFor               how long chosen seats stay held before they return to sale
 * @param perAccount            tickets one fan account may have over all phases
 * @param perSession            tickets one fan account may have for one session
 * @param perCeremony           tickets one fan account may have for one ceremony session
 * @param ceremonySessions      the session codes that are ceremonies (the programme carries none yet)
 * @param partnerShare          share of each section set aside for partners and hospitality
 * @param heldBackShare         share of each section held back for later drops
 * @param prices                default price per category in euro cents, until staff set a session's own
 * @param webhookSecret         HMAC key shared with the payment provider; empty: a random key per start
 * @param sandboxConfirmAfter   how long the sandbox provider takes to confirm a payment
 * @param sandboxUrl            where the sandbox provider's pages are served; empty: on Podium's own host, under /sandbox-pay
 * @param waitingRoom           the waiting room in front of hot on-sales
 */
@ConfigurationProperties("podium.ticketing")
public record TicketingProperties(@DefaultValue("15m") Duration holdFor,
                           @DefaultValue("30") int perAccount,
                           @DefaultValue("6") int perSession,
                           @DefaultValue("4") int perCeremony,
                           @DefaultValue List<String> ceremonySessions,
                           @DefaultValue("0.2") double partnerShare,
                           @DefaultValue("0.1") double heldBackShare,
                           @DefaultValue({"A=12500", "B=8500", "C=5000", "D=2400"}) List<String> prices,
                           @DefaultValue("") String webhookSecret,
                           @DefaultValue("1s") Duration sandboxConfirmAfter,
                           @DefaultValue("") String sandboxUrl,
                           @DefaultValue WaitingRoomSettings waitingRoom,
                           @DefaultValue("12h") Duration resaleClosesBefore,
                           @DefaultValue("0") int resaleFeeCents) {

    /**
     * @param threshold    visitors per minute to a session's sale page above which the room opens
     * @param admitPerMinute how many visitors are let through per minute
     * @param tokenSecret  HMAC key for queue tokens; empty: a random key per start
     */
    public record WaitingRoomSettings(@DefaultValue("600") int threshold, @DefaultValue("300") int admitPerMinute,
                               @DefaultValue("") String tokenSecret) {
    }

    public Map<PriceCategory, Integer> defaultPrices() {
        var map = new java.util.EnumMap<PriceCategory, Integer>(PriceCategory.class);
        for (var entry : prices) {
            var parts = entry.split("=");
            map.put(PriceCategory.valueOf(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        }
        return map;
    }

    public boolean isCeremony(@Nullable String session) {
        return session != null && ceremonySessions.contains(session);
    }
}
