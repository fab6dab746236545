/**
 * Accounts: who may do what. Staff accounts with roles per capability, fan accounts as a separate
 * kind, sign-in for both, and the demo accounts of a fresh platform.
 */
@ApplicationModule(displayName = "Accounts and access", allowedDependencies = { "platform", "audit" })
@NullMarked
package org.podium.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
