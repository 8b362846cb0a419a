package org.newsgraph.cli;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.newsgraph.annotation.ArticleInfo;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.NewsArticle;
import org.newsgraph.convert.Uris;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.NlpPipeline;
import org.newsgraph.publish.DatasetFiles;
import org.newsgraph.publish.Ingestion;
import org.newsgraph.publish.PendingArticle;
import org.newsgraph.serve.AdminEndpoint;
import org.newsgraph.serve.ServerOptions;
import org.newsgraph.store.TripleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Extracts, converts, validates and publishes new articles, then brings the store (or running server) up to date. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add English news articles (plain text or HTML) to the knowledge graph: each is extracted"
                + " automatically unless a curated annotation of the same text exists (curated wins), converted,"
                + " validated and published with the rest of data/rdf, all or nothing.",
                "Then the store is updated in one transaction: through the admin interface of a server running on"
                + " --store, or directly when none runs. Ingesting an article twice changes nothing."})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article files (.txt, .html).")
    List<Path> articles;

    @Option(names = "--root", defaultValue = ".", description = "Project root (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--store", defaultValue = "store", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--base", description = "Base URI the store serves when no server runs (default: http://localhost:3030/).")
    String base;

    @Override
    public Integer call() {
        ProjectRoot.require(root);
        Ingestion ingestion = new Ingestion(root);
        List<PendingArticle> pending = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        Extractor extractor = null; // built on first need: curated articles never load CoreNLP
        for (Path file : articles) {
            NewsArticle news = reader.read(file);
            Optional<Path> curated = ingestion.existingAnnotationFor(news.text().text());
            if (curated.isPresent()) {
                spec.commandLine().getOut().printf("%s: annotated in %s, no extraction needed%n", file, curated.get());
                continue;
            }
            String id = Uris.slug(ExtractCommand.stem(file));
            String title = news.title() != null ? news.title() : ExtractCommand.stem(file);
            ArticleInfo info = new ArticleInfo(id, "seeds/" + id + ".txt", title, "en", news.published(), news.url());
            if (extractor == null) {
                extractor = new Extractor(NlpPipeline.shared());
            }
            pending.add(new PendingArticle(extractor.extract(info, news.text().text()).annotation(), news.text().text(),
                    file));
        }
        List<String> added = ingestion.ingest(pending);
        spec.commandLine().getOut().printf("published %d new article(s)%s to %s%n", added.size(),
                added.isEmpty() ? "" : " " + String.join(", ", added), Ingestion.publishedDir(root));
        updateStore();
        return 0;
    }

    private void updateStore() {
        Path trig = Ingestion.publishedDir(root).resolve(DatasetFiles.TRIG);
        Optional<AdminEndpoint> admin = AdminEndpoint.load(store);
        Optional<HttpResponse<String>> reply = admin.flatMap(AdminEndpoint::reload);
        if (reply.isPresent()) {
            if (reply.get().statusCode() != 200) {
                throw new UserInputException("published, but the server on " + store + " did not reload: "
                        + reply.get().statusCode() + " " + reply.get().body().strip());
            }
            spec.commandLine().getOut().print("running server: " + reply.get().body());
            return;
        }
        String storeBase = base != null ? base : ServerOptions.onPort(3030).base();
        Dataset dataset = TripleStore.open(store, trig, storeBase);
        dataset.close();
        spec.commandLine().getOut().printf("store %s is up to date (base %s)%n", store, storeBase);
    }
}
