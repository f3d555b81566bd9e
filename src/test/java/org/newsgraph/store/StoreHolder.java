package org.newsgraph.store;

import java.nio.file.Path;

/** Test helper run in a child JVM: opens a store, says so, and holds it until killed. */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        NewsStore store = NewsStore.open(Path.of(args[0]));
        System.out.println("holding " + store.dir());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
