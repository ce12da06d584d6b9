package org.annalist.analysis;

/**
 * A terminal bar for a Goldstein score (-10 to +10): conflict grows left of a centre line, cooperation right,
 * so a column of bars reads as a chart of the series.
 *
 * <pre>{@code
 *   -2.50  "          ▐████│                    "
 *   +1.00  "               │██                  "
 * }</pre>
 */
public final class GoldsteinBar {
    private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    private final int halfWidth;

    /** @param halfWidth cells for 10 points each side of the centre line */
    public GoldsteinBar(int halfWidth) {
        if (halfWidth < 1) {
            throw new IllegalArgumentException("a bar needs at least one cell a side, not " + halfWidth);
        }
        this.halfWidth = halfWidth;
    }

    /** The scale line to print above a column of bars: "-10", "0" and "+10" at the ends and the centre. */
    public String axis() {
        char[] line = " ".repeat(2 * halfWidth + 1).toCharArray();
        put(line, 0, "-10");
        put(line, halfWidth, "0");
        put(line, 2 * halfWidth + 1 - 3, "+10");
        return new String(line);
    }

    /** The bar, always {@code 2 * halfWidth + 1} characters; blank but for the centre line when there is no value. */
    public String render(Double value) {
        String left = " ".repeat(halfWidth);
        String right = " ".repeat(halfWidth);
        if (value != null && value != 0) {
            double cells = Math.min(Math.abs(value), 10) / 10 * halfWidth;
            if (value < 0) {
                // Left of the line only a right half block exists to show a part of a cell.
                long halves = Math.round(cells * 2);
                String bar = (halves % 2 == 1 ? "▐" : "") + "█".repeat((int) (halves / 2));
                left = " ".repeat(halfWidth - bar.length()) + bar;
            } else {
                long eighths = Math.round(cells * 8);
                String bar = "█".repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
                right = bar + " ".repeat(halfWidth - bar.length());
            }
        }
        return left + "│" + right;
    }

    private static void put(char[] line, int at, String text) {
        for (int i = 0; i < text.length() && at + i < line.length; i++) {
            line[at + i] = text.charAt(i);
        }
    }
}
