package org.annalist.dict;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A bundled resource loaded once, on first use, and shared by every thread afterwards (dictionaries, the
 * codebook): loading is slow and validates files, so it should happen once per process, and only if needed.
 */
public final class Bundled<T> implements Supplier<T> {
    private final Supplier<T> loader;
    private volatile T value;

    public Bundled(Supplier<T> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(loader.get(), "loader returned null");
                }
                result = value;
            }
        }
        return result;
    }
}
