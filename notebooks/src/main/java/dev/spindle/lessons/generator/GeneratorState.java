package dev.spindle.lessons.generator;

/** The states {@code inspect.getgeneratorstate} reports, with their Python names. */
public enum GeneratorState {
    CREATED("GEN_CREATED"),
    RUNNING("GEN_RUNNING"),
    SUSPENDED("GEN_SUSPENDED"),
    CLOSED("GEN_CLOSED");

    private final String pythonName;

    GeneratorState(String pythonName) {
        this.pythonName = pythonName;
    }

    public String pythonName() {
        return pythonName;
    }
}
