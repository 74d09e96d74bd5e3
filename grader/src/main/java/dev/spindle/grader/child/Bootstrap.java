package dev.spindle.grader.child;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the parent writes on the child's stdin before closing it: the channel token, then the hidden test
 * classes ({@code HIDDEN n}, then n lines {@code binary.Name<TAB>base64}). Neither is ever on the child's command
 * line or in its file system.
 */
record Bootstrap(String token, Map<String, byte[]> hiddenClasses) {

    private static final int MAX_BYTES = 64 * 1024 * 1024;

    static Bootstrap read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n; (n = in.read(chunk)) > 0; ) {
            if (all.size() + n > MAX_BYTES) {
                throw new IOException("bootstrap too large");
            }
            all.write(chunk, 0, n);
        }
        byte[] raw = all.toByteArray();
        String text = new String(raw, StandardCharsets.US_ASCII);
        Arrays.fill(raw, (byte) 0);
        String[] lines = text.split("\n");
        Map<String, byte[]> hidden = new LinkedHashMap<>();
        int count = lines.length > 1 && lines[1].startsWith("HIDDEN ") ? Integer.parseInt(lines[1].substring(7).strip()) : 0;
        for (int i = 0; i < count; i++) {
            String line = lines[2 + i];
            int tab = line.indexOf('\t');
            hidden.put(line.substring(0, tab), Base64.getDecoder().decode(line.substring(tab + 1).strip()));
        }
        return new Bootstrap(lines[0].strip(), hidden);
    }
}
