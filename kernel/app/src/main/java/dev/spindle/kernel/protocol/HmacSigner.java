package dev.spindle.kernel.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 message signatures as Jupyter computes them: over the exact bytes of header, parent header,
 * metadata and content, as lower-case hex. An empty key means messages are not signed (empty signature).
 * Thread-safe: each call works on its own copy of the keyed {@link Mac}.
 */
public final class HmacSigner {

    private static final HexFormat LOWER_HEX = HexFormat.of();

    private final Mac prototype;

    public HmacSigner(byte[] key) {
        this.prototype = key.length == 0 ? null : keyedMac(key);
    }

    public static HmacSigner withKey(String key) {
        return new HmacSigner(key.getBytes(StandardCharsets.UTF_8));
    }

    public boolean signs() {
        return prototype != null;
    }

    public String sign(List<byte[]> parts) {
        if (prototype == null) {
            return "";
        }
        Mac mac = copy();
        for (byte[] part : parts) {
            mac.update(part);
        }
        return LOWER_HEX.formatHex(mac.doFinal());
    }

    /** Compares in constant time, so the check does not leak how many leading characters were right. */
    public boolean verify(byte[] signature, List<byte[]> parts) {
        byte[] expected = sign(parts).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature);
    }

    private Mac copy() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned on this JDK", e);
        }
    }

    private static Mac keyedMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
