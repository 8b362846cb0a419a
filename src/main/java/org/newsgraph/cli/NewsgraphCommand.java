package org.newsgraph.cli;

import org.newsgraph.annotation.AnnotationException;
import org.newsgraph.article.ArticleInputException;
import org.newsgraph.store.StoreInUseException;
import org.newsgraph.validate.ShapeViolationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `newsgraph` tool: one sub-command per pipeline stage a user runs. */
@Command(
        name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news articles into a linked-data knowledge graph and publishes it.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, ServeCommand.class, ExtractCommand.class,
                BenchmarkCommand.class, IngestCommand.class, CommandLine.HelpCommand.class})
public final class NewsgraphCommand implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; input errors are printed as one message, without a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsgraphCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof AnnotationException || e instanceof ArticleInputException
                    || e instanceof ShapeViolationException || e instanceof UserInputException
                    || e instanceof StoreInUseException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
