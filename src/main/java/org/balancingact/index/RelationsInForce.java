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

    public RelationsInForce(List<Relation> relations) {
        this.relations = List.copyOf(relations);
    }

    public List<Relation> at(LocalDate day) {
        List<Relation> found = new ArrayList<>();
        for (Relation relation : relations) {
            if (TimeSpan.contains(relation.when(), day)) {
                found.add(relation);
            }
        }
        return found;
    }

    public List<Relation> during(LocalDate from, LocalDate to) {
        List<Relation> found = new ArrayList<>();
        for (Relation relation : relations) {
            if (TimeSpan.overlaps(relation.when(), from, to)) {
                found.add(relation);
            }
        }
        return found;
    }

    /** Relations in force at {@code after} but not at {@code before}, and the other way round. */
    public Changes between(LocalDate before, LocalDate after) {
        List<Relation> began = new ArrayList<>();
        List<Relation> ended = new ArrayList<>();
        for (Relation relation : relations) {
            boolean then = TimeSpan.contains(relation.when(), before);
            boolean now = TimeSpan.contains(relation.when(), after);
            if (now && !then) {
                began.add(relation);
            } else if (then && !now) {
                ended.add(relation);
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
