package org.annalist.store;

import org.annalist.model.Article;
import org.annalist.model.Event;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores coded articles: first {@link #admit} each article read (is it new, already stored, or an exact copy
 * of one?), then {@link #add} the events of each admitted article once coded, in input order.
 *
 * <p>Articles are written in batches, one transaction each (see {@link IngestSettings}); an article's row is
 * written after its mentions, in the same transaction, so a stored article always has all its mentions, and an
 * ingest stopped at any point (even by kill -9) is finished by running it again: what was committed is
 * skipped, what was not is coded again. {@link #close()} commits the last batch.
 *
 * <p>Not thread-safe: admit and add from one thread (the one that reads and collects in order).
 */
public final class Ingest implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    /** What to do with an article read. */
    public enum Admission {
        /** New: code it and {@link #add} its events. */
        CODE,
        /** Stored before (same id), or already seen in this run: nothing to do. */
        STORED,
        /** Same text as a stored or admitted article: linked to it and given its mentions, without coding. */
        COPY
    }

    /** What this ingest has done so far. */
    public record Stats(long stored, long nearCopies, long exactCopies, long alreadyStored, long mentions,
                        long droppedCopies) {
    }

    private final Store store;
    private final Connection c;
    private final IngestSettings settings;
    private final int windowDays;
    private final NearDuplicates nearDuplicates;
    private final PreparedStatement findStored;
    private final PreparedStatement existingEvents;
    private final PreparedStatement originalMentions;
    private long nextSeq;

    private boolean inBatch;
    private long batchStart;
    private int batchArticles;
    private long batchFirstSeq;
    private DuckDBAppender mentionAppender;
    private DuckDBAppender articleAppender;
    private DuckDBAppender bandAppender;
    private boolean broken;

    // Articles admitted for coding and not yet added, by content hash; and their exact copies read meanwhile.
    private final Map<String, String> pendingByHash = new HashMap<>();
    private final Set<String> seenIds = new HashSet<>();
    private final Map<String, List<Article>> waitingCopies = new LinkedHashMap<>();

    private long stored;
    private long nearCopies;
    private long exactCopies;
    private long alreadyStored;
    private long mentions;
    private long droppedCopies;

    Ingest(Store store, IngestSettings settings) {
        this.store = store;
        this.c = store.connection();
        this.settings = settings;
        try {
            this.windowDays = settleWindow(settings.dedupWindowDays());
            this.nearDuplicates = new NearDuplicates(c, settings.nearDuplicateThreshold());
            this.findStored = c.prepareStatement("""
                    SELECT id, duplicate_of, similarity FROM articles WHERE id = ? OR content_hash = ?
                    ORDER BY (id = ?) DESC, seq LIMIT 1""");
            this.existingEvents = c.prepareStatement("SELECT 1 FROM mentions WHERE event_id = ? LIMIT 1");
            this.originalMentions = c.prepareStatement("""
                    SELECT event_id, date, source_code, source_sector, target_code, target_sector, root_code
                    FROM mentions WHERE article_id = ? AND event_id IS NOT NULL ORDER BY sentence""");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
                rs.next();
                nextSeq = rs.getLong(1) + 1;
            }
            c.commit();
        } catch (SQLException e) {
            throw failure("could not start storing", e);
        }
    }

    /** The dedup window of the database: set by the first ingest, and the same for every later one. */
    private int settleWindow(Integer requested) throws SQLException {
        try (PreparedStatement get = c.prepareStatement("SELECT value FROM settings WHERE name = 'dedup_window_days'");
             ResultSet rs = get.executeQuery()) {
            if (rs.next()) {
                int stored = Integer.parseInt(rs.getString(1));
                if (requested != null && requested != stored) {
                    throw new StoreUnavailableException(store.file() + " deduplicates events within " + stored
                            + "-day windows; it cannot be changed to " + requested
                            + " (its event ids depend on it): give another --db");
                }
                return stored;
            }
        }
        int days = requested != null ? requested : IngestSettings.DEFAULT_WINDOW_DAYS;
        try (PreparedStatement put = c.prepareStatement("INSERT INTO settings VALUES ('dedup_window_days', ?)")) {
            put.setString(1, Integer.toString(days));
            put.executeUpdate();
        }
        c.commit();
        return days;
    }

    /** The dedup window, in days, of this database. */
    public int windowDays() {
        return windowDays;
    }

    /** Decides what to do with an article read; an exact copy of a stored article is stored at once. */
    public Admission admit(Article article) {
        checkUsable();
        if (!seenIds.add(article.id())) {
            alreadyStored++;
            return Admission.STORED;
        }
        String hash = EventKeys.contentHash(article.text());
        try {
            beginBatch();
            findStored.setString(1, article.id());
            findStored.setString(2, hash);
            findStored.setString(3, article.id());
            try (ResultSet rs = findStored.executeQuery()) {
                if (rs.next()) {
                    if (rs.getString("id").equals(article.id())) {
                        alreadyStored++;
                        return Admission.STORED;
                    }
                    String root = rs.getString("duplicate_of");
                    storeExactCopy(article, hash, rs.getString("id"),
                            root != null ? root : rs.getString("id"), root != null ? rs.getDouble("similarity") : 1.0);
                    commitIfDue();
                    return Admission.COPY;
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw abort("could not look up article " + article.id() + " (" + article.origin() + ")", e);
        }
        String original = pendingByHash.get(hash);
        if (original != null) {
            waitingCopies.computeIfAbsent(original, k -> new ArrayList<>()).add(article);
            return Admission.COPY;
        }
        pendingByHash.put(hash, article.id());
        commitIfDue();
        return Admission.CODE;
    }

    /** Stores an admitted article with the events coded from it, and the exact copies of it read meanwhile. */
    public void add(Article article, List<Event> events) {
        checkUsable();
        String hash = EventKeys.contentHash(article.text());
        try {
            beginBatch();
            int[] signature = MinHash.signature(article.text());
            long[] bandKeys = MinHash.bandKeys(signature);
            Optional<NearDuplicates.Link> link = nearDuplicates.find(signature, bandKeys);

            Map<String, Event> unique = new LinkedHashMap<>();
            for (Event e : events) {
                unique.putIfAbsent(e.eventId(), e); // the coder's ids are unique per article; a repeat is the same mention
            }
            List<Event> list = new ArrayList<>(unique.values());
            List<String> eventIds = new ArrayList<>();
            for (Event e : list) {
                eventIds.add(EventKeys.eventId(e, article.id(), windowDays));
            }
            if (link.isPresent()) {
                attachToOriginal(list, eventIds, link.get().rootId());
            }
            for (int i = 0; i < list.size(); i++) {
                MentionRows.append(mentionAppender, list.get(i), list.get(i).eventId(), article.id(), eventIds.get(i));
            }
            mentionAppender.flush();
            long seq = nextSeq++;
            if (!MinHash.isEmpty(signature)) {
                for (long key : bandKeys) {
                    bandAppender.beginRow().append(key).append(seq).endRow();
                }
                bandAppender.flush();
            }
            appendArticle(article, seq, hash, link.map(NearDuplicates.Link::rootId).orElse(null),
                    link.map(NearDuplicates.Link::similarity).orElse(null), link.isPresent() ? "near" : null,
                    list.size(), MinHash.toBytes(signature));
            stored++;
            mentions += list.size();
            if (link.isPresent()) {
                nearCopies++;
                LOG.debug("{} is a near copy of {} (similarity {})", article.id(), link.get().rootId(), link.get().similarity());
            }
            pendingByHash.remove(hash);
            String root = link.map(NearDuplicates.Link::rootId).orElse(article.id());
            double similarity = link.map(NearDuplicates.Link::similarity).orElse(1.0);
            for (Article copy : waitingCopies.getOrDefault(article.id(), List.of())) {
                storeExactCopy(copy, hash, article.id(), root, similarity);
            }
            waitingCopies.remove(article.id());
        } catch (SQLException | RuntimeException e) {
            throw abort("could not store article " + article.id() + " (" + article.origin() + ")", e);
        }
        commitIfDue();
    }

    /**
     * Notes that an admitted article could not be coded. It is not stored (a later run tries again), and
     * neither are its exact copies read meanwhile.
     *
     * @return how many exact copies were dropped with it
     */
    public int failed(Article article) {
        pendingByHash.values().remove(article.id());
        seenIds.remove(article.id());
        List<Article> copies = waitingCopies.remove(article.id());
        if (copies == null) {
            return 0;
        }
        copies.forEach(copy -> seenIds.remove(copy.id()));
        droppedCopies += copies.size();
        return copies.size();
    }

    /**
     * A copy's mentions join the events its original reported, not new ones: each joins the event with its own
     * key if one exists, or else the original's event with the same actors and CAMEO root (the nearest in date,
     * as a republished copy may carry a later date), or else none (its event_id stays NULL).
     */
    private void attachToOriginal(List<Event> events, List<String> eventIds, String rootId) throws SQLException {
        record OriginalMention(String eventId, LocalDate date, EventKeys.Dyad dyad) {
        }
        List<OriginalMention> originals = null;
        for (int i = 0; i < events.size(); i++) {
            existingEvents.setString(1, eventIds.get(i));
            try (ResultSet rs = existingEvents.executeQuery()) {
                if (rs.next()) {
                    continue;
                }
            }
            if (originals == null) {
                originals = new ArrayList<>();
                originalMentions.setString(1, rootId);
                try (ResultSet rs = originalMentions.executeQuery()) {
                    while (rs.next()) {
                        originals.add(new OriginalMention(rs.getString("event_id"), rs.getObject("date", LocalDate.class),
                                EventKeys.Dyad.of(rs.getString("source_code"), rs.getString("source_sector"),
                                        rs.getString("target_code"), rs.getString("target_sector"), rs.getString("root_code"))));
                    }
                }
            }
            Event e = events.get(i);
            EventKeys.Dyad dyad = EventKeys.Dyad.of(e);
            LocalDate date = e.date() == null ? null : LocalDate.parse(e.date());
            OriginalMention best = null;
            for (OriginalMention o : originals) {
                if (o.dyad().equals(dyad) && (best == null || distance(date, o.date()) < distance(date, best.date()))) {
                    best = o;
                }
            }
            eventIds.set(i, best == null ? null : best.eventId());
        }
    }

    private static long distance(LocalDate a, LocalDate b) {
        return a == null || b == null ? Long.MAX_VALUE / 2 : Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    /** An article with the same text as {@code sourceId}: its mentions are copied, and it is linked to the root. */
    private void storeExactCopy(Article copy, String hash, String sourceId, String rootId, double similarity)
            throws SQLException {
        mentionAppender.flush();
        String columns = String.join(", ", MentionRows.COLUMNS.subList(2, MentionRows.COLUMNS.size()));
        int copied;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO mentions SELECT substr(md5(? || '/' || mention_id), 1, 16), ?, "
                + columns + " FROM mentions WHERE article_id = ?")) {
            insert.setString(1, copy.id());
            insert.setString(2, copy.id());
            insert.setString(3, sourceId);
            copied = insert.executeUpdate();
        }
        appendArticle(copy, nextSeq++, hash, rootId, similarity, "exact", copied, null);
        exactCopies++;
        mentions += copied;
        LOG.debug("{} is an exact copy of {}", copy.id(), sourceId);
    }

    private void appendArticle(Article a, long seq, String hash, String duplicateOf, Double similarity, String kind,
                               int mentionCount, byte[] minhash) throws SQLException {
        DuckDBAppender ap = articleAppender;
        ap.beginRow().append(a.id()).append(seq).append(a.title());
        if (a.date() == null) {
            ap.appendNull();
        } else {
            ap.append(a.date());
        }
        text(ap, a.source());
        text(ap, a.url());
        text(ap, a.origin());
        ap.append(hash);
        text(ap, duplicateOf);
        if (similarity == null) {
            ap.appendNull();
        } else {
            ap.append(similarity.doubleValue());
        }
        text(ap, kind);
        ap.append(mentionCount);
        if (minhash == null) {
            ap.appendNull();
        } else {
            ap.append(minhash);
        }
        ap.append(LocalDateTime.now(ZoneOffset.UTC));
        ap.endRow();
        ap.flush();
        batchArticles++;
    }

    private static void text(DuckDBAppender ap, String s) throws SQLException {
        if (s == null) {
            ap.appendNull();
        } else {
            ap.append(s);
        }
    }

    private void beginBatch() throws SQLException {
        if (inBatch) {
            return;
        }
        // A DuckDB appender (JDBC 2.0.0.1) joins the connection's transaction only if a statement has begun one;
        // otherwise it commits on its own, and a crash would leave mentions without their article.
        try (Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        }
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        mentionAppender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions");
        articleAppender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
        bandAppender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "article_bands");
        inBatch = true;
        batchStart = System.nanoTime();
        batchArticles = 0;
        batchFirstSeq = nextSeq;
    }

    private void commitIfDue() {
        if (inBatch && (batchArticles >= settings.batchArticles()
                || System.nanoTime() - batchStart >= settings.batchTime().toNanos())) {
            commit();
        }
    }

    /** Commits the articles stored so far, with their events brought up to date. */
    public void commit() {
        checkUsable();
        if (!inBatch) {
            return;
        }
        try {
            closeAppenders();
            if (nextSeq > batchFirstSeq) {
                try (PreparedStatement delete = c.prepareStatement(EventRows.DELETE_TOUCHED);
                     PreparedStatement insert = c.prepareStatement(EventRows.INSERT_TOUCHED)) {
                    delete.setLong(1, batchFirstSeq);
                    delete.executeUpdate();
                    insert.setLong(1, batchFirstSeq);
                    insert.executeUpdate();
                }
            }
            c.commit();
            LOG.debug("committed {} articles; {} stored in this run", batchArticles, stored + exactCopies);
        } catch (SQLException | RuntimeException e) {
            throw abort("could not commit " + batchArticles + " articles", e);
        } finally {
            inBatch = false;
        }
    }

    public Stats stats() {
        return new Stats(stored, nearCopies, exactCopies, alreadyStored, mentions, droppedCopies);
    }

    /** Commits the last batch (unless a failure already rolled it back). Does not close the store. */
    @Override
    public void close() {
        try {
            if (!broken) {
                commit();
            }
            for (List<Article> copies : waitingCopies.values()) {
                droppedCopies += copies.size(); // their original was admitted but never added: nothing to copy
            }
            waitingCopies.clear();
        } finally {
            try {
                closeAppenders();
                nearDuplicates.close();
                findStored.close();
                existingEvents.close();
                originalMentions.close();
            } catch (SQLException e) {
                LOG.warn("{}: could not release a statement: {}", store.file(), e.getMessage());
            }
        }
    }

    private void closeAppenders() throws SQLException {
        for (DuckDBAppender a : new DuckDBAppender[]{mentionAppender, articleAppender, bandAppender}) {
            if (a != null && !a.isClosed()) {
                a.close();
            }
        }
        mentionAppender = null;
        articleAppender = null;
        bandAppender = null;
    }

    private void checkUsable() {
        if (broken) {
            throw new IllegalStateException(store.file() + ": storing stopped after an earlier failure");
        }
    }

    /** Rolls the open batch back (its articles are coded again next time) and says what failed. */
    private StoreException abort(String what, Exception e) {
        broken = true;
        inBatch = false;
        try {
            closeAppenders();
        } catch (SQLException ignored) {
            // The rollback below discards what they held.
        }
        try {
            c.rollback();
        } catch (SQLException rollback) {
            e.addSuppressed(rollback);
        }
        return e instanceof StoreException se ? se : failure(what, e);
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(store.file() + ": " + what + ": " + e.getMessage(), e);
    }
}
