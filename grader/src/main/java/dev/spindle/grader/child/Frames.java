package dev.spindle.grader.child;

/** Stack frames as a student reads them: {@code Counter.increment(Counter.java:12)}. */
final class Frames {

    private Frames() {}

    static String describe(StackTraceElement frame) {
        String simpleClass = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
        String file = frame.getFileName() == null ? "unknown source"
                : frame.getFileName() + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "");
        return simpleClass + "." + frame.getMethodName() + "(" + file + ")";
    }

    /** Turns {@code java.base/java.lang.Thread.run(Thread.java:1474)} from a JSON dump into the short form. */
    static String describe(String dumpFrame) {
        String frame = dumpFrame.substring(dumpFrame.indexOf('/') + 1);
        int paren = frame.indexOf('(');
        String qualified = paren < 0 ? frame : frame.substring(0, paren);
        int methodDot = qualified.lastIndexOf('.');
        int classDot = methodDot < 0 ? -1 : qualified.lastIndexOf('.', methodDot - 1);
        return frame.substring(classDot + 1);
    }
}
