package dev.spindle.kernel.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConnectionInfoTest {

    private static final String FILE = """
            {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
             "ip": "127.0.0.1", "key": "secret", "transport": "tcp", "signature_scheme": "hmac-sha256",
             "kernel_name": "spindle", "curve_publickey": "ignored"}
            """;

    @Test
    void readsTheFileJupyterClientWritesIgnoringUnknownKeys() {
        ConnectionInfo info = ConnectionInfo.parse(FILE.getBytes(StandardCharsets.UTF_8));

        assertThat(info.key()).isEqualTo("secret");
        assertThat(info.address(Channel.SHELL)).isEqualTo("tcp://127.0.0.1:5001");
        assertThat(info.address(Channel.IOPUB)).isEqualTo("tcp://127.0.0.1:5002");
        assertThat(info.address(Channel.STDIN)).isEqualTo("tcp://127.0.0.1:5003");
        assertThat(info.address(Channel.CONTROL)).isEqualTo("tcp://127.0.0.1:5004");
        assertThat(info.heartbeatAddress()).isEqualTo("tcp://127.0.0.1:5005");
    }

    @Test
    void formsIpcAddressesAsPathDashPort() {
        ConnectionInfo info = ConnectionInfo.parse(FILE.replace("\"tcp\"", "\"ipc\"")
                .replace("127.0.0.1", "/tmp/kernel-1").getBytes(StandardCharsets.UTF_8));

        assertThat(info.address(Channel.SHELL)).isEqualTo("ipc:///tmp/kernel-1-5001");
    }

    @Test
    void saysWhatIsWrongWithABadFile() {
        assertThatThrownBy(() -> ConnectionInfo.parse("""
                {"ip": "127.0.0.1", "signature_scheme": "hmac-md5", "shell_port": "x"}
                """.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("hmac-md5")
                .hasMessageContaining("shell_port")
                .hasMessageContaining("hb_port");
    }
}
