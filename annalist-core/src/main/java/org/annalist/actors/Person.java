package org.annalist.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A known person and the roles they held, ordered by start date. */
public record Person(String name, List<Role> roles) {
    public Person {
        roles = roles.stream().sorted(Comparator.comparing(Role::from)).toList();
    }

    /**
     * What the person was on {@code date}: the role held then; otherwise the latest earlier role, as a former
     * official (ELI) when it was a government role; before any role, a civilian of the first role's country.
     * Without a date, the latest role.
     */
    public Role roleOn(LocalDate date) {
        Role last = roles.get(roles.size() - 1);
        if (date == null) {
            return last;
        }
        Role current = null;
        Role before = null;
        for (Role role : roles) {
            if (role.heldOn(date)) {
                // Of overlapping roles the later-started one is usually the more specific (a minister who is also an MP).
                current = role;
            } else if (role.to() != null && role.to().isBefore(date)) {
                before = role;
            }
        }
        if (current != null) {
            return current;
        }
        if (before != null) {
            String sector = before.sector().equals("GOV") ? "ELI" : before.sector();
            return new Role(before.code(), sector, "former " + before.title(), before.from(), before.to(), before.entry());
        }
        Role first = roles.get(0);
        return new Role(first.code(), "CVL", "before " + first.title(), first.from(), first.to(), first.entry());
    }
}
