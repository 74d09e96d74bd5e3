package dev.spindle.lessons.loop;

import dev.spindle.lessons.generator.Generator;
import java.util.NoSuchElementException;

/** Turns straight-line {@link AsyncBody} code into a {@link Coroutine}, with a {@link Generator} underneath. */
public final class Coroutines {

    private Coroutines() {}

    public static <T> Coroutine<T> of(EventLoop loop, AsyncBody<T> body) {
        return new GeneratorCoroutine<>(loop, body);
    }

    private static final class GeneratorCoroutine<T> implements Coroutine<T> {
        private final Generator<Step<?>> generator;
        private T returned;

        GeneratorCoroutine(EventLoop loop, AsyncBody<T> body) {
            this.generator = Generator.of(y -> returned = body.run(new Awaiter(loop, y)));
        }

        @Override
        public Step<T> send(Object value) {
            try {
                return cast(generator.send(value));
            } catch (NoSuchElementException finished) {
                return new Step.Return<>(returned);
            }
        }

        @Override
        public Step<T> throwIn(RuntimeException error) {
            try {
                return cast(generator.throwIn(error));
            } catch (NoSuchElementException finished) {
                return new Step.Return<>(returned);
            }
        }

        @Override
        public void close() {
            generator.close();
        }

        @SuppressWarnings("unchecked")
        private Step<T> cast(Step<?> step) {
            return (Step<T>) step;
        }
    }
}
