package org.annalist.actors;

import java.time.LocalDate;

/**
 * An office or position a person held between two dates.
 *
 * @param code   ISO3, IGO or IMG
 * @param sector PLOVER sector of the role
 * @param title  the role's name ("Foreign Minister")
 * @param from   first day, inclusive
 * @param to     last day, inclusive, or {@code null} while the role is held
 * @param entry  "people.tsv:12"
 */
public record Role(String code, String sector, String title, LocalDate from, LocalDate to, String entry) {
    public boolean heldOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
