package org.podium.accounts;

import java.time.Instant;

/**
 * Someone tried to sign in, staff or fan: the security operations centre watches these.
 *
 * @param kind     STAFF or FAN
 * @param username the name or e-mail typed, as given
 * @param remoteAddress the client's address
 */
public record SignInAttempted(String kind, String username, boolean succeeded, String remoteAddress, Instant at) {
}
