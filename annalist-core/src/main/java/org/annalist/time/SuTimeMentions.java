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
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SUTime run on one analysed sentence, reusing its tokens and tags instead of annotating the text again.
 * It runs with no reference date: the expressions come back as written ("XXXX-WXX-3" for "Wednesday"), so
 * {@link DateResolver} can apply news conventions SUTime does not know. Thread-safe: the extractor keeps no
 * state between calls, as in CoreNLP's multi-threaded pipelines.
 *
 * <p>SUTime's cost grows with the tokens it reads (about 0.2 ms a token here) whether or not they hold a
 * date, so it reads only windows of a few tokens around words that can be part of a time expression
 * (digits, weekdays, months, "week", "ago", holidays...), and nothing of a sentence that has none.
 */
final class SuTimeMentions {
    private static final Logger LOG = LoggerFactory.getLogger(SuTimeMentions.class);

    /** Tokens read before and after a word that may be part of a time expression ("the past two weeks"). */
    private static final int WINDOW_BEFORE = 4;
    private static final int WINDOW_AFTER = 3;
    /**
     * Words that may be part of a time expression besides digits and words ending in "day": SUTime's
     * vocabulary (english.sutime.txt, english.holidays.sutime.txt) less its number words, which never stand
     * alone ("two days ago" is found by "days").
     */
    private static final Set<String> TIME_WORDS = Set.of(
            "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months", "year", "years",
            "decade", "decades", "century", "centuries", "millennium", "millennia", "quarter", "quarters",
            "semester", "season", "seasons", "spring", "summer", "autumn", "fall", "winter", "springtime",
            "summertime", "wintertime", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings",
            "night", "nights", "tonight", "overnight", "noon", "midnight", "dawn", "dusk", "sunrise", "sunset",
            "daybreak", "nightfall", "lunchtime", "teatime", "dinnertime", "daytime", "nighttime", "twilight",
            "hour", "hours", "minute", "minutes", "a.m", "p.m", "am", "pm", "o'clock", "now", "currently",
            "current", "present", "recently", "lately", "past", "future", "ago", "once", "previously", "eve",
            "christmas", "xmas", "x-mas", "halloween", "thanksgiving", "easter", "mayo", "twenties", "thirties",
            "forties", "fifties", "sixties", "seventies", "eighties", "nineties");

    private static SuTimeMentions shared;
    private final TimeExpressionExtractorImpl extractor;

    /** The process-wide extractor: its rules take a second to load. */
    static synchronized SuTimeMentions shared() {
        if (shared == null) {
            shared = new SuTimeMentions();
        }
        return shared;
    }

    private SuTimeMentions() {
        long start = System.nanoTime();
        // The default rule files (defs, english, holidays) and the JollyDay holiday calendar.
        this.extractor = new TimeExpressionExtractorImpl("sutime", new Properties());
        LOG.info("SUTime rules loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** The time expressions of a sentence, read in windows around the words that may start one. */
    List<TimeMention> find(Sentence sentence) {
        List<TimeMention> mentions = new ArrayList<>();
        for (int[] window : windows(sentence.tokens())) {
            mentions.addAll(extract(sentence, window[0], window[1]));
        }
        return mentions;
    }

    /** The time expressions SUTime finds reading the whole sentence; what {@link #find} must agree with. */
    List<TimeMention> findReadingWholeSentence(Sentence sentence) {
        return extract(sentence, 0, sentence.tokens().size());
    }

    /** Token ranges [from, to) around the words that may belong to a time expression, merged when they touch. */
    static List<int[]> windows(List<Token> tokens) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!mayBeTime(tokens.get(i).word())) {
                continue;
            }
            int from = Math.max(0, i - WINDOW_BEFORE);
            int to = Math.min(tokens.size(), i + WINDOW_AFTER + 1);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                windows.add(new int[]{from, to});
            }
        }
        return windows;
    }

    static boolean mayBeTime(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".") && w.length() > 1) {
            w = w.substring(0, w.length() - 1); // "Oct.", "Wed."
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        // Weekdays, "today", "yesterday", "holiday", "Independence Day": every word SUTime reads ending in "day".
        return w.endsWith("day") || w.endsWith("days") || TIME_WORDS.contains(w);
    }

    private List<TimeMention> extract(Sentence sentence, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        List<Token> tokens = sentence.tokens().subList(from, to);
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            CoreLabel label = new CoreLabel();
            label.setWord(t.word());
            label.setValue(t.word());
            label.setOriginalText(t.word());
            label.setTag(t.pos());
            label.setLemma(t.lemma());
            label.setNER(t.ner());
            label.setBeginPosition(t.begin());
            label.setEndPosition(t.end());
            label.setIndex(labels.size() + 1);
            labels.add(label);
        }
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        CoreMap map = new ArrayCoreMap();
        map.set(CoreAnnotations.TokensAnnotation.class, labels);
        map.set(CoreAnnotations.TextAnnotation.class,
                sentence.text().substring(begin - sentence.begin(), end - sentence.begin()));
        map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
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
            TimeMention mention = convert(te, sentence, from, to);
            if (mention != null) {
                mentions.add(mention);
            }
        }
        return mentions;
    }

    private static TimeMention convert(TimeExpression te, Sentence sentence, int from, int to) {
        SUTime.Temporal temporal = te.getTemporal();
        Interval<Integer> span = te.getTokenOffsets();
        if (temporal == null || span == null) {
            return null;
        }
        int begin = from + Math.max(0, span.getBegin());
        int end = Math.min(to, from + span.getEnd());
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
