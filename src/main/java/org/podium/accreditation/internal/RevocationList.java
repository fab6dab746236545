package org.podium.accreditation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What checkpoints refuse, cards and passes together, and a checkpoint deciding on the current list. */
@Component
class RevocationList {

    private final Cards cards;
    private final Passes passes;
    private final CardKeys keys;

    RevocationList(Cards cards, Passes passes, CardKeys keys) {
        this.cards = cards;
        this.passes = passes;
        this.keys = keys;
    }

    List<Cards.Revocation> since(@Nullable Instant since) {
        var all = new ArrayList<>(cards.revocations(since));
        all.addAll(passes.revocations(since));
        return all;
    }

    /** A checkpoint holding the published keys and the whole list now. */
    Checkpoint checkpoint() {
        Map<UUID, Integer> revoked = since(null).stream().collect(Collectors.toMap(Cards.Revocation::card, Cards.Revocation::below, Math::max));
        return new Checkpoint(keys.published(), revoked);
    }
}
