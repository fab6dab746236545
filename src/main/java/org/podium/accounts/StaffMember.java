package org.podium.accounts;

import java.util.Set;

/** A staff account as other modules may see it: no password. */
public record StaffMember(String username, String displayName, Set<StaffRole> roles, boolean enabled) {
}
