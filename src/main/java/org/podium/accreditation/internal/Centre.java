package org.podium.accreditation.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.podium.accreditation.AccreditationStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accreditation centre's decisions: validation of what was submitted (identity document
 * valid past the card, no second live request for the same person) and approval of what the
 * screening found favourable.
 */
@Component
class Centre {

    private final Requests requests;
    private final Photos photos;
    private final LocalDate cardsValidUntil;
    private final boolean photoRequired;

    /**
     * @param photoRequired whether validation refuses a request without a photo
     *                      ({@code podium.accreditation.photo-required}; off in demo, where the data has none)
     */
    Centre(Requests requests, Photos photos, @Value("${podium.accreditation.valid-until:2024-10-08}") LocalDate cardsValidUntil,
           @Value("${podium.accreditation.photo-required:false}") boolean photoRequired) {
        this.requests = requests;
        this.photos = photos;
        this.cardsValidUntil = cardsValidUntil;
        this.photoRequired = photoRequired;
    }

    /** Validates the request, or rejects it with what was found. */
    @Transactional
    Requests.Request validate(UUID id, String actor) {
        var findings = new java.util.ArrayList<>(requests.validationFindings(id, cardsValidUntil));
        if (photoRequired && !photos.has(id)) {
            findings.add("no photo");
        }
        return findings.isEmpty() ? requests.move(id, AccreditationStatus.VALIDATED, null, actor)
                : requests.move(id, AccreditationStatus.REJECTED, String.join("; ", findings), actor);
    }

    /** Validates (or rejects) an organisation's (or every) submitted request, oldest first, up to {@code limit}; returns how many were looked at. */
    @Transactional
    int validateAll(@org.jspecify.annotations.Nullable String organisation, String actor, int limit) {
        var ids = requests.ids(AccreditationStatus.SUBMITTED, organisation, limit);
        ids.forEach(id -> validate(id, actor));
        return ids.size();
    }

    @Transactional
    Requests.Request approve(UUID id, String actor) {
        return requests.move(id, AccreditationStatus.APPROVED, null, actor);
    }

    @Transactional
    int approveAll(@org.jspecify.annotations.Nullable String organisation, String actor, int limit) {
        var ids = requests.ids(AccreditationStatus.FAVOURABLE, organisation, limit);
        ids.forEach(id -> approve(id, actor));
        return ids.size();
    }

    LocalDate cardsValidUntil() {
        return cardsValidUntil;
    }
}
