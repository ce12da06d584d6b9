package org.annalist.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.annalist.model.Article;

/**
 * Reads news articles from plain-text files, JSONL files, directories holding either, and standard input
 * ({@code -}). Bad input is reported as {@link ReadProblem}s and skipped; reading never stops because of it.
 *
 * <p>Files whose name ends in {@code .jsonl} or {@code .ndjson} are JSONL, one article per line; any other file
 * is one plain-text article. Standard input is JSONL when its first non-blank character is <code>{</code>.
 * See {@code docs/input-formats.md}.
 *
 * <p>Instances hold no state between calls and may be shared between threads; each returned stream is for one
 * thread.
 */
public final class ArticleReader {
    /** A plain-text article larger than this is almost certainly a file given by mistake (a JSONL dump, say). */
    static final int MAX_TEXT_BYTES = 8 * 1024 * 1024;

    private final InputStream stdin;

    /** A reader whose {@code -} input is the process's standard input. */
    public ArticleReader() {
        this(System.in);
    }

    /** A reader whose {@code -} input is {@code stdin}; the reader never closes it. */
    public ArticleReader(InputStream stdin) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /**
     * Streams the articles of all inputs in order; problems go to the listener.
     *
     * <p>Inputs are file paths, directory paths (read recursively in sorted path order, skipping hidden files)
     * or {@code -} for standard input. Reading is lazy: a file is opened only when the stream reaches it, and
     * JSONL is read a line at a time. Problems are reported, and logged at WARN, as the stream reaches them.
     * Close the stream (try-with-resources) when it may be abandoned before its end, so that the open file
     * is released.
     *
     * @param inputs   paths as the user gave them, or {@code -}
     * @param problems told about each line or file that was skipped
     */
    public Stream<Article> read(List<String> inputs, Consumer<ReadProblem> problems) {
        Cursor cursor = new Cursor(List.copyOf(inputs), new Problems(Objects.requireNonNull(problems, "problems")));
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(cursor::close);
    }

    /** A short reason for an I/O failure, fit for a user message. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static boolean isJsonl(Path path) {
        String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /**
     * One input still to read: as the user gave it ({@code path} is null), or a file found in a directory.
     */
    private record Input(String origin, Path path) {
    }

    /** Walks the inputs, opening each when the previous one is used up. */
    private final class Cursor implements Iterator<Article> {
        private final Deque<Input> pending = new ArrayDeque<>();
        private final Problems problems;
        private Iterator<Article> current = Collections.emptyIterator();
        private boolean stdinRead;

        Cursor(List<String> inputs, Problems problems) {
            inputs.forEach(input -> pending.add(new Input(input, null)));
            this.problems = problems;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                close();
                Input input = pending.poll();
                if (input == null) {
                    return false;
                }
                current = open(input);
            }
            return true;
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        void close() {
            if (current instanceof JsonLines lines) {
                lines.close();
            }
            current = Collections.emptyIterator();
        }

        private Iterator<Article> open(Input input) {
            if (input.path() != null) {
                return file(input.path(), input.origin());
            }
            String given = input.origin();
            if (given.equals("-")) {
                return stdin();
            }
            if (given.isBlank()) {
                problems.report("\"" + given + "\"", "empty path");
                return Collections.emptyIterator();
            }
            Path path;
            try {
                path = Path.of(given);
            } catch (InvalidPathException e) {
                problems.report(given, "not a valid path (" + e.getReason() + ")");
                return Collections.emptyIterator();
            }
            if (Files.isDirectory(path)) {
                expand(path, given);
                return Collections.emptyIterator();
            }
            return file(path, given);
        }

        private Iterator<Article> file(Path path, String origin) {
            InputStream in = null;
            try {
                in = Files.newInputStream(path);
                byte[] head = in.readNBytes(Utf8.SNIFF_BYTES);
                String notText = Utf8.notTextReason(head, head.length < Utf8.SNIFF_BYTES);
                if (notText != null) {
                    problems.report(origin, notText);
                    in.close();
                    return Collections.emptyIterator();
                }
                if (isJsonl(path)) {
                    // The stream now belongs to the JSONL iterator, which closes it at its end.
                    return new JsonLines(new SequenceInputStream(new ByteArrayInputStream(head), in), origin, problems);
                }
                try (InputStream rest = in) {
                    String id = String.valueOf(path.getFileName());
                    return text(head, rest, id, origin, "empty file");
                }
            } catch (IOException e) {
                problems.report(origin, describe(e));
                closeQuietly(in);
                return Collections.emptyIterator();
            }
        }

        private Iterator<Article> stdin() {
            if (stdinRead) {
                problems.report("-", "standard input was already read");
                return Collections.emptyIterator();
            }
            stdinRead = true;
            // The process's standard input is not ours to close.
            InputStream in = new FilterInputStream(stdin) {
                @Override
                public void close() {
                }
            };
            try {
                byte[] head = in.readNBytes(Utf8.SNIFF_BYTES);
                String notText = Utf8.notTextReason(head, head.length < Utf8.SNIFF_BYTES);
                if (notText != null) {
                    problems.report("-", notText);
                    return Collections.emptyIterator();
                }
                int first = firstNonBlank(head);
                while (first < 0 && head.length > 0 && head.length % Utf8.SNIFF_BYTES == 0) {
                    // Nothing but white space so far: keep looking for the character that decides the format.
                    byte[] more = in.readNBytes(Utf8.SNIFF_BYTES);
                    if (more.length == 0) {
                        break;
                    }
                    head = concat(head, more);
                    first = firstNonBlank(head);
                }
                if (first >= 0 && head[first] == '{') {
                    return new JsonLines(new SequenceInputStream(new ByteArrayInputStream(head), in), "-", problems);
                }
                return text(head, in, "stdin", "-", "empty input");
            } catch (IOException e) {
                problems.report("-", describe(e));
                return Collections.emptyIterator();
            }
        }

        /** Reads one plain-text article, whose first bytes {@code head} have already been taken from {@code rest}. */
        private Iterator<Article> text(byte[] head, InputStream rest, String id, String origin, String emptyMessage)
                throws IOException {
            byte[] bytes = concat(head, rest.readNBytes(MAX_TEXT_BYTES + 1 - head.length));
            if (bytes.length > MAX_TEXT_BYTES) {
                problems.report(origin, "too large for a plain-text article (over " + MAX_TEXT_BYTES / (1024 * 1024)
                        + " MB); JSONL files must be named *.jsonl or *.ndjson");
                return Collections.emptyIterator();
            }
            String content;
            try {
                content = Utf8.decode(bytes);
            } catch (CharacterCodingException e) {
                problems.report(origin, Utf8.invalidMessage(bytes));
                return Collections.emptyIterator();
            }
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1); // byte order mark written by some Windows editors
            }
            if (content.isBlank()) {
                problems.report(origin, emptyMessage);
                return Collections.emptyIterator();
            }
            return PlainText.parse(content, id, origin, problems).stream().iterator();
        }

        /** Queues the files under {@code dir} to be read next, in sorted path order. */
        private void expand(Path dir, String origin) {
            List<Path> files = new ArrayList<>();
            int[] failures = {0};
            try {
                Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                                return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE
                                        : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                if (attrs.isRegularFile() && !isHidden(file)) {
                                    files.add(file);
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                if (file.equals(dir) || !isHidden(file)) {
                                    failures[0]++;
                                    problems.report(file.toString(), describe(e));
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                                if (e != null) {
                                    failures[0]++;
                                    problems.report(d.toString(), describe(e));
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                failures[0]++;
                problems.report(origin, describe(e));
            }
            if (files.isEmpty() && failures[0] == 0) {
                problems.report(origin, "no files in directory");
            }
            files.sort(byNames(dir));
            for (int i = files.size() - 1; i >= 0; i--) {
                pending.addFirst(new Input(files.get(i).toString(), files.get(i)));
            }
        }
    }

    /**
     * Orders paths under {@code root} name by name, so that a directory's files come where its name sorts and
     * the order is the same on every platform.
     */
    private static Comparator<Path> byNames(Path root) {
        return (a, b) -> {
            Path ra = root.relativize(a);
            Path rb = root.relativize(b);
            int n = Math.min(ra.getNameCount(), rb.getNameCount());
            for (int i = 0; i < n; i++) {
                int c = ra.getName(i).toString().compareTo(rb.getName(i).toString());
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(ra.getNameCount(), rb.getNameCount());
        };
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Index of the first byte that is not white space or part of a byte order mark, or -1. */
    private static int firstNonBlank(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        for (; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (b.length == 0) {
            return a;
        }
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // Already reporting the failure that matters.
            }
        }
    }
}
