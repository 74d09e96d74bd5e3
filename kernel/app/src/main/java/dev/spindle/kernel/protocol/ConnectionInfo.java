package dev.spindle.kernel.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection file jupyter_client writes for a kernel. Keys the kernel does not use ({@code kernel_name},
 * curve keys, future additions) are ignored.
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                             int controlPort, int hbPort, String signatureScheme, String key) {

    public static final String HMAC_SHA256 = "hmac-sha256";

    /** Parses the file's JSON. The message of the exception says every problem found, for the launcher's log. */
    public static ConnectionInfo parse(byte[] json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("connection file is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("connection file is not a JSON object");
        }
        List<String> problems = new ArrayList<>();
        String transport = root.path("transport").asText("tcp");
        if (!transport.equals("tcp") && !transport.equals("ipc")) {
            problems.add("transport must be tcp or ipc, not " + transport);
        }
        String scheme = root.path("signature_scheme").asText(HMAC_SHA256);
        if (!scheme.equals(HMAC_SHA256)) {
            problems.add("signature_scheme " + scheme + " is not supported, only " + HMAC_SHA256);
        }
        String ip = root.path("ip").asText("");
        if (ip.isEmpty()) {
            problems.add("ip is missing");
        }
        int shell = port(root, "shell_port", problems);
        int iopub = port(root, "iopub_port", problems);
        int stdin = port(root, "stdin_port", problems);
        int control = port(root, "control_port", problems);
        int hb = port(root, "hb_port", problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad connection file: " + String.join("; ", problems));
        }
        return new ConnectionInfo(transport, ip, shell, iopub, stdin, control, hb, scheme,
                root.path("key").asText(""));
    }

    /** {@code tcp://ip:port}, or {@code ipc://ip-port} for the ipc transport, as jupyter_client connects. */
    public String address(Channel channel) {
        return address(switch (channel) {
            case SHELL -> shellPort;
            case IOPUB -> iopubPort;
            case STDIN -> stdinPort;
            case CONTROL -> controlPort;
        });
    }

    public String heartbeatAddress() {
        return address(hbPort);
    }

    private String address(int port) {
        return transport.equals("ipc") ? "ipc://" + ip + "-" + port : "tcp://" + ip + ":" + port;
    }

    private static int port(JsonNode root, String field, List<String> problems) {
        JsonNode value = root.get(field);
        if (value == null || !value.canConvertToInt() || value.asInt() <= 0 || value.asInt() > 65_535) {
            problems.add(field + " is missing or not a port number");
            return 0;
        }
        return value.asInt();
    }
}
