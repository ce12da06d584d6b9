package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the stored article that a new one copies: candidates share an LSH band key with it (table
 * {@code article_bands}), and a candidate counts when the MinHash estimate of their Jaccard similarity
 * reaches the threshold. A copy of a copy is linked to the first version, so each family has one root.
 */
final class NearDuplicates implements AutoCloseable {

    /** The root of the family the article belongs to, and the best estimated similarity to one of its members. */
    record Link(String rootId, double similarity) {
    }

    private record Root(String id, LocalDate date, long seq) {
    }

    private final double threshold;
    private final PreparedStatement candidates;
    private final PreparedStatement roots;

    NearDuplicates(Connection c, double threshold) throws SQLException {
        this.threshold = threshold;
        this.candidates = c.prepareStatement("""
                SELECT a.id, a.duplicate_of, a.minhash
                FROM articles a
                WHERE a.seq IN (SELECT article_seq FROM article_bands WHERE band_key IN (%s))
                  AND a.minhash IS NOT NULL""".formatted("?,".repeat(MinHash.BANDS - 1) + "?"));
        this.roots = c.prepareStatement("SELECT id, date, seq FROM articles WHERE id = ?");
    }

    /** The family this signature's text belongs to, if any stored article is similar enough. */
    Optional<Link> find(int[] signature, long[] bandKeys) throws SQLException {
        if (threshold > 1 || MinHash.isEmpty(signature)) {
            return Optional.empty();
        }
        for (int i = 0; i < bandKeys.length; i++) {
            candidates.setLong(i + 1, bandKeys[i]);
        }
        Map<String, Double> bestByRoot = new HashMap<>();
        try (ResultSet rs = candidates.executeQuery()) {
            while (rs.next()) {
                double similarity = MinHash.similarity(signature, MinHash.fromBytes(rs.getBytes("minhash")));
                if (similarity >= threshold) {
                    String root = rs.getString("duplicate_of") != null ? rs.getString("duplicate_of") : rs.getString("id");
                    bestByRoot.merge(root, similarity, Math::max);
                }
            }
        }
        if (bestByRoot.isEmpty()) {
            return Optional.empty();
        }
        if (bestByRoot.size() == 1) {
            var only = bestByRoot.entrySet().iterator().next();
            return Optional.of(new Link(only.getKey(), only.getValue()));
        }
        // Similar to several families (say, two rewrites of one wire story stored before they were seen to
        // match): link to the earliest, by publication date and then by order of storing.
        Root earliest = null;
        Comparator<Root> order = Comparator.comparing(Root::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Root::seq);
        for (String id : bestByRoot.keySet()) {
            roots.setString(1, id);
            try (ResultSet rs = roots.executeQuery()) {
                if (rs.next()) {
                    Root root = new Root(id, rs.getObject("date", LocalDate.class), rs.getLong("seq"));
                    if (earliest == null || order.compare(root, earliest) < 0) {
                        earliest = root;
                    }
                }
            }
        }
        return earliest == null ? Optional.empty() : Optional.of(new Link(earliest.id(), bestByRoot.get(earliest.id())));
    }

    @Override
    public void close() throws SQLException {
        candidates.close();
        roots.close();
    }
}
