package org.annalist.time;

import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.pipeline.Annalist;
import org.annalist.testing.SharedNlp;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What dating costs per event-bearing sentence: printed for the record, not asserted (machines differ, and
 * this one is shared). The dater's figures are the fastest of several batches, to keep other processes' noise
 * out; the annotator's is there for scale.
 */
class DaterCostTest {
    private static final String TEXT = String.join("\n\n",
            "Russia vetoed a draft United Nations Security Council resolution on Wednesday night that would have "
                    + "condemned the use of chemical weapons in northern Syria and demanded an investigation.",
            "Russian Foreign Minister Sergei Lavrov met Secretary of State Rex Tillerson in Moscow for talks that "
                    + "lasted several hours, according to officials from both governments.",
            "Syrian troops attacked rebel positions near the city of Idlib last week, a monitoring group based in "
                    + "Britain said, citing activists on the ground.",
            "France condemned the Syrian government in a statement issued earlier this month and called for "
                    + "the perpetrators of the attack to be brought to justice.",
            "Lavrov will meet Tillerson again in Geneva on Oct. 31 to discuss a possible ceasefire, the two "
                    + "governments announced in a joint statement.");
    private static final int BATCHES = 6;
    private static final int ROUNDS = 20;

    @Test
    void daterCostPerEventSentence_isPrinted() {
        Annalist annalist = SharedNlp.annalist();
        Article article = new Article("cost", "", LocalDate.of(2017, 4, 17), TEXT, null, null, "test");
        Annalist.Analysis analysis = annalist.analyse(article);
        AnnotatedArticle annotated = analysis.article();
        List<Event> events = analysis.events();
        Set<Integer> eventSentences = events.stream().map(Event::sentence).collect(Collectors.toSet());
        assertThat(eventSentences).hasSizeGreaterThanOrEqualTo(4);
        int tokens = eventSentences.stream().mapToInt(i -> annotated.sentences().get(i).tokens().size()).sum();
        EventDater dater = annalist.dater();

        // For comparison: SUTime reading each event sentence whole instead of in windows around time words.
        // The two are measured in alternating batches so that other processes slow both alike.
        Runnable dating = () -> dater.date(annotated, events);
        Runnable whole = () -> eventSentences.forEach(
                i -> SuTimeMentions.shared().findReadingWholeSentence(annotated.sentences().get(i)));
        double datingMs = Double.MAX_VALUE;
        double wholeMs = Double.MAX_VALUE;
        for (int batch = 0; batch <= BATCHES; batch++) {
            double d = perRun(ROUNDS, dating);
            double w = perRun(ROUNDS, whole);
            if (batch > 0) { // the first batch warms up the JIT
                datingMs = Math.min(datingMs, d);
                wholeMs = Math.min(wholeMs, w);
            }
        }
        perRun(1, () -> annalist.annotator().annotate(article));
        double annotateMs = perRun(3, () -> annalist.annotator().annotate(article));

        int n = eventSentences.size();
        System.out.printf("dater: %d events in %d sentences (%d tokens): %.2f ms per event sentence "
                        + "(SUTime reading whole sentences: %.2f ms); the annotator: %.1f ms per sentence%n",
                events.size(), n, tokens, datingMs / n, wholeMs / n, annotateMs / annotated.sentences().size());
    }

    private static double perRun(int rounds, Runnable run) {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            run.run();
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }
}
