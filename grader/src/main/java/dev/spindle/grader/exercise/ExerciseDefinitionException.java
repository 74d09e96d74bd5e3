package dev.spindle.grader.exercise;

/** An exercise folder that does not follow the layout: an instructor's mistake, reported at the edge. */
public final class ExerciseDefinitionException extends RuntimeException {

    public ExerciseDefinitionException(String message) {
        super(message);
    }

    public ExerciseDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
