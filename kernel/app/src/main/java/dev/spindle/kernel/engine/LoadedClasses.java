package dev.spindle.kernel.engine;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes of every snippet class as javac made them, to tell a real change from a recompile that only moved
 * lines. JShell recompiles every declaration after a star import (one more import line in each wrapper),
 * and this JVM cannot redefine a class: treating such a recompile as a change would replace the class and
 * reset the variable it holds to null, where the jshell tool (which redefines) keeps the value.
 */
final class LoadedClasses {

    private static final ClassFile WITHOUT_DEBUG = ClassFile.of(ClassFile.DebugElementsOption.DROP_DEBUG,
            ClassFile.LineNumbersOption.DROP_LINE_NUMBERS, ClassFile.ConstantPoolSharingOption.NEW_POOL);

    private final Map<String, byte[]> compiled = new ConcurrentHashMap<>();

    void loaded(String name, byte[] bytes) {
        compiled.put(name, bytes);
    }

    /** Whether {@code bytes} differ from the loaded class {@code name} in debug information at most. */
    boolean sameCode(String name, byte[] bytes) {
        byte[] loaded = compiled.get(name);
        return loaded != null && Arrays.equals(withoutDebug(loaded), withoutDebug(bytes));
    }

    private static byte[] withoutDebug(byte[] bytes) {
        return WITHOUT_DEBUG.transformClass(WITHOUT_DEBUG.parse(bytes), ClassTransform.ACCEPT_ALL);
    }
}
