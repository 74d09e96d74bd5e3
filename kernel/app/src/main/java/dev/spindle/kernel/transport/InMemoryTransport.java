package dev.spindle.kernel.transport;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.Decoded;
import dev.spindle.kernel.protocol.Message;
import dev.spindle.kernel.protocol.WireCodec;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A transport made of queues, one per channel and direction, for testing the core without sockets. Frames
 * still go through the {@link WireCodec}, so signatures, replay and bad input are tested as on the wire. The
 * client side ({@link #deliver}, {@link #take}) plays the part of the ROUTER and SUB sockets' peers.
 */
public final class InMemoryTransport implements Transport {

    private final WireCodec codec;
    private final RejectionListener rejections;
    private final Map<Channel, BlockingQueue<List<byte[]>>> toKernel = new EnumMap<>(Channel.class);
    private final Map<Channel, BlockingQueue<List<byte[]>>> fromKernel = new EnumMap<>(Channel.class);

    public InMemoryTransport(WireCodec codec, RejectionListener rejections) {
        this.codec = codec;
        this.rejections = rejections;
        for (Channel channel : Channel.values()) {
            toKernel.put(channel, new LinkedBlockingQueue<>());
            fromKernel.put(channel, new LinkedBlockingQueue<>());
        }
    }

    /** Client side: frames arrive at the kernel on {@code channel}, routing identities first. */
    public void deliver(Channel channel, List<byte[]> frames) {
        toKernel.get(channel).add(List.copyOf(frames));
    }

    /** Client side: the next frames the kernel sent on {@code channel}, waiting at most {@code timeout}. */
    public Optional<List<byte[]>> take(Channel channel, Duration timeout) throws InterruptedException {
        return Optional.ofNullable(fromKernel.get(channel).poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    @Override
    public Optional<Message> receive(Channel channel, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        BlockingQueue<List<byte[]>> queue = toKernel.get(channel);
        while (true) {
            List<byte[]> frames = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (frames == null) {
                return Optional.empty();
            }
            switch (codec.decode(frames)) {
                case Decoded.Accepted(Message message) -> {
                    return Optional.of(message);
                }
                case Decoded.Rejected(var rejection) -> rejections.rejected(channel, rejection);
            }
        }
    }

    @Override
    public void send(Channel channel, Message message) {
        fromKernel.get(channel).add(codec.encode(message));
    }

    @Override
    public void publish(Message message) {
        fromKernel.get(Channel.IOPUB).add(codec.encode(message));
    }

    @Override
    public boolean flush(Duration timeout) {
        return true;
    }

    @Override
    public void close() {
    }
}
