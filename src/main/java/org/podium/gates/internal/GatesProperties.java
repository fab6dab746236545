package org.podium.gates.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param activationLead how long before its session a ticket's scannable code is released
 * @param entrances      the entrance groups of a venue; a seat's section decides its entrance
 * @param proofMaxAge    how old a rotating proof may be at the gate (rotation every 15 s, plus slack)
 * @param proofMaxAhead  how far ahead of the gate's clock a proof may claim to be (clock skew)
 */
@ConfigurationProperties("podium.gates")
record GatesProperties(@DefaultValue("3h") Duration activationLead,
                       @DefaultValue("ABCD") String entrances,
                       @DefaultValue("20s") Duration proofMaxAge,
                       @DefaultValue("10s") Duration proofMaxAhead) {

    /** Sections are spread over the entrances in turn: S01 -> A, S02 -> B, ... */
    String entranceOfSection(int section) {
        return String.valueOf(entrances.charAt(Math.floorMod(section - 1, entrances.length())));
    }

    String entranceOf(String seat) {
        var section = 1;
        if (seat.length() >= 3 && seat.charAt(0) == 'S') {
            try {
                section = Integer.parseInt(seat.substring(1, 3));
            } catch (NumberFormatException e) {
                section = 1;
            }
        }
        return String.valueOf(entrances.charAt(Math.floorMod(section - 1, entrances.length())));
    }
}
