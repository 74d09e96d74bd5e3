package dev.spindle.grader.exercise;

/** Names a graded test as {@code SimpleTestClassName#methodName}, the key used in the points table. */
public final class TestKey {

    private TestKey() {}

    public static String of(String className, String methodName) {
        return simpleName(className) + "#" + methodName;
    }

    public static String classOf(String key) {
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    public static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
