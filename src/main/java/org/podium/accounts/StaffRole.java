package org.podium.accounts;

/** A staff role grants one capability; Spring Security sees it as {@code ROLE_<name>}. */
public enum StaffRole {
    ADMIN, RESULTS_OPERATOR, TICKETING_MANAGER, GATE_STAFF, SOC_ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }
}
