package org.annalist.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP annotator: tokenize, ssplit, pos, lemma, ner (coarse) and the neural dependency parser.
 *
 * <p>Why these annotators: NER's fine-grained rules, SUTime and entity mentions cost 7x its speed and the
 * coder needs none of them (actors come from our dictionaries, dates are resolved later, only on sentences
 * that hold events); the constituency parser is 40x slower than the dependency parser the coder reads.
 * Thread-safe: CoreNLP annotators without quote attribution may be shared by threads.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    /** Title and body are joined by a blank line so the title is always a sentence of its own. */
    static final String TITLE_SEPARATOR = "\n\n";

    private static CoreNlpAnnotator shared;
    private final StanfordCoreNLP pipeline;

    /** The process-wide annotator: the models take seconds and hundreds of MB to load, so load them once. */
    public static synchronized CoreNlpAnnotator shared() {
        if (shared == null) {
            shared = new CoreNlpAnnotator();
        }
        return shared;
    }

    public CoreNlpAnnotator() {
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(properties());
        LOG.info("CoreNLP models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // A blank line ends a sentence: keeps the headline and paragraphs apart even without final punctuation.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        return props;
    }

    /** The text that is analysed: the title, a blank line, then the body; offsets in tokens refer to it. */
    public static String analysedText(Article article) {
        return article.title().isBlank() ? article.text() : article.title().strip() + TITLE_SEPARATOR + article.text();
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        String text = analysedText(article);
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        int titleEnd = article.title().isBlank() ? 0 : article.title().strip().length();
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (CoreMap coreSentence : coreSentences) {
            sentences.add(convert(sentences.size(), coreSentence, text, titleEnd));
        }
        return new AnnotatedArticle(article, sentences);
    }

    private static Sentence convert(int index, CoreMap sentence, String text, int titleEnd) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            String ner = label.ner() == null ? "O" : label.ner();
            tokens.add(new Token(i, label.word(), label.lemma(), label.tag(), ner, label.beginPosition(),
                    label.endPosition()));
        }
        List<Dependency> dependencies = new ArrayList<>();
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (var root : graph.getRoots()) {
                dependencies.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                dependencies.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                        edge.getRelation().toString()));
            }
        }
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, text.substring(begin, end), begin, end, tokens, dependencies,
                titleEnd > 0 && end <= titleEnd);
    }
}
