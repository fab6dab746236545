package org.podium.accounts;

/** A staff role grants one capability; Spring Security sees it as {@code ROLE_<name>}. */
public enum StaffRole {
    ADMIN, RESULTS_OPERATOR, TICKETING_MANAGER, GATE_STAFF, SOC_ANALYST,
    /** The accreditation centre: validates, sends to screening, approves. */
    ACCREDITATION_CENTRE,
    /** An organisation's accreditation manager: submits and follows its requests (scope kept by the accreditation module). */
    ACCREDITATION_MANAGER,
    /** The organiser's workforce team: volunteers' selection, roster and attendance. */
    WORKFORCE_MANAGER;

    public String authority() {
        return "ROLE_" + name();
    }
}
