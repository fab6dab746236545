package org.podium.accreditation.internal;

import java.util.Optional;

import org.podium.games.GamesClock;
import org.podium.platform.AccreditationCards;
import org.springframework.stereotype.Component;

/** Reads a scanned card for other modules: the checkpoint's own checks, then the request's function. */
@Component
class CardFunctions implements AccreditationCards {

    private final RevocationList revocations;
    private final Requests requests;
    private final GamesClock clock;

    CardFunctions(RevocationList revocations, Requests requests, GamesClock clock) {
        this.revocations = revocations;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public Optional<String> function(String scanned) {
        var decision = revocations.checkpoint().authenticate(scanned, clock.now());
        // Passes (upgrade, day) are not cards: their id is no request's.
        if (!decision.admitted() || decision.card() == null || Passes.UPGRADE.equals(decision.category())
                || Passes.DAY.equals(decision.category())) {
            return Optional.empty();
        }
        // A card's id is its request's.
        return requests.find(decision.card()).map(Requests.Request::function);
    }
}
