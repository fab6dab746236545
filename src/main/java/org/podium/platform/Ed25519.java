package org.podium.platform;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The JDK's Ed25519 with the raw 32-byte public keys that browsers (WebCrypto) and scan codes
 * carry: a raw key is the last 32 bytes of its X.509 form, after a fixed 12-byte header. Signs
 * ticket credentials (gates) and accreditation cards.
 */
public final class Ed25519 {

    private static final byte[] X509_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");
    public static final int PUBLIC_KEY_BYTES = 32;
    public static final int SIGNATURE_BYTES = 64;

    private Ed25519() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK has no Ed25519", e);
        }
    }

    public static byte[] raw(PublicKey key) {
        var encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - PUBLIC_KEY_BYTES, encoded.length);
    }

    public static PublicKey publicKey(byte[] raw) {
        if (raw.length != PUBLIC_KEY_BYTES) {
            throw new IllegalArgumentException("An Ed25519 public key has 32 bytes, not " + raw.length);
        }
        var encoded = Arrays.copyOf(X509_HEADER, X509_HEADER.length + PUBLIC_KEY_BYTES);
        System.arraycopy(raw, 0, encoded, X509_HEADER.length, PUBLIC_KEY_BYTES);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored signing key could not be read", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /**
     * False for any bad signature, key or length: a gate answers red, it never throws. Bouncy
     * Castle's RFC 8032 code verifies about 8 times faster than the JDK's provider (Ed25519Benchmark).
     */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_BYTES || publicKey.length != PUBLIC_KEY_BYTES) {
            return false;
        }
        try {
            return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
