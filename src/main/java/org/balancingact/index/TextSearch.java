package org.balancingact.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.Event;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;
import org.balancingact.model.Translations;

/**
 * One search over events, actors, relations and quotes. Text is compared in its folded form
 * ({@link TextFolding}), so case, accents and the Cyrillic/Latin script do not matter. Every word of
 * the query must occur; names and titles weigh more than summaries, and a whole word more than a
 * word's beginning, which weighs more than a fragment. Results come grouped by kind, best first.
 */
public final class TextSearch {
    /** What a hit is; the order is the order of the groups in the results. */
    public enum Kind {
        EVENT("Events"), ACTOR("Actors"), RELATION("Relations"), QUOTE("Quotes");

        private final String plural;

        Kind(String plural) {
            this.plural = plural;
        }

        public String plural() {
            return plural;
        }
    }

    /** One result: what it is, its id, the text to show for it, and how well it matched. */
    public record Hit(Kind kind, String id, String label, int score) {
    }

    private static final int NAME = 3;
    private static final int TEXT = 1;

    private record Field(String folded, List<String> words, int weight) {
    }

    private record Entry(Kind kind, String id, String label, List<Field> fields) {
    }

    private final List<Entry> entries = new ArrayList<>();
    /** Folded spelling of a person's name word → the surname the dataset writes ("lukashenka" → "lukashenko"). */
    private final java.util.Map<String, String> spellings = new java.util.HashMap<>();

    public TextSearch(Timeline timeline) {
        Objects.requireNonNull(timeline, "timeline");
        for (Event event : timeline.events()) {
            // every language the file gives: a Russian word finds an event on an English screen too
            List<Field> fields = new ArrayList<>();
            event.titles().forEach(title -> fields.add(field(title, NAME)));
            event.summaries().forEach(summary -> fields.add(field(summary, TEXT)));
            add(Kind.EVENT, event.id(), event.title(), fields);
        }
        for (Actor actor : timeline.actors()) {
            List<Field> fields = new ArrayList<>();
            fields.add(field(actor.name(), NAME));
            actor.names().values().forEach(n -> fields.add(field(n, NAME)));
            actor.aliases().forEach(a -> fields.add(field(a, NAME)));
            actor.translations().all(Translations.ROLE, actor.role()).forEach(role -> fields.add(field(role, TEXT)));
            fields.add(field(actor.summary(), TEXT));
            add(Kind.ACTOR, actor.id(), actor.displayName(), fields);
            if (actor.kind() == org.balancingact.model.ActorKind.PERSON) {
                // other spellings of a person's surname find the events and quotes that use the dataset's spelling
                List<String> main = words(TextFolding.fold(actor.name()));
                String surname = main.isEmpty() ? "" : main.get(main.size() - 1);
                for (Field f : fields.subList(1, fields.size())) {
                    if (f.weight() == NAME && !f.words().isEmpty() && !surname.isEmpty()) {
                        String other = f.words().get(f.words().size() - 1);
                        // a spelling variant, not a description ("a dissident on board"): same first letter, similar length
                        if (!other.equals(surname) && other.charAt(0) == surname.charAt(0)
                                && Math.abs(other.length() - surname.length()) <= 3) {
                            spellings.putIfAbsent(other, surname);
                        }
                    }
                }
            }
        }
        for (Relation relation : timeline.relations()) {
            String from = timeline.actorName(relation.fromId());
            String to = timeline.actorName(relation.toId());
            String label = from + " " + Messages.get("relation." + relation.type().jsonValue()) + " " + to;
            // the English wording stays searchable in every language
            String english = englishName(timeline, relation.fromId()) + " " + relation.type().label() + " "
                    + englishName(timeline, relation.toId());
            List<Field> fields = new ArrayList<>(List.of(field(label, NAME)));
            if (!label.equals(english)) {
                fields.add(field(english, NAME));
            }
            relation.translations().all(Translations.SUMMARY, relation.summary()).forEach(s -> fields.add(field(s, TEXT)));
            add(Kind.RELATION, relation.id(), label, fields);
        }
        for (Quote quote : timeline.quotes()) {
            List<Field> fields = new ArrayList<>(List.of(field(quote.text(), TEXT)));
            if (quote.hasSpeaker()) {
                fields.add(field(timeline.actorName(quote.speakerId()), TEXT));
            }
            add(Kind.QUOTE, quote.id(), quote.text(), fields);
        }
    }

    private static String englishName(Timeline timeline, String actorId) {
        return timeline.actor(actorId).map(Actor::name).orElse(actorId);
    }

    private void add(Kind kind, String id, String label, List<Field> fields) {
        entries.add(new Entry(kind, id, label, fields.stream().filter(f -> !f.folded().isEmpty()).toList()));
    }

    private static Field field(String text, int weight) {
        String folded = TextFolding.fold(text);
        return new Field(folded, words(folded), weight);
    }

    private static List<String> words(String folded) {
        return List.of(folded.split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    /** Up to {@code perKind} hits of each kind, grouped by kind in {@link Kind} order, best first. */
    public List<Hit> search(String query, int perKind) {
        List<String> terms = words(TextFolding.fold(query == null ? "" : query)).stream()
                .map(t -> spellings.getOrDefault(t, t)).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : entries) {
            int score = score(entry, terms);
            if (score > 0) {
                hits.add(new Hit(entry.kind(), entry.id(), entry.label(), score));
            }
        }
        hits.sort(Comparator.comparing(Hit::kind).thenComparing(Comparator.comparingInt(Hit::score).reversed())
                .thenComparingInt(h -> h.label().length()).thenComparing(Hit::label));
        List<Hit> kept = new ArrayList<>();
        int[] perKindCount = new int[Kind.values().length];
        for (Hit hit : hits) {
            if (perKindCount[hit.kind().ordinal()]++ < perKind) {
                kept.add(hit);
            }
        }
        return kept;
    }

    /** 0 when a term is missing; otherwise the sum over terms of the best field's score, plus a little per extra field. */
    private static int score(Entry entry, List<String> terms) {
        int total = 0;
        for (String term : terms) {
            int best = 0;
            int matchingFields = 0;
            for (Field field : entry.fields()) {
                int s = match(field, term) * field.weight();
                if (s > 0) {
                    matchingFields++;
                    best = Math.max(best, s);
                }
            }
            if (best == 0) {
                return 0;
            }
            total += best + 2 * (matchingFields - 1);
        }
        // the whole query as the whole name ("russia" → Russia, not "Russian armed forces")
        String whole = String.join(" ", terms);
        for (Field field : entry.fields()) {
            if (field.weight() == NAME && String.join(" ", field.words()).equals(whole)) {
                total += 100;
                break;
            }
        }
        return total;
    }

    private static int match(Field field, String term) {
        int best = 0;
        for (String word : field.words()) {
            if (word.equals(term)) {
                return 30;
            }
            if (word.startsWith(term)) {
                best = Math.max(best, 20);
            }
        }
        if (best == 0 && term.length() >= 3 && field.folded().contains(term)) {
            best = 10;
        }
        return best;
    }
}
