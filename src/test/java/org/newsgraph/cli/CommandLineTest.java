package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What a user sees from the command line: help for every command, and one clear line and exit 1 for bad input. */
class CommandLineTest {
    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cli = NewsgraphCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "validate", "serve"})
    void everyCommandHasHelp(String command) {
        Run run = run(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: newsgraph " + command), run.out());
    }

    @Test
    void convertOutsideAProjectSaysWhatIsMissing(@TempDir Path empty) {
        Run run = run("convert", "--root", empty.toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: " + empty.toAbsolutePath().normalize()
                + " is not a newsgraph project: ontology/newsgraph.ttl is missing (use --root)\n", run.err());
    }

    @Test
    void serveOnABusyPortSaysSo(@TempDir Path store) throws Exception {
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0)) {
            int port = busy.getLocalPort();
            Run run = run("serve", "--port", Integer.toString(port), "--store", store.toString());
            assertEquals(1, run.exitCode());
            assertTrue(run.err().startsWith("error: cannot serve on port " + port + ": "), run.err());
            assertTrue(run.err().endsWith("(is another server running? choose one with --port)\n"), run.err());
        }
    }

    @Test
    void validateReportsTheSeedAnnotationConforms() {
        Run run = run("validate", "data/annotations/canada-us-intelligence-sharing.yaml");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void validateNamesFileAndLineOfABadAnnotation(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, "article:\n  id: Bad Id\n  text: seeds/000_c5b8c06ce8db78e7.txt\n");
        Run run = run("validate", bad.toString());
        assertEquals(1, run.exitCode());
        assertEquals("error: " + bad + ":1: article: id 'Bad Id' must be lower-case letters, digits and single '-'\n", run.err());
    }
}
