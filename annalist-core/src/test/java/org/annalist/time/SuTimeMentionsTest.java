package org.annalist.time;

import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.testing.SharedNlp;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SUTime on a sentence's own tokens, read in windows around the words that may hold a date. */
class SuTimeMentionsTest {
    private static final String TEXT = String.join("\n\n",
            "On Wednesday night, Russia vetoed a United Nations Security Council resolution.",
            "The council met earlier this month and again last week, two days after the attack on April 4, 2017.",
            "Syrian troops shelled rebel positions near Idlib three and a half years ago and in the spring of 2013.",
            "Lavrov will meet Tillerson in Geneva on Oct. 31 at 3 p.m. to discuss a ceasefire, officials said.",
            "The talks, which lasted several hours, ended at midnight on the eve of Christmas.",
            "Russia has vetoed eight resolutions since 2011 and may do so again next Monday or in May.",
            "The United States condemned the veto on the afternoon of Wednesday, April 12, in a statement.",
            "Protesters gathered in the capital for the third time in a year, the past two weeks saw clashes.",
            "Turkey accused Syria of attacking its border posts yesterday and the day before yesterday.",
            "No date at all stands in this sentence about the foreign minister and his counterpart.");

    private static List<Sentence> sentences() {
        AnnotatedArticle a = SharedNlp.annotator().annotate(
                new Article("t", "", LocalDate.of(2017, 4, 17), TEXT, null, null, "test"));
        return a.sentences();
    }

    private static String describe(List<TimeMention> mentions) {
        return mentions.stream().map(m -> m.begin() + "-" + m.end() + " " + m.text() + " " + m.type() + " "
                + m.value() + " " + m.form()).toList().toString();
    }

    @Test
    void readingWindows_findsWhatReadingTheWholeSentenceFinds() {
        SuTimeMentions sutime = SuTimeMentions.shared();
        for (Sentence s : sentences()) {
            assertThat(describe(sutime.find(s))).as(s.text()).isEqualTo(describe(sutime.findReadingWholeSentence(s)));
        }
    }

    @Test
    void aSentenceWithoutTimeWords_isNotReadAtAll() {
        Sentence last = sentences().get(9);
        assertThat(SuTimeMentions.windows(last.tokens())).isEmpty();
        assertThat(SuTimeMentions.shared().find(last)).isEmpty();
    }

    @Test
    void mentions_standAtTheirTokens_andKeepTheUngroundedForm() {
        List<TimeMention> first = SuTimeMentions.shared().find(sentences().get(0));
        assertThat(first).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Wednesday night");
            assertThat(m.begin()).isEqualTo(1);
            assertThat(m.end()).isEqualTo(3);
            assertThat(m.type()).isEqualTo("TIME");
            assertThat(m.form()).startsWith("XXXX-WXX-3");
        });
    }
}
