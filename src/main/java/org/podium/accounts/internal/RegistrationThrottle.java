package org.podium.accounts.internal;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * New accounts per client address and hour (10 unless {@code podium.accounts.registrations-per-address-per-hour}
 * says otherwise): enough for a household or an office behind one address, far too few to mint
 * accounts around a per-account cap. The load scripts, which register a thousand fans from one
 * address, raise it.
 */
@Component
public class RegistrationThrottle {

    private final Allowance perAddress;

    RegistrationThrottle(@Value("${podium.accounts.registrations-per-address-per-hour:10}") long perHour) {
        this.perAddress = new Allowance(perHour, Duration.ofHours(1));
    }

    /** Counts a registration from this address; empty when allowed, else how long until the next one is. */
    public Optional<Duration> take(String address) {
        return perAddress.take(address);
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetIdle() {
        perAddress.forgetIdle();
    }
}
