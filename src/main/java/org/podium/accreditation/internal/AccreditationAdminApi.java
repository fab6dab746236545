package org.podium.accreditation.internal;

import java.security.Principal;
import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The administrator's part (role ADMIN): which organisation a manager account acts for, and an
 * organisation's quotas. Both audited. (Like the results operators' venues: the account itself is
 * made by the accounts module.)
 */
@RestController
@Tag(name = "Accreditation")
class AccreditationAdminApi {

    private final Organisations organisations;
    private final Categories categories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccreditationAdminApi(Organisations organisations, Categories categories, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.categories = categories;
        this.events = events;
        this.clock = clock;
    }

    record Assignment(@Nullable String organisation) {
    }

    @Operation(summary = "Scope an accreditation manager account to one organisation")
    @PutMapping("/api/admin/accreditation/managers/{username}")
    @Transactional
    Assignment assign(@PathVariable String username, @RequestBody Assignment assignment, Principal principal) {
        var code = assignment.organisation();
        if (code == null || organisations.find(code).isEmpty()) {
            throw new IllegalArgumentException("No organisation " + code);
        }
        organisations.assignManager(username, code);
        events.publishEvent(new StaffActionPerformed(principal.getName(), "accreditation.manager.assigned", username,
                username + " manages the accreditations of " + code, clock.instant()));
        return assignment;
    }

    @Operation(summary = "Set an organisation's quotas per category (places already requested stay requested)")
    @PutMapping("/api/admin/accreditation/organisations/{code}/quotas")
    @Transactional
    Map<String, Organisations.Quota> quotas(@PathVariable String code, @RequestBody Map<String, Integer> quotas, Principal principal) {
        if (organisations.find(code).isEmpty()) {
            throw new org.podium.platform.NotFound("organisation", code);
        }
        quotas.forEach((category, allowed) -> {
            if (categories.find(category).isEmpty() || allowed == null || allowed < 0 || allowed > 1_000_000) {
                throw new IllegalArgumentException("A quota is a known category and 0 to 1,000,000 places: " + category + "=" + allowed);
            }
        });
        quotas.forEach((category, allowed) -> organisations.setQuota(code, category, allowed));
        events.publishEvent(new StaffActionPerformed(principal.getName(), "accreditation.quotas.set", code,
                "quotas of " + code + ": " + quotas, clock.instant()));
        return organisations.quotas(code);
    }
}
