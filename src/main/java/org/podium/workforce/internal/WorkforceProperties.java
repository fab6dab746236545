package org.podium.workforce.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The workforce module's settings: the demand ratios (editable: they are planning assumptions, not
 * facts), how many volunteers to select, and the demo data.
 *
 * @param demand          how the competition schedule turns into positions
 * @param volunteers      how many volunteers selection invites in all
 * @param standbyShare    standby pool as a share of each venue and area's quota
 * @param demoApplicants  synthetic applicants generated once in demo mode, in the background (0: none)
 * @param graceMinutes    after a shift's start, minutes before a volunteer not checked in is a no-show
 */
@ConfigurationProperties("podium.workforce")
public record WorkforceProperties(Demand demand, @DefaultValue("45000") int volunteers, @DefaultValue("0.1") double standbyShare,
                                  @DefaultValue("300000") int demoApplicants, @DefaultValue("30") int graceMinutes) {

    /**
     * @param shiftHours   longest shift; a venue's operating window is cut into equal shifts no longer
     * @param openBefore   minutes the venue's workforce starts before the first session
     * @param closeAfter   minutes it stays after the last one
     * @param unknownSeats seats assumed where a venue's capacity was never published
     * @param areas        per functional area, the ratios
     */
    public record Demand(@DefaultValue("6") int shiftHours, @DefaultValue("120") int openBefore, @DefaultValue("60") int closeAfter,
                         @DefaultValue("5000") int unknownSeats, Map<String, Area> areas) {
    }

    /**
     * Positions of one functional area on one shift at one venue: per 1,000 seats, per session and per
     * competition unit under way during the shift, never fewer than {@code minimum}.
     *
     * @param language    a language every volunteer of the area must speak (ISO 639-1), if any
     * @param minimumAge  age the role needs (drivers: 21)
     */
    public record Area(@DefaultValue("0") double perThousandSeats, @DefaultValue("0") double perSession, @DefaultValue("0") double perUnit,
                       @DefaultValue("0") int minimum, @Nullable String language, @DefaultValue("18") int minimumAge) {
    }
}
