package org.podium.accreditation.internal;

import java.util.List;
import java.util.Locale;

/**
 * An accreditation category and the privileges its cards carry by default.
 *
 * @param venues    venue tags, or {@code ["ALL"]}
 * @param zones     numbered zones inside the venues
 * @param transport transport systems (T1, T2, T3, TM)
 */
record Category(String code, String name, String nameFr, List<String> venues, List<Integer> zones, List<String> transport,
                boolean village, boolean dining, String seating) {

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : name;
    }

    /** The privilege codes printed on the card: venues, zones, transport, village and dining. */
    public String privileges() {
        var codes = new StringBuilder(venues.equals(List.of("ALL")) ? "ALL" : String.join(" ", venues));
        zones.forEach(z -> codes.append(codes.isEmpty() ? "" : " ").append(z));
        transport.forEach(t -> codes.append(codes.isEmpty() ? "" : " ").append(t));
        if (village) {
            codes.append(codes.isEmpty() ? "" : " ").append("OV");
        }
        if (dining) {
            codes.append(codes.isEmpty() ? "" : " ").append("DIN");
        }
        return codes.toString();
    }
}
