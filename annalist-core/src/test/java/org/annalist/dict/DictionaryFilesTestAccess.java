package org.annalist.dict;

import java.io.InputStream;
import java.util.List;

/** Lets tests of other packages parse dictionary text held in memory. */
public final class DictionaryFilesTestAccess {
    private DictionaryFilesTestAccess() {
    }

    public static List<DictionaryLine> read(String name, InputStream in) {
        return DictionaryFiles.read(name, in);
    }
}
