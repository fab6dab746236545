package org.podium.accreditation.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.games.GamesClock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What accreditation checkpoints call while online (gate staff's or the centre's session): the
 * bundle to decide offline (published keys, the revocation list, the Games time) and a check of
 * a card by the server with the same rules.
 */
@RestController
@Tag(name = "Accreditation checkpoints")
class CheckpointApi {

    private final CardKeys keys;
    private final RevocationList revocations;
    private final GamesClock gamesClock;

    CheckpointApi(CardKeys keys, RevocationList revocations, GamesClock gamesClock) {
        this.keys = keys;
        this.revocations = revocations;
        this.gamesClock = gamesClock;
    }

    record Bundle(Map<Integer, String> keys, List<Cards.Revocation> revocations, Instant gamesTime, Instant at) {
    }

    @Operation(summary = "Card keys and the revocation list (changes since an instant, or all), for a checkpoint to decide offline")
    @GetMapping("/staff/accreditation/checkpoint/api/bundle")
    Bundle bundle(@RequestParam(required = false) @Nullable Instant since) {
        var published = new LinkedHashMap<Integer, String>();
        keys.published().forEach((id, key) -> published.put(id, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(key)));
        return new Bundle(published, revocations.since(since), gamesClock.now(), Instant.now());
    }

    record CheckRequest(@Nullable String code, @Nullable String venue, @Nullable Integer zone) {
    }

    @Operation(summary = "The server's decision on a card at a venue's zone, now on the Games clock")
    @PostMapping("/staff/accreditation/checkpoint/api/check")
    Checkpoint.Decision check(@RequestBody CheckRequest request) {
        if (request.venue() == null || !request.venue().matches("[a-z0-9-]{2,60}") || request.zone() == null || request.zone() < 1
                || request.zone() > 9) {
            throw new IllegalArgumentException("A check names a venue (its tag, e.g. stade-de-france) and a zone from 1 to 9");
        }
        return revocations.checkpoint().decide(request.code() == null ? "" : request.code(), request.venue(), request.zone(), gamesClock.now());
    }

}
