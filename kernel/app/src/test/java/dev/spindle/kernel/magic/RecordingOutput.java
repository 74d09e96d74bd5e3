package dev.spindle.kernel.magic;

import dev.spindle.kernel.spi.CellOutput;
import dev.spindle.kernel.spi.InputUnavailableException;
import dev.spindle.kernel.spi.MimeBundle;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A CellOutput that keeps every stream chunk and display, for assertions. */
final class RecordingOutput implements CellOutput {

    record Chunk(StreamName name, String text) {
    }

    final List<Chunk> chunks = new CopyOnWriteArrayList<>();
    final List<MimeBundle> displays = new CopyOnWriteArrayList<>();

    String stdout() {
        return text(StreamName.STDOUT);
    }

    String stderr() {
        return text(StreamName.STDERR);
    }

    private String text(StreamName name) {
        StringBuilder all = new StringBuilder();
        chunks.stream().filter(c -> c.name() == name).forEach(c -> all.append(c.text()));
        return all.toString();
    }

    @Override
    public void stream(StreamName name, String text) {
        chunks.add(new Chunk(name, text));
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        displays.add(bundle);
    }

    @Override
    public void updateDisplay(MimeBundle bundle, String displayId) {
        displays.add(bundle);
    }

    @Override
    public void clearOutput(boolean wait) {
    }

    @Override
    public String input(String prompt, boolean password) throws InputUnavailableException {
        throw new InputUnavailableException("no input in tests");
    }

    @Override
    public void addPayload(Map<String, Object> payload) {
    }
}
