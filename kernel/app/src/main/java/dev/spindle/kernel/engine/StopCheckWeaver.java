package dev.spindle.kernel.engine;

import java.io.ByteArrayInputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rewrites snippet classes so that every method calls {@link StopSignal#check()} on entry and before every
 * jump backwards: a loop or a recursion in user code cannot outrun an interrupt.
 */
final class StopCheckWeaver {

    private static final ClassDesc STOP_SIGNAL = ClassDesc.of(StopSignal.class.getName());
    private static final MethodTypeDesc NO_ARGS = MethodTypeDesc.of(ConstantDescs.CD_void);

    /** Snippet classes seen so far: stack-map generation must know their super classes. */
    private final Map<ClassDesc, byte[]> snippetClasses = new ConcurrentHashMap<>();
    private final ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(
                    desc -> {
                        byte[] bytes = snippetClasses.get(desc);
                        return bytes == null ? null : new ByteArrayInputStream(bytes);
                    }))));

    /** Remembers every class of a batch first, since classes of one batch may refer to each other. */
    byte[][] weave(String[] binaryNames, byte[][] classes) {
        for (int i = 0; i < classes.length; i++) {
            snippetClasses.put(ClassDesc.of(binaryNames[i]), classes[i]);
        }
        byte[][] woven = new byte[classes.length][];
        for (int i = 0; i < classes.length; i++) {
            woven[i] = classFile.transformClass(classFile.parse(classes[i]),
                    ClassTransform.transformingMethodBodies(CodeTransform.ofStateful(BranchChecks::new)));
        }
        return woven;
    }

    /** Tracks labels already passed: a branch to one of them jumps backwards. */
    private static final class BranchChecks implements CodeTransform {
        private final Set<Label> passed = new HashSet<>();

        @Override
        public void atStart(CodeBuilder builder) {
            builder.invokestatic(STOP_SIGNAL, "check", NO_ARGS);
        }

        @Override
        public void accept(CodeBuilder builder, CodeElement element) {
            if (element instanceof LabelTarget target) {
                passed.add(target.label());
            } else if (element instanceof BranchInstruction branch && passed.contains(branch.target())) {
                builder.invokestatic(STOP_SIGNAL, "check", NO_ARGS);
            }
            builder.with(element);
        }
    }
}
