package org.annalist.testing;

import org.annalist.nlp.Annotator;
import org.annalist.nlp.CoreNlpAnnotator;
import org.annalist.pipeline.Annalist;
import org.annalist.pipeline.AnnalistBuilder;

/** One CoreNLP pipeline per test JVM: loading the models takes seconds, so every test shares them. */
public final class SharedNlp {
    private static Annotator annotator;
    private static Annalist annalist;

    private SharedNlp() {
    }

    public static synchronized Annotator annotator() {
        if (annotator == null) {
            annotator = CoreNlpAnnotator.shared();
        }
        return annotator;
    }

    /** The default coder, on the shared annotator. */
    public static synchronized Annalist annalist() {
        if (annalist == null) {
            annalist = AnnalistBuilder.defaults().annotator(annotator()).build();
        }
        return annalist;
    }
}
