package org.podium.gates.internal;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.FanId;
import org.podium.games.GamesClock;
import org.podium.platform.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The fan's wallet as JSON (session cookie and CSRF token, as the wallet page uses), and the
 * sessions' public keys for anyone who wants to check a code.
 */
@RestController
@Tag(name = "Gates")
class WalletApi {

    private final WalletTickets tickets;
    private final SigningKeys keys;
    private final FanAccounts accounts;
    private final GamesClock gamesClock;
    private final GateSessions sessions;

    WalletApi(WalletTickets tickets, SigningKeys keys, FanAccounts accounts, GamesClock gamesClock, GateSessions sessions) {
        this.tickets = tickets;
        this.keys = keys;
        this.accounts = accounts;
        this.gamesClock = gamesClock;
        this.sessions = sessions;
    }

    record Wallet(Instant gamesNow, List<WalletTickets.WalletTicket> tickets) {
    }

    record DeviceRequest(@Nullable String publicKey) {
    }

    @Operation(summary = "Your tickets, each with its signed credential once released (3 hours before the session)")
    @GetMapping("/api/fan/wallet")
    Wallet wallet(Principal principal) {
        return new Wallet(gamesClock.now(), tickets.of(fan(principal)));
    }

    @Operation(summary = "Bind a ticket to your device's Ed25519 public key (raw, base64url); a new device revokes the old code")
    @PostMapping("/api/fan/wallet/tickets/{id}/device")
    WalletTickets.WalletTicket bind(@PathVariable UUID id, @RequestBody DeviceRequest request, Principal principal) {
        byte[] key;
        try {
            key = CredentialCodec.fromBase64(request.publicKey() == null ? "" : request.publicKey());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("publicKey must be base64url");
        }
        return tickets.bindDevice(fan(principal), id, key);
    }

    @Operation(summary = "A session's published public keys: verify a ticket credential offline")
    @GetMapping("/api/gates/sessions/{code}/keys")
    List<Map<String, Object>> keys(@PathVariable String code) {
        sessions.session(code);
        return keys.published(code).stream().map(k -> Map.<String, Object>of("keyId", k.keyId(), "algorithm", "Ed25519",
                "publicKey", k.publicKeyBase64(), "createdAt", k.createdAt().toString())).toList();
    }

    private FanId fan(Principal principal) {
        return accounts.findByEmail(principal.getName()).orElseThrow(() -> new NotFound("fan", principal.getName())).id();
    }
}
