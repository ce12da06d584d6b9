package org.annalist.actors;

/** A run of tokens [start, end) that matched a dictionary phrase, or an unknown person's name (entry null). */
record Piece(int start, int end, Entry entry) {
    boolean isUnknownPerson() {
        return entry == null;
    }

    Entry.Kind kind() {
        return entry == null ? null : entry.kind();
    }
}
