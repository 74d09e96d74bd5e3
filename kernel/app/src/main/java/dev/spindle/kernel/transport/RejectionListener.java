package dev.spindle.kernel.transport;

import dev.spindle.kernel.protocol.Channel;
import dev.spindle.kernel.protocol.Rejection;

/** Hears about received frames that were not a valid message. */
@FunctionalInterface
public interface RejectionListener {

    void rejected(Channel channel, Rejection rejection);

    static RejectionListener logging() {
        System.Logger log = System.getLogger(RejectionListener.class.getName());
        return (channel, rejection) ->
                log.log(System.Logger.Level.WARNING, "dropped a message on {0}: {1}", channel.wireName(), rejection);
    }

    default RejectionListener andThen(RejectionListener next) {
        return (channel, rejection) -> {
            rejected(channel, rejection);
            next.rejected(channel, rejection);
        };
    }
}
