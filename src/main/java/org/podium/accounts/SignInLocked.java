package org.podium.accounts;

import java.time.Instant;

/**
 * Sign-in was paused after too many failed attempts: for one account name (whether or not an
 * account has that name) or for one client address. The SOC raises an alert for each.
 *
 * @param kind          STAFF, FAN or API
 * @param scope         ACCOUNT or ADDRESS: what is paused
 * @param username      the name or e-mail typed
 * @param remoteAddress the client's address
 * @param until         when attempts are heard again, unless an administrator unlocks sooner
 */
public record SignInLocked(String kind, String scope, String username, String remoteAddress, Instant until, Instant at) {
}
