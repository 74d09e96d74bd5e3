package dev.spindle.grader.compile;

/** The outcome of compiling a submission with its tests. */
public sealed interface CompileResult {

    record Compiled(CompiledSubmission submission) implements CompileResult {}

    record NotCompiled(CompileFailure failure) implements CompileResult {}
}
