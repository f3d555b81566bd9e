package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleSink;
import org.newsgraph.article.Articles;

/** Test helper run in a small child JVM: reads the paths as articles and prints one line per result. */
public final class ReadOnly {
    private ReadOnly() {
    }

    public static void main(String[] args) {
        Articles.withSystemClock().read(Arrays.stream(args).map(Path::of).toList(), new ArticleSink() {
            @Override
            public void article(Article article) {
                System.out.println("article: " + article.source() + " " + article.text().length() + " chars");
            }

            @Override
            public void problem(ArticleProblem problem) {
                System.out.println("problem: " + problem);
            }
        });
    }
}
