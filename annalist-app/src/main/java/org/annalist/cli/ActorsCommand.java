package org.annalist.cli;

import org.annalist.model.ActorMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.pipeline.Annalist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code annalist actors}: shows every actor mention in a text and how it was resolved. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Show every actor mention in TEXT and how it was resolved (rule and dictionary entry).")
final class ActorsCommand implements Callable<Integer> {
    @Mixin
    TextInput input;

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() {
        Annalist annalist = options.build();
        AnnotatedArticle article = annalist.annotator().annotate(input.article());
        System.out.printf("%-3s %-36s %-5s %-4s %-28s %-20s %s%n", "SEN", "MENTION", "CODE", "SECT", "NAME", "RULE", "ENTRY");
        for (ActorMention m : annalist.actors().resolve(article)) {
            System.out.printf("%-3d %-36s %-5s %-4s %-28s %-20s %s%n", m.sentence(), m.actor().text(),
                    orDash(m.actor().code()), orDash(m.actor().sector()), orDash(m.actor().name()), m.rule(),
                    orDash(m.entry()));
        }
        return 0;
    }

    static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
