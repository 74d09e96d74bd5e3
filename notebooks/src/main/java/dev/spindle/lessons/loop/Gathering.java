package dev.spindle.lessons.loop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/** The outer future of {@code gather}; cancelling it cancels every child. */
final class Gathering<T> extends AsyncFuture<List<T>> {

    private final List<? extends AsyncFuture<? extends T>> children;
    private final Object[] results;
    private int finished;
    private boolean cancelRequested;

    private Gathering(EventLoop loop, List<? extends AsyncFuture<? extends T>> children) {
        super(loop);
        this.children = List.copyOf(children);
        this.results = new Object[children.size()];
    }

    static <T> Gathering<T> of(EventLoop loop, List<? extends AsyncFuture<? extends T>> children) {
        Gathering<T> outer = new Gathering<>(loop, children);
        if (children.isEmpty()) {
            outer.setResult(List.of());
            return outer;
        }
        for (int i = 0; i < children.size(); i++) {
            int index = i;
            children.get(i).addDoneCallback(child -> outer.childDone(index, child));
        }
        return outer;
    }

    private void childDone(int index, AsyncFuture<? extends T> child) {
        finished++;
        if (done()) return;
        if (child.cancelled() && cancelRequested) {
            super.cancel();
        } else if (child.cancelled()) {
            setException(new CancellationException("a gathered child was cancelled"));
        } else if (child.exception() != null) {
            setException(child.exception());
        } else {
            results[index] = child.result();
            if (finished == children.size()) setResult(asList());
        }
    }

    @SuppressWarnings("unchecked")
    private List<T> asList() {
        return (List<T>) new ArrayList<>(Arrays.asList(results));
    }

    @Override
    public boolean cancel() {
        if (done()) return false;
        cancelRequested = true;
        boolean any = false;
        for (AsyncFuture<? extends T> child : children) any |= child.cancel();
        return any || super.cancel();
    }
}
