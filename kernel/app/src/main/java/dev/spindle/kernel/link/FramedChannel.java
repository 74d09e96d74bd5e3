package dev.spindle.kernel.link;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;

/**
 * One end of the link: frames of a 4-byte big-endian length followed by that many bytes of JSON.
 * {@link #send} is thread-safe; {@link #receive} is for one reader thread.
 *
 * @param <I> what this end reads
 * @param <O> what this end writes
 */
public final class FramedChannel<I, O> implements AutoCloseable {

    static final int MAX_FRAME = 64 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final SocketChannel channel;
    private final Class<I> incoming;
    private final Class<O> outgoing;
    private final DataInputStream in;
    private final DataOutputStream out;

    public FramedChannel(SocketChannel channel, Class<I> incoming, Class<O> outgoing) {
        this.channel = channel;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
        this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
    }

    public void send(O message) throws IOException {
        byte[] body = JSON.writerFor(outgoing).writeValueAsBytes(message);
        synchronized (out) {
            out.writeInt(body.length);
            out.write(body);
            out.flush();
        }
    }

    /** Blocks for the next message; {@link EOFException} when the other end closed the link. */
    public I receive() throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("bad frame length " + length);
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("link closed inside a frame");
        }
        return JSON.readValue(body, incoming);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing an already broken channel
        }
    }

    /** Reads a JSON value the way the link does; the engine uses it for JSON MIME data. */
    public static Object parseJson(String text) throws IOException {
        return JSON.readValue(text, Object.class);
    }
}
