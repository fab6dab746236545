/**
 * Finance: the organising committee's books. So far the general ledger (the French chart of
 * accounts, journals, balanced entries numbered without gaps, immutable once validated and
 * chained by their hashes, reversals, trial balance), the identifier checks of purchase-to-pay
 * (SIREN, SIRET, French VAT, IBAN, BIC), and purchase requisitions from the catering module's
 * {@code PurchaseRequested}.
 */
@ApplicationModule(displayName = "Finance", allowedDependencies = { "platform", "catering", "audit", "ticketing", "games" })
@NullMarked
package org.podium.finance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
