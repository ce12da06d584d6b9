package org.annalist.ontology;

/**
 * One CAMEO event code with its Goldstein score, quad class and PLOVER equivalent.
 *
 * @param code          "12", "129", "1211"
 * @param name          the codebook's name
 * @param goldstein     Goldstein score (GDELT's table), -10 to +10
 * @param ploverEvent   PLOVER 2021 event type, or {@code null} when the code has none
 * @param ploverMode    PLOVER mode, or {@code null}
 * @param ploverContext PLOVER context, or {@code null}
 */
public record CameoCode(String code, String name, double goldstein, String ploverEvent, String ploverMode,
                        String ploverContext) {

    /** The two-digit root: "12" for "1211". */
    public String root() {
        return code.substring(0, 2);
    }

    /** GDELT's quad class: 01–05 verbal cooperation (1), 06–08 material cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4). */
    public int quadClass() {
        int root = Integer.parseInt(root());
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        return root <= 13 ? 3 : 4;
    }

    /** Whether {@code other} is this code or one of its descendants ("12" covers "129" and "1211"). */
    public boolean covers(String other) {
        return other.startsWith(code);
    }
}
