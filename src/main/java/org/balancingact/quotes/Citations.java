package org.balancingact.quotes;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.balancingact.model.Actor;
import org.balancingact.model.ActorKind;
import org.balancingact.model.Quote;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;

/**
 * Reference-list entries and quotations with citations in APA 7, MLA 9 and Chicago 17 (notes and
 * bibliography), written by hand because citeproc-java is an automatic module that jlink refuses.
 * Pure Java. The sources of this app are web articles by a named author on an organisation's site, so
 * these are the rules followed (the URL is added at the end when the source has one):
 * <ul>
 *   <li>APA 7 §10.16 (webpage on a website): Author, A. (Year, Month). <i>Title in sentence case</i>.
 *       Site Name. URL — the title in italics, the site name after it because it differs from the author.
 *   <li>MLA 9 §5 (work on a website): Surname, Given. "Title in Title Case." <i>Website</i>, Month Year,
 *       URL. — the publisher is left out when it is the website's name; months over four letters abbreviated.
 *   <li>Chicago 17 §14.206 (website content), note: Given Surname, "Title," Site, Month Year, URL.
 *       Bibliography: Surname, Given. "Title." Site, Month Year. URL. — site names in roman. A title
 *       ending in "?" keeps the comma after it in a note (§6.119, source citations) and stands for the period.
 * </ul>
 */
public final class Citations {
    private final Set<String> properNouns;

    /** Citations whose APA sentence case keeps the given words capitalised. */
    public Citations(Set<String> properNouns) {
        this.properNouns = Set.copyOf(properNouns);
    }

    /**
     * The names of the people and states of a timeline: APA's sentence case must not lowercase
     * "Lukashenko" or "Russia". Groups are left out ("The West" would otherwise keep "The").
     */
    public static Citations forTimeline(Timeline timeline) {
        Set<String> words = new HashSet<>();
        for (Actor actor : timeline.actors()) {
            if (actor.kind() == ActorKind.PERSON || actor.kind() == ActorKind.STATE) {
                addWords(words, actor.name());
                actor.aliases().forEach(a -> addWords(words, a));
            }
        }
        return new Citations(words);
    }

    private static void addWords(Set<String> words, String name) {
        for (String w : name.split("[\\s,]+")) {
            String bare = w.replaceAll("['’]s$", "");
            if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !TitleCase.isMinor(bare)) {
                words.add(bare);
            }
        }
    }

    /** The entry for {@code source} in the reference list, works-cited list, note or bibliography. */
    public StyledText entry(Source source, CitationStyle style) {
        Objects.requireNonNull(source, "source");
        return switch (style) {
            case APA_7 -> apa(source);
            case MLA_9 -> mla(source);
            case CHICAGO_NOTE -> chicagoNote(source);
            case CHICAGO_BIBLIOGRAPHY -> chicagoBibliography(source);
        };
    }

    /**
     * A quotation ready to paste into an essay: the words in double quotation marks (quotation marks
     * inside become single ones), the in-text citation the style asks for, then the full entry.
     * APA 7 §8.28 asks for a paragraph number when a web source has no pages; MLA 9 §6.21 does not
     * count unnumbered paragraphs; Chicago puts a note number after the quotation.
     */
    public StyledText quoteWithCitation(Quote quote, Source source, CitationStyle style) {
        String words = "“" + quote.text().replace('“', '‘').replace('”', '’') + "”";
        StyledText entry = entry(source, style);
        String surname = source.author().isEmpty() ? shortTitle(source) : surname(source.author());
        StyledText.Builder out = new StyledText.Builder().text(words);
        switch (style) {
            case APA_7 -> {
                int paragraph = paragraphOf(source, quote);
                out.text(" (" + surname + ", " + year(source)
                        + (paragraph > 0 ? ", para. " + paragraph : "") + ")");
            }
            case MLA_9 -> out.text(" (" + surname + ")");
            case CHICAGO_NOTE, CHICAGO_BIBLIOGRAPHY -> out.text("¹");
        }
        out.text("\n\n");
        if (style == CitationStyle.CHICAGO_BIBLIOGRAPHY) {
            append(out, chicagoNote(source));
            out.text("\n\nBibliography\n");
        }
        append(out, entry);
        return out.build();
    }

    // ---- the four entries ------------------------------------------------------------------------

    private StyledText apa(Source source) {
        StyledText.Builder out = new StyledText.Builder();
        String title = TitleCase.sentence(source.title(), properNouns::contains);
        if (source.author().isEmpty()) {
            out.italic(title).text(endWithPeriod(title) + " (" + apaDate(source) + ").");
        } else {
            out.text(apaAuthor(source.author()) + " (" + apaDate(source) + "). ").italic(title).text(endWithPeriod(title));
        }
        if (!source.publisher().isEmpty() && !source.publisher().equals(source.author())) {
            out.text(" " + source.publisher() + ".");
        }
        return source.url().isEmpty() ? out.build() : out.text(" " + source.url()).build(); // APA: no period after a URL
    }

    private static StyledText mla(Source source) {
        StyledText.Builder out = new StyledText.Builder();
        if (!source.author().isEmpty()) {
            out.text(inverted(source.author()) + ". ");
        }
        String title = TitleCase.title(source.title());
        out.text("“" + title + endWithPeriod(title) + "”");
        if (!source.publisher().isEmpty()) {
            out.text(" ").italic(source.publisher());
        }
        String date = date(source, true);
        out.text(date.isEmpty() ? "" : ", " + date);
        if (!source.url().isEmpty()) {
            out.text(", " + source.url().replaceFirst("^https?://", ""));
        }
        return out.text(".").build();
    }

    private static StyledText chicagoNote(Source source) {
        StyledText.Builder out = new StyledText.Builder().text("1. ");
        if (!source.author().isEmpty()) {
            out.text(source.author() + ", ");
        }
        out.text("“" + TitleCase.title(source.title()) + ",”");
        if (!source.publisher().isEmpty()) {
            out.text(" " + source.publisher() + ",");
        }
        String date = date(source, false);
        StringBuilder rest = new StringBuilder(date.isEmpty() ? "" : " " + date);
        if (!source.url().isEmpty()) {
            rest.append(rest.isEmpty() ? " " : ", ").append(source.url());
        }
        String text = rest.toString();
        if (text.isEmpty() && !source.publisher().isEmpty()) {
            // "Site," with nothing after it: the last comma becomes the period
            StyledText built = out.build();
            return new StyledText(built.plain().replaceAll(",$", "."), built.html().replaceAll(",$", "."));
        }
        return out.text(text + ".").build();
    }

    private static StyledText chicagoBibliography(Source source) {
        StyledText.Builder out = new StyledText.Builder();
        if (!source.author().isEmpty()) {
            out.text(inverted(source.author()) + ". ");
        }
        String title = TitleCase.title(source.title());
        out.text("“" + title + endWithPeriod(title) + "”");
        StringBuilder rest = new StringBuilder();
        if (!source.publisher().isEmpty()) {
            rest.append(" ").append(source.publisher());
        }
        String date = date(source, false);
        if (!date.isEmpty()) {
            rest.append(rest.isEmpty() ? " " : ", ").append(date);
        }
        out.text(rest + (rest.isEmpty() ? "" : "."));
        return source.url().isEmpty() ? out.build() : out.text(" " + source.url() + ".").build();
    }

    // ---- parts ----------------------------------------------------------------------------------

    private static void append(StyledText.Builder out, StyledText text) {
        // re-emit the entry: its HTML is already escaped, so rebuild plain and html side by side
        out.raw(text);
    }

    /** A title that ends in "?" or "!" already ends its sentence; otherwise a period does. */
    private static String endWithPeriod(String title) {
        return title.endsWith("?") || title.endsWith("!") ? "" : ".";
    }

    static String surname(String author) {
        String[] parts = author.trim().split("\\s+");
        return parts[parts.length - 1];
    }

    /** "Artyom Shraibman" → "Shraibman, Artyom". */
    static String inverted(String author) {
        String[] parts = author.trim().split("\\s+");
        if (parts.length == 1) {
            return author.trim();
        }
        return parts[parts.length - 1] + ", " + String.join(" ", List.of(parts).subList(0, parts.length - 1));
    }

    /** "Artyom Shraibman" → "Shraibman, A." (APA: initials of the given names). */
    static String apaAuthor(String author) {
        String[] parts = author.trim().split("\\s+");
        if (parts.length == 1) {
            return author.trim();
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            initials.append(i == 0 ? "" : " ").append(Character.toUpperCase(parts[i].charAt(0))).append('.');
        }
        return parts[parts.length - 1] + ", " + initials;
    }

    private static String shortTitle(Source source) {
        String[] words = source.title().split(" ");
        return "“" + String.join(" ", List.of(words).subList(0, Math.min(4, words.length))) + "”";
    }

    private static String year(Source source) {
        return source.publishedDate().map(d -> String.valueOf(d.earliest().getYear())).orElse("n.d.");
    }

    /** APA: "2022", "2022, May" or "2022, May 5"; "n.d." without a date. */
    private static String apaDate(Source source) {
        if (source.publishedDate().isEmpty()) {
            return "n.d.";
        }
        LocalDate day = source.publishedDate().get().earliest();
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (precision(source)) {
            case 4 -> String.valueOf(day.getYear());
            case 7 -> day.getYear() + ", " + month;
            default -> day.getYear() + ", " + month + " " + day.getDayOfMonth();
        };
    }

    /** MLA: "May 2022", "5 May 2022", "Sept. 2022"; Chicago: "May 2022", "May 5, 2022". */
    private static String date(Source source, boolean mla) {
        if (source.publishedDate().isEmpty()) {
            return "";
        }
        LocalDate day = source.publishedDate().get().earliest();
        String month = mla ? mlaMonth(day.getMonth()) : day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (precision(source)) {
            case 4 -> String.valueOf(day.getYear());
            case 7 -> month + " " + day.getYear();
            default -> mla ? day.getDayOfMonth() + " " + month + " " + day.getYear()
                    : month + " " + day.getDayOfMonth() + ", " + day.getYear();
        };
    }

    private static String mlaMonth(Month month) {
        String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (full.length() <= 4) {
            return full; // May, June, July
        }
        return month == Month.SEPTEMBER ? "Sept." : full.substring(0, 3) + ".";
    }

    /** 4, 7 or 10: how many characters of "YYYY-MM-DD" the published date gives. */
    private static int precision(Source source) {
        String edtf = source.publishedDate().map(d -> d.edtf()).orElse("");
        if (edtf.matches("\\d{4}")) {
            return 4;
        }
        return edtf.matches("\\d{4}-\\d{2}") ? 7 : 10;
    }

    /** The 1-based paragraph of the source the quote is in, or 0 when it cannot be found. */
    public static int paragraphOf(Source source, Quote quote) {
        int at = source.text().indexOf(quote.text());
        if (at < 0) {
            return 0;
        }
        return (int) source.text().substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
