package org.podium.accounts;

/** A staff role grants one capability; Spring Security sees it as {@code ROLE_<name>}. */
public enum StaffRole {
    ADMIN, RESULTS_OPERATOR, TICKETING_MANAGER, GATE_STAFF, SOC_ANALYST,
    /** The accreditation centre: validates, sends to screening, approves. */
    ACCREDITATION_CENTRE,
    /** An organisation's accreditation manager: submits and follows its requests (scope kept by the accreditation module). */
    ACCREDITATION_MANAGER,
    /** The organiser's workforce team: volunteers' selection, roster and attendance. */
    WORKFORCE_MANAGER,
    /** Transport operations: the car pool's dispatch, disruptions, bus timetables and GTFS. */
    TRANSPORT_MANAGER,
    /** A team's leader: books the team's cars and reads its buses (scope kept by the transport module). */
    TEAM_LEADER,
    /** A pool driver: reads their next trips. */
    DRIVER,
    /** The village restaurant's manager: forecast, stock, shortage alerts and orders, restaurant floor. */
    CATERING_MANAGER,
    /** A chef: writes the recipes (the labels follow from the ingredients). */
    CHEF,
    /** The organiser's accountant: the ledger, its chain check, the trial balance and the FEC. */
    ACCOUNTANT,
    /** A buyer: the supplier file, purchase orders from requisitions, receipts. */
    BUYER,
    /** An approver of purchase orders and of invoices held on a variance (the delegation-of-authority matrix says how many). */
    APPROVER,
    /** A treasurer: prepares and approves payment runs (two of them for one run), imports bank statements. */
    TREASURER;

    public String authority() {
        return "ROLE_" + name();
    }
}
