package org.podium.ticketing.internal;

import org.podium.accounts.FanAccounts;
import org.podium.accounts.FanId;
import org.springframework.stereotype.Component;

/**
 * Only a fan whose e-mail address is verified buys, enters a draw, takes a transferred ticket or
 * buys on the resale: caps per account would mean nothing if accounts could be minted freely.
 */
@Component
public class VerifiedBuyers {

    private final FanAccounts accounts;

    VerifiedBuyers(FanAccounts accounts) {
        this.accounts = accounts;
    }

    public void check(FanId fan) {
        if (!accounts.isVerified(fan)) {
            throw new SaleRefused(SaleRefused.Kind.EMAIL_NOT_VERIFIED, "emailNotVerified");
        }
    }
}
