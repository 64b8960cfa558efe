package org.balancingact.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.balancingact.model.Relation;

/**
 * Which relations hold at a date or within a range, and what changed between two dates. A relation
 * whose dates are fuzzy counts as in force on every day it possibly held: the network then shows what
 * the sources allow, and its details say the date in words.
 */
public final class RelationsInForce {
    private final List<Relation> relations;
    /**
     * Each relation's first and last possible day, worked out once: the network asks at every step of
     * the cursor, and a fuzzy date's bounds cost a calendar computation each time they are asked for.
     */
    private final long[] starts;
    private final long[] ends;

    public RelationsInForce(List<Relation> relations) {
        this.relations = List.copyOf(relations);
        starts = new long[this.relations.size()];
        ends = new long[this.relations.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = TimeSpan.startDay(this.relations.get(i).when());
            ends[i] = TimeSpan.endDay(this.relations.get(i).when());
        }
    }

    public List<Relation> at(LocalDate day) {
        long d = day.toEpochDay();
        List<Relation> found = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            if (holds(i, d)) {
                found.add(relations.get(i));
            }
        }
        return found;
    }

    public List<Relation> during(LocalDate from, LocalDate to) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        List<Relation> found = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            if (TimeSpan.overlaps(starts[i], ends[i], first, last)) {
                found.add(relations.get(i));
            }
        }
        return found;
    }

    private boolean holds(int i, long day) {
        return TimeSpan.overlaps(starts[i], ends[i], day, day);
    }

    /** Relations in force at {@code after} but not at {@code before}, and the other way round. */
    public Changes between(LocalDate before, LocalDate after) {
        List<Relation> began = new ArrayList<>();
        List<Relation> ended = new ArrayList<>();
        long b = before.toEpochDay();
        long a = after.toEpochDay();
        for (int i = 0; i < starts.length; i++) {
            boolean then = holds(i, b);
            boolean now = holds(i, a);
            if (now && !then) {
                began.add(relations.get(i));
            } else if (then && !now) {
                ended.add(relations.get(i));
            }
        }
        return new Changes(began, ended);
    }

    public record Changes(List<Relation> began, List<Relation> ended) {
        public Changes {
            began = List.copyOf(began);
            ended = List.copyOf(ended);
        }

        public boolean isEmpty() {
            return began.isEmpty() && ended.isEmpty();
        }
    }
}
