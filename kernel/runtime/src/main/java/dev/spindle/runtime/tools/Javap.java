package dev.spindle.runtime.tools;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.IncrementInstruction;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LoadInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.classfile.instruction.StoreInstruction;
import java.lang.classfile.instruction.TypeCheckInstruction;
import java.lang.reflect.AccessFlag;
import java.util.stream.Collectors;

/**
 * The bytecode of a loaded class, printed from its class file with {@code java.lang.classfile}, for
 * {@code %javap}. Works for JDK classes and for classes defined in cells (JShell's loader serves their bytes).
 */
public final class Javap {

    private Javap() {
    }

    public static String of(Class<?> type) {
        return print(ClassFile.of().parse(bytesOf(type)));
    }

    static byte[] bytesOf(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("the class file of " + type.getName() + " cannot be found");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the class file of " + type.getName(), e);
        }
    }

    static String print(ClassModel model) {
        StringBuilder out = new StringBuilder();
        out.append(flags(model.flags().flags())).append(model.flags().has(AccessFlag.INTERFACE) ? "" : "class ")
                .append(model.thisClass().asInternalName().replace('/', '.'));
        model.superclass().ifPresent(s -> out.append(" extends ").append(s.asInternalName().replace('/', '.')));
        if (!model.interfaces().isEmpty()) {
            out.append(" implements ").append(model.interfaces().stream()
                    .map(i -> i.asInternalName().replace('/', '.')).collect(Collectors.joining(", ")));
        }
        out.append(" (class file ").append(model.majorVersion()).append('.').append(model.minorVersion()).append(")\n");
        for (FieldModel field : model.fields()) {
            out.append("  ").append(flags(field.flags().flags())).append(field.fieldName().stringValue())
                    .append(": ").append(field.fieldType().stringValue()).append('\n');
        }
        for (MethodModel method : model.methods()) {
            out.append('\n').append("  ").append(flags(method.flags().flags())).append(method.methodName().stringValue())
                    .append(method.methodType().stringValue()).append('\n');
            method.code().ifPresent(code -> printCode(code, out));
        }
        return out.toString();
    }

    private static void printCode(CodeModel code, StringBuilder out) {
        CodeAttribute attribute = code.findAttribute(Attributes.code()).orElse(null);
        if (attribute != null) {
            out.append("    stack=").append(attribute.maxStack()).append(", locals=").append(attribute.maxLocals()).append('\n');
        }
        int bci = 0;
        for (CodeElement element : code) {
            if (element instanceof Instruction instruction) {
                out.append(String.format("    %4d: %s%n", bci, describe(instruction, attribute)));
                bci += instruction.sizeInBytes();
            }
        }
    }

    private static String describe(Instruction instruction, CodeAttribute attribute) {
        String op = instruction.opcode().name().toLowerCase();
        String operand = switch (instruction) {
            case InvokeInstruction invoke -> invoke.owner().asInternalName() + "." + invoke.name().stringValue()
                    + invoke.type().stringValue();
            case InvokeDynamicInstruction indy -> indy.name().stringValue() + indy.type().stringValue();
            case FieldInstruction field -> field.owner().asInternalName() + "." + field.name().stringValue()
                    + " : " + field.type().stringValue();
            case LoadInstruction load -> op.contains("_") ? "" : String.valueOf(load.slot());
            case StoreInstruction store -> op.contains("_") ? "" : String.valueOf(store.slot());
            case IncrementInstruction inc -> inc.slot() + ", " + inc.constant();
            case ConstantInstruction constant -> op.contains("_") ? "" : String.valueOf(constant.constantValue());
            case BranchInstruction branch -> String.valueOf(bciOf(branch.target(), attribute));
            case NewObjectInstruction created -> created.className().asInternalName();
            case TypeCheckInstruction check -> check.type().asInternalName();
            default -> "";
        };
        return operand.isEmpty() ? op : op + " " + operand;
    }

    private static int bciOf(Label label, CodeAttribute attribute) {
        return attribute == null ? -1 : attribute.labelToBci(label);
    }

    private static String flags(java.util.Set<AccessFlag> flags) {
        return flags.stream().filter(f -> f != AccessFlag.SUPER && f != AccessFlag.SYNTHETIC)
                .map(f -> f.name().toLowerCase() + " ").collect(Collectors.joining());
    }
}
