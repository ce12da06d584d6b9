package org.annalist.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.pipeline.Annalist;
import org.annalist.testing.SharedNlp;
import org.junit.jupiter.api.Test;

/**
 * What locating costs: printed for the record, not asserted (machines differ, and this one is shared). The
 * locator's figure is the fastest of several batches, to keep other processes' noise out; the annotator's is there
 * for scale. The gazetteer is timed loading again in this JVM (warm); a fresh process logs its own load time.
 */
class LocatorCostTest {
    private static final String TEXT = String.join("\n\n",
            "Russia vetoed a draft United Nations Security Council resolution on Wednesday night that would have "
                    + "condemned the use of chemical weapons in northern Syria and demanded an investigation.",
            "Russian Foreign Minister Sergei Lavrov met Secretary of State Rex Tillerson in Moscow for talks that "
                    + "lasted several hours, according to officials from both governments.",
            "Syrian troops attacked rebel positions near the city of Idlib last week, a monitoring group based in "
                    + "Britain said, citing activists on the ground.",
            "France condemned the Syrian government in a statement issued in Paris earlier this month and called for "
                    + "the perpetrators of the attack in Khan Sheikhoun to be brought to justice.",
            "Lavrov will meet Tillerson again in Geneva on Oct. 31 to discuss a possible ceasefire, the two "
                    + "governments announced in a joint statement.");
    private static final int BATCHES = 6;
    private static final int ROUNDS = 50;

    @Test
    void gazetteerLoadAndLocateCostPerArticle_arePrinted() throws URISyntaxException {
        Annalist annalist = SharedNlp.annalist();
        Article article = new Article("cost", "", LocalDate.of(2017, 4, 17), TEXT, null, null, "test");
        Annalist.Analysis analysis = annalist.analyse(article);
        List<Event> events = analysis.events();
        assertThat(events).hasSizeGreaterThanOrEqualTo(4);
        EventLocator locator = annalist.locator();
        Runnable locating = () -> locator.locate(analysis.article(), analysis.mentions(), events);
        double locateMs = Double.MAX_VALUE;
        for (int batch = 0; batch <= BATCHES; batch++) {
            double ms = perRun(ROUNDS, locating);
            if (batch > 0) { // the first batch warms up the JIT
                locateMs = Math.min(locateMs, ms);
            }
        }
        perRun(1, () -> annalist.annotator().annotate(article));
        double annotateMs = perRun(3, () -> annalist.annotator().annotate(article));

        URL bundled = Gazetteer.class.getClassLoader().getResource(Gazetteer.BUNDLED);
        assertThat(bundled).isNotNull();
        System.gc();
        long heapBefore = heapInUse();
        long start = System.nanoTime();
        Gazetteer again = Gazetteer.load(Path.of(bundled.toURI()));
        double loadMs = (System.nanoTime() - start) / 1e6;
        System.gc();
        long heapMb = (heapInUse() - heapBefore) >> 20;
        assertThat(again.size()).isPositive();

        System.out.printf("gazetteer: %d rows loaded again in %.0f ms (warm JVM), about %d MB of heap after GC; "
                        + "locator: %.3f ms per article of %d sentences and %d events (%.1f µs per sentence); "
                        + "the annotator: %.0f ms per article%n",
                again.size(), loadMs, heapMb, locateMs, analysis.article().sentences().size(), events.size(),
                locateMs * 1000 / analysis.article().sentences().size(), annotateMs);
    }

    private static long heapInUse() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double perRun(int rounds, Runnable run) {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            run.run();
        }
        return (System.nanoTime() - start) / 1e6 / rounds;
    }
}
