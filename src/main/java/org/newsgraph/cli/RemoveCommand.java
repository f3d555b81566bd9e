package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleIds;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleSink;
import org.newsgraph.article.Articles;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph remove}: takes articles out of a store. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove articles from a store: their graphs, and with them every fact and entity that only they mentioned."})
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "ID|PATH",
            description = "Article ids (as in the article IRI), article IRIs, or the files/folders they were ingested from.")
    List<String> targets;

    @Override
    public Integer call() {
        List<String> graphs = new ArrayList<>();
        int[] failed = {0};
        for (String t : targets) {
            if (t.startsWith(ArticleIds.ARTICLE_NS)) {
                graphs.add(t);
            } else if (Files.exists(Path.of(t))) {
                Articles.withSystemClock().read(List.of(Path.of(t)), new ArticleSink() {
                    @Override
                    public void article(Article article) {
                        graphs.add(article.iri());
                    }

                    @Override
                    public void problem(ArticleProblem problem) {
                        failed[0]++;
                        spec.commandLine().getErr().println("problem: " + problem);
                    }
                });
            } else {
                graphs.add(ArticleIds.ARTICLE_NS + t);
            }
        }
        try (NewsStore s = NewsStore.open(store.store)) {
            int removed = s.remove(graphs);
            spec.commandLine().getOut().println("removed " + removed + " of " + graphs.size() + " articles");
            spec.commandLine().getOut().flush();
        }
        return failed[0] == 0 ? 0 : Main.INPUT_FAILED;
    }
}
