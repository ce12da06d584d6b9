package org.annalist.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Interval;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * SUTime run on one analysed sentence, reusing its tokens and tags instead of annotating the text again.
 * It runs with no reference date: the expressions come back as written ("XXXX-WXX-3" for "Wednesday"), so
 * {@link DateResolver} can apply news conventions SUTime does not know. Thread-safe: the extractor keeps no
 * state between calls, as in CoreNLP's multi-threaded pipelines.
 */
final class SuTimeMentions {
    private static final Logger LOG = LoggerFactory.getLogger(SuTimeMentions.class);

    private final TimeExpressionExtractorImpl extractor;

    SuTimeMentions() {
        long start = System.nanoTime();
        // The default rule files (defs, english, holidays) and the JollyDay holiday calendar.
        this.extractor = new TimeExpressionExtractorImpl("sutime", new Properties());
        LOG.info("SUTime rules loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    List<TimeMention> find(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
        for (Token t : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            label.setWord(t.word());
            label.setValue(t.word());
            label.setOriginalText(t.word());
            label.setTag(t.pos());
            label.setLemma(t.lemma());
            label.setNER(t.ner());
            label.setBeginPosition(t.begin());
            label.setEndPosition(t.end());
            label.setIndex(t.index() + 1);
            labels.add(label);
        }
        CoreMap map = new ArrayCoreMap();
        map.set(CoreAnnotations.TokensAnnotation.class, labels);
        map.set(CoreAnnotations.TextAnnotation.class, sentence.text());
        map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.begin());
        map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.end());
        List<TimeExpression> found;
        try {
            found = extractor.extractTimeExpressions(map, (SUTime.Time) null, new SUTime.TimeIndex());
        } catch (RuntimeException e) {
            // SUTime's rules throw on some odd token sequences; a sentence without dates beats a lost article.
            LOG.warn("SUTime failed on sentence {} ({}); its events keep the article date", sentence.index(),
                    e.toString());
            return List.of();
        }
        List<TimeMention> mentions = new ArrayList<>(found.size());
        for (TimeExpression te : found) {
            TimeMention mention = convert(te, sentence);
            if (mention != null) {
                mentions.add(mention);
            }
        }
        return mentions;
    }

    private static TimeMention convert(TimeExpression te, Sentence sentence) {
        SUTime.Temporal temporal = te.getTemporal();
        Interval<Integer> span = te.getTokenOffsets();
        if (temporal == null || span == null) {
            return null;
        }
        int begin = Math.max(0, span.getBegin());
        int end = Math.min(sentence.tokens().size(), span.getEnd());
        String text = sentence.tokens().subList(begin, end).stream().map(Token::word).collect(Collectors.joining(" "));
        try {
            SUTime.TimexType type = temporal.getTimexType();
            return new TimeMention(begin, end, text, type == null ? null : type.name(), temporal.getTimexValue(),
                    temporal.toString(), ref -> ground(temporal, ref));
        } catch (RuntimeException e) {
            return null; // a temporal SUTime cannot describe is no date we could use
        }
    }

    /** SUTime's own resolution of an offset ("last week") from {@code ref}, as a TIMEX3 value. */
    private static String ground(SUTime.Temporal temporal, LocalDate ref) {
        try {
            SUTime.Temporal grounded = temporal.resolve(
                    new SUTime.IsoDate(ref.getYear(), ref.getMonthValue(), ref.getDayOfMonth()), 0);
            return grounded == null ? null : grounded.getTimexValue();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
