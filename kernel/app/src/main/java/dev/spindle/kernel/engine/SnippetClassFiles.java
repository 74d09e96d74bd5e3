package dev.spindle.kernel.engine;

import jdk.jshell.JShell;

import java.io.PrintStream;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * JShell keeps the class file of every snippet it ever compiled in its in-memory file manager, and javac lists
 * all of them each time it compiles the next snippet (they share the package {@code REPL}). The class files of
 * replaced and dropped snippets (every redefinition, every expression's {@code $n}) pile up, and a trivial
 * cell's compile time grows with them: through the kernel, 13 ms in the first 500 cells, 32 ms after 2,500.
 *
 * <p>This forgets the class files of snippets that are no longer active, once they outnumber the active ones.
 * JShell reads that map only to answer javac's listing of {@code REPL}; the classes stay loaded and running,
 * and active snippets are compiled against active snippets only. The map is private to JShell and is reached
 * through {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED}; where it cannot be, nothing is pruned.
 */
final class SnippetClassFiles {

    private static final String SNIPPET_CLASS_PREFIX = "REPL.$JShell$";
    static final int MIN_BEFORE_PRUNING = 256;

    private final JShell shell;
    private final Map<String, ?> classFiles;
    private int pruneAbove = MIN_BEFORE_PRUNING;

    private SnippetClassFiles(JShell shell, Map<String, ?> classFiles) {
        this.shell = shell;
        this.classFiles = classFiles;
    }

    static SnippetClassFiles of(JShell shell, PrintStream log) {
        try {
            return new SnippetClassFiles(shell, classFilesOf(shell));
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.println("spindle engine: cannot reach JShell's class files (" + e
                    + "); long sessions will compile more slowly");
            return new SnippetClassFiles(shell, null);
        }
    }

    /** Call on the evaluation thread between cells, when nothing else uses JShell. */
    void pruneIfGrown() {
        if (classFiles == null || classFiles.size() <= pruneAbove) {
            return;
        }
        Set<String> active = new HashSet<>();
        shell.snippets().filter(s -> shell.status(s).isActive())
                .forEach(s -> active.add(shell.sourceCodeAnalysis().wrapper(s).fullClassName()));
        classFiles.keySet().removeIf(name -> name.startsWith(SNIPPET_CLASS_PREFIX) && !active.contains(outerClassOf(name)));
        pruneAbove = Math.max(MIN_BEFORE_PRUNING, 2 * classFiles.size());
    }

    /** How many class files javac is shown; -1 when they cannot be reached. */
    int count() {
        return classFiles == null ? -1 : classFiles.size();
    }

    /** {@code REPL.$JShell$12B$Point} belongs to the snippet class {@code REPL.$JShell$12B}. */
    static String outerClassOf(String binaryName) {
        int nested = binaryName.indexOf('$', SNIPPET_CLASS_PREFIX.length());
        return nested < 0 ? binaryName : binaryName.substring(0, nested);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> classFilesOf(JShell shell) throws ReflectiveOperationException {
        Object taskFactory = read(shell, JShell.class, "taskFactory");
        Object fileManager = read(taskFactory, taskFactory.getClass(), "fileManager");
        if (!(read(fileManager, fileManager.getClass(), "classObjects") instanceof Map<?, ?> map)) {
            throw new NoSuchFieldException("MemoryFileManager.classObjects is not a map");
        }
        return (Map<String, ?>) map;
    }

    private static Object read(Object target, Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
