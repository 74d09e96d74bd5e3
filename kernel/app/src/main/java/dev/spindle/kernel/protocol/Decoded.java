package dev.spindle.kernel.protocol;

/** The result of decoding received frames: a message, or the reason there is none. */
public sealed interface Decoded {

    record Accepted(Message message) implements Decoded {
    }

    record Rejected(Rejection rejection) implements Decoded {
    }

    static Decoded rejected(Rejection.Reason reason, String detail) {
        return new Rejected(new Rejection(reason, detail));
    }
}
