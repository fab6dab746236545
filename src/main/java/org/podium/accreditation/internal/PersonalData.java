package org.podium.accreditation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.podium.platform.PodiumDataProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Identity document numbers at rest: AES-256-GCM with a random 12-byte nonce per value (stored
 * before the ciphertext), and a keyed hash (HMAC-SHA256) of the normalised number so the same
 * document is found across organisations without decrypting. The key comes from
 * {@code podium.accreditation.data-key} (base64, 32 bytes); without it a key is generated once
 * into the data directory ({@code accreditation-data.key}, owner-only), or kept in memory for an
 * ephemeral (test) platform. Rotation: docs/modules/accreditation.md.
 */
@Component
class PersonalData {

    private static final int NONCE_BYTES = 12;
    private final SecretKeySpec key;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    PersonalData(@Value("${podium.accreditation.data-key:}") String configured, PodiumDataProperties data) {
        var raw = configured.isBlank() ? generatedKey(data) : Base64.getDecoder().decode(configured.strip());
        if (raw.length != 32) {
            throw new IllegalArgumentException("podium.accreditation.data-key is 32 bytes in base64, not " + raw.length + " bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(raw, "HmacSHA256"), "document-hash".getBytes(StandardCharsets.UTF_8)),
                "HmacSHA256");
    }

    private byte[] generatedKey(PodiumDataProperties data) {
        var fresh = new byte[32];
        random.nextBytes(fresh);
        if (data.ephemeral()) {
            return fresh;
        }
        var file = data.dataDir().resolve("accreditation-data.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(data.dataDir());
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the directory's own protection applies
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("The accreditation data key could not be read or written at " + file, e);
        }
    }

    byte[] encrypt(String text) {
        return encrypt(text.getBytes(StandardCharsets.UTF_8));
    }

    String decrypt(byte[] stored) {
        return new String(decryptBytes(stored), StandardCharsets.UTF_8);
    }

    byte[] encrypt(byte[] plain) {
        try {
            var nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            var sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    byte[] decryptBytes(byte[] stored) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored value could not be decrypted (another key?)", e);
        }
    }

    /** The same for the same document, however it was typed (case, spaces, dashes). */
    byte[] documentHash(String documentNumber) {
        return hmac(hashKey, documentNumber.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] message) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
