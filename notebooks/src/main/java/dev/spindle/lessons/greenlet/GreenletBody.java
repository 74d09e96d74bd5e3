package dev.spindle.lessons.greenlet;

/** A greenlet's {@code run}: gets the value of the first switch into it; its return value goes to the parent. */
@FunctionalInterface
public interface GreenletBody {
    Object run(Object firstValue) throws Exception;
}
