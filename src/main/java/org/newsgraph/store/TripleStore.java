package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.convert.Uris;

/**
 * The on-disk TDB2 store the server reads. It is a cache of the published files: it is (re)loaded in one
 * transaction when it is empty, or when the published data or the served base changed since it was loaded.
 */
public final class TripleStore {
    private static final String STAMP = "newsgraph-loaded.txt";

    private TripleStore() {}

    /** Opens the store in {@code dir}, loading {@code trigFile} with URIs moved to {@code base} when needed. */
    public static Dataset open(Path dir, Path trigFile, String base) {
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(dir.toString());
        } catch (DBOpEnvException e) {
            throw new StoreInUseException(dir, e);
        }
        String stamp = base + "\n" + Uris.sha256Hex(read(trigFile)) + "\n";
        Path stampFile = dir.resolve(STAMP);
        if (!stamp.equals(readStamp(stampFile))) {
            replaceContents(dataset, trigFile, base);
            writeStamp(stampFile, stamp);
        }
        return dataset;
    }

    /**
     * Replaces everything in the store with {@code trigFile} in one write transaction: readers see the old data until
     * it commits, and a file that fails to parse leaves the store exactly as it was.
     */
    public static long replaceContents(Dataset dataset, Path trigFile, String base) {
        return Txn.calculateWrite(dataset, () -> {
            dataset.asDatasetGraph().clear();
            load(dataset, trigFile, base);
            return dataset.asDatasetGraph().stream().count();
        });
    }

    /** An in-memory store holding {@code trigFile} at {@code base}, for tests and one-off runs. */
    public static Dataset inMemory(Path trigFile, String base) {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> load(dataset, trigFile, base));
        return dataset;
    }

    private static void load(Dataset dataset, Path trigFile, String base) {
        RDFParser.source(trigFile).parse(new BaseRewriter(base).wrap(StreamRDFLib.dataset(dataset.asDatasetGraph())));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the published data " + file + " (run `convert` first)", e);
        }
    }

    private static String readStamp(Path stampFile) {
        try {
            return Files.exists(stampFile) ? Files.readString(stampFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void writeStamp(Path stampFile, String stamp) {
        try {
            Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stampFile, e);
        }
    }
}
