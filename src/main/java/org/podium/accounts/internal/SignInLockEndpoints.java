package org.podium.accounts.internal;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.podium.audit.StaffActionPerformed;
import org.podium.platform.NotFound;
import org.podium.platform.events.DurableEvents;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An administrator sees which names and addresses have sign-in paused, and unlocks one (audited). */
@RestController
class SignInLockEndpoints {

    private final SignInThrottle throttle;
    private final DurableEvents events;

    SignInLockEndpoints(SignInThrottle throttle, DurableEvents events) {
        this.throttle = throttle;
        this.events = events;
    }

    @GetMapping("/api/admin/sign-in/locks")
    @Operation(summary = "Names (realm:name) and client addresses whose sign-in is paused now, and until when")
    List<SignInThrottle.Lock> locks() {
        return throttle.locks();
    }

    @DeleteMapping("/api/admin/sign-in/locks/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlock a name (staff or fan) or a client address at once; audited")
    void unlock(@PathVariable String key, Authentication administrator) {
        if (key.length() > 320 || !throttle.unlock(key)) {
            throw new NotFound("sign-in lock", key.length() > 320 ? key.substring(0, 320) : key);
        }
        events.publish(new StaffActionPerformed(administrator.getName(), "accounts.sign-in.unlock", key, "sign-in failures forgotten",
                Instant.now()));
    }
}
