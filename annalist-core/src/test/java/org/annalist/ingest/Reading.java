package org.annalist.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.model.Article;

/** Test helper: reads inputs to the end and keeps the problems that were reported on the way. */
final class Reading {
    final List<ReadProblem> problems = new ArrayList<>();
    private final ArticleReader reader;

    Reading() {
        this(InputStream.nullInputStream());
    }

    Reading(InputStream stdin) {
        this.reader = new ArticleReader(stdin);
    }

    static Reading withStdin(String content) {
        return new Reading(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    List<Article> read(String... inputs) {
        try (Stream<Article> articles = reader.read(List.of(inputs), problems::add)) {
            return articles.toList();
        }
    }
}
