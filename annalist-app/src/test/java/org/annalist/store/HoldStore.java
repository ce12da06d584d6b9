package org.annalist.store;

import java.io.IOException;
import java.nio.file.Path;

/** Test helper run in a second JVM: opens a store for writing, says so, and holds it until its input closes. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("open " + store.file());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the store until the test closes our standard input.
            }
        }
    }
}
