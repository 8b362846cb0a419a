package org.newsgraph.store;

import java.nio.file.Path;

/** The TDB2 store is held by another process, usually a running server. */
public class StoreInUseException extends RuntimeException {
    public StoreInUseException(Path dir, Throwable cause) {
        super("the store " + dir + " is in use by another process (a running `serve`?): stop it, or use another --store",
                cause);
    }
}
