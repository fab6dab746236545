package org.podium.results;

/** Where a unit's result stands; the order is the lifecycle's, PROTESTED and PARTIAL aside. */
public enum ResultStatus {
    START_LIST, LIVE, INTERMEDIATE, PARTIAL, UNCONFIRMED, UNOFFICIAL, OFFICIAL, PROTESTED
}
