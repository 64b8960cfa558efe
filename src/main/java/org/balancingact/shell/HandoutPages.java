package org.balancingact.shell;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import org.balancingact.i18n.Messages;
import org.balancingact.shell.handout.FigureItem;
import org.balancingact.shell.handout.FigureLegend;
import org.balancingact.shell.handout.FigureLegend.Sample;
import org.balancingact.shell.handout.HandoutFonts;
import org.balancingact.shell.handout.Line;
import org.balancingact.shell.handout.PageFlow;
import org.balancingact.shell.handout.TextWrap;
import org.balancingact.shell.handout.TimelineFigure;

/**
 * Lays a {@link Handout} out on landscape pages (A4 or Letter), in the order a class uses it: the title
 * and the timeline figure, a chronology of one line per event, then in three columns the worksheet(s)
 * and the numbered endnotes. Sizes are points (1/72 inch) at the paper's real size: body text 9 pt, the
 * figure's labels 7.5 pt, nothing under 7 pt. What each section says comes from {@link Handout}; the
 * words of the page itself from {@link Messages}.
 */
public final class HandoutPages {
    public enum Paper {
        A4(842, 595), LETTER(792, 612);

        final float width;
        final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }

        public float width() {
            return width;
        }

        public float height() {
            return height;
        }
    }

    /** About 9 mm: more than the 4–6 mm at the edge that most printers cannot print on. */
    static final float MARGIN = 26;
    static final float FOOTER = 12;
    public static final float BODY_SIZE = 9;
    static final float BODY_LEADING = 10.8f;
    static final float TITLE_SIZE = 14;
    static final float HEADING_SIZE = 12;
    static final float FOOTER_SIZE = 8;
    static final int COLUMNS = 3;
    static final float GUTTER = 12;
    /** The narrowest column worth starting beside the chronology: some 35 characters of body text. */
    static final float MIN_BESIDE = 150;
    /** Between a list's number and its text. */
    static final float NUMBER_GAP = 3.5f;
    static final float ANSWER_LINE = 16;
    /** What a class handout of the bundled dataset may take (issue 14): the tests hold the layout to it. */
    public static final int MAX_PAGES = 4;

    public static final String TITLE = "title";
    public static final String CHRONOLOGY = "chronology";
    public static final String WORKSHEET = "worksheet";
    public static final String NOTES = "notes";
    public static final String FOOTER_SECTION = "footer";

    private HandoutPages() {
    }

    /**
     * How loosely text is set: notes a little closer, then one line to write each answer on instead of
     * two, then (long translated titles on Letter paper) the chronology's rows closer and no pointer
     * from a question to its event's title, each only where it saves a page. Type sizes never change.
     *
     * @param noteLeading       line height of the endnotes
     * @param noteSpace         space between two endnotes
     * @param answerLines       lines to write each answer on
     * @param chronologyLeading line height of the chronology
     * @param pointers          whether each question says which event it is about ("→ title")
     */
    record Density(float noteLeading, float noteSpace, int answerLines, float chronologyLeading, boolean pointers) {
        static final List<Density> LOOSEST_FIRST = List.of(
                new Density(BODY_LEADING, 2.5f, 2, 11.2f, true),
                new Density(10.3f, 1.5f, 2, 11.2f, true),
                new Density(10.3f, 1.5f, 1, 11.2f, true),
                new Density(10.1f, 1, 1, 10.4f, false));
    }

    /**
     * Fills the pages ({@link PageFlow#writeTo} then writes them) as loosely as the fewest pages allow:
     * a sheet of paper per student saved is worth notes set a little closer.
     */
    public static PageFlow layout(Handout handout, Paper paper, HandoutFonts fonts) {
        List<PageFlow> flows = new ArrayList<>();
        for (Density density : Density.LOOSEST_FIRST) {
            flows.add(layout(handout, paper, fonts, density));
        }
        int fewest = flows.stream().mapToInt(f -> f.pages().size()).min().orElseThrow();
        return flows.stream().filter(f -> f.pages().size() == fewest).findFirst().orElseThrow();
    }

    static PageFlow layout(Handout handout, Paper paper, HandoutFonts fonts, Density density) {
        PageFlow flow = new PageFlow(paper.width, paper.height, MARGIN, FOOTER);
        Setter set = new Setter(fonts, density);
        List<Line> head = new ArrayList<>(set.wrapped(TITLE, handout.title(), fonts.bold(), TITLE_SIZE,
                TITLE_SIZE * 1.25f, flow.contentWidth(), 0, 0));
        if (!handout.source().isEmpty()) {
            head.addAll(set.wrapped(TITLE, Messages.get("handout.source", handout.source()), fonts.regular(),
                    BODY_SIZE, BODY_LEADING, flow.contentWidth(), 0, 0.25f));
        }
        flow.lines(head, head.size());
        flow.skip(6);
        if (!handout.entries().isEmpty()) {
            List<FigureItem> items = handout.entries().stream()
                    .map(e -> new FigureItem(e.eventId(), e.title(), e.when(), e.lane(), e.key())).toList();
            TimelineFigure figure = new TimelineFigure(fonts, Messages.locale(), items, handout.lanes(), flow.left(),
                    flow.contentWidth());
            List<FigureLegend.Entry> legend = legend(figure.samplesUsed(), items.stream().anyMatch(FigureItem::key));
            figure.fitTo(flow.room() - FigureLegend.height(fonts, legend, flow.contentWidth()) - 1);
            figure.draw(flow);
            FigureLegend.draw(flow, fonts, legend);
            flow.skip(10);
            // the chronology as wide as its longest line; the worksheet begins beside it where there is room
            float needed = chronologyWidth(handout, set);
            float width = needed <= flow.contentWidth() - GUTTER - MIN_BESIDE ? needed : flow.contentWidth();
            flow.lines(chronology(handout, set, width), 4, width);
            flow.skip(10);
        }
        PageFlow.Columns columns = flow.columns(COLUMNS, GUTTER, MIN_BESIDE);
        for (Handout.Worksheet sheet : handout.worksheets()) {
            worksheet(sheet, set, columns);
        }
        if (!handout.endnotes().isEmpty()) {
            endnotes(handout, set, columns);
        }
        return flow;
    }

    /** The footer of a page: the handout's title on the left, "Page 2 of 4" on the right. */
    static List<Line> footer(Handout handout, HandoutFonts fonts, float width, int page, int pages) {
        String number = Messages.get("handout.page", page, pages);
        float numberWidth = fonts.regular().getWidthPoint(number, FOOTER_SIZE);
        String title = TextWrap.fit(handout.title(), fonts.regular(), FOOTER_SIZE, width - numberWidth - 20);
        return List.of(Line.of(FOOTER_SECTION, FOOTER_SIZE * 1.2f,
                new Line.Run(title, fonts.regular(), FOOTER_SIZE, 0, 0.35f),
                new Line.Run(number, fonts.regular(), FOOTER_SIZE, width - numberWidth, 0.35f)));
    }

    /** The legend's entries for the marks the figure has; bold explained where a key event is. */
    private static List<FigureLegend.Entry> legend(java.util.Set<Sample> used, boolean anyKey) {
        List<FigureLegend.Entry> entries = new ArrayList<>();
        for (Sample sample : Sample.values()) {
            if (used.contains(sample)) {
                String key = "handout.legend." + switch (sample) {
                    case DAY -> "day";
                    case ABOUT_DAY -> "aboutDay";
                    case WITHIN -> "within";
                    case PERIOD -> "period";
                    case FUZZY -> "fuzzy";
                    case QUALIFIED -> "qualified";
                    case BREAK -> "break";
                    case NONE -> "lanes";
                };
                entries.add(new FigureLegend.Entry(sample, Messages.get(key), false));
            }
        }
        if (anyKey) {
            entries.add(new FigureLegend.Entry(Sample.NONE, Messages.get("handout.legend.key"), true));
        }
        entries.add(new FigureLegend.Entry(Sample.NONE, Messages.get("handout.legend.lanes"), false));
        return entries;
    }

    /** How wide the chronology's longest date, title and notes are, side by side. */
    private static float chronologyWidth(Handout handout, Setter set) {
        float dates = 0;
        float rest = 0;
        for (Handout.Entry e : handout.entries()) {
            dates = Math.max(dates, set.fonts.regular().getWidthPoint(e.date(), BODY_SIZE));
            String notes = e.notes().isEmpty() ? "" : noteRange(e.notes());
            rest = Math.max(rest, set.fonts.of(e.key()).getWidthPoint(e.title(), BODY_SIZE) + 6
                    + set.fonts.regular().getWidthPoint(notes, BODY_SIZE));
        }
        return dates + 10 + rest;
    }

    /** One line per event: date in words, title (bold for a key event), its endnote numbers. */
    private static List<Line> chronology(Handout handout, Setter set, float width) {
        List<Line> lines = new ArrayList<>();
        lines.add(set.heading(CHRONOLOGY, Messages.get("handout.chronology")));
        BaseFont regular = set.fonts.regular();
        float dateWidth = 0;
        for (Handout.Entry e : handout.entries()) {
            dateWidth = Math.max(dateWidth, regular.getWidthPoint(e.date(), BODY_SIZE));
        }
        dateWidth = Math.min(dateWidth, width * 0.45f);
        float titleX = dateWidth + 10;
        int row = 0;
        for (Handout.Entry e : handout.entries()) {
            BaseFont titleFont = set.fonts.of(e.key());
            String notes = e.notes().isEmpty() ? "" : noteRange(e.notes());
            float notesWidth = notes.isEmpty() ? 0 : regular.getWidthPoint(notes, BODY_SIZE) + 6;
            String title = TextWrap.fit(e.title(), titleFont, BODY_SIZE, width - titleX - notesWidth);
            float titleWidth = titleFont.getWidthPoint(title, BODY_SIZE);
            Line line = Line.of(CHRONOLOGY, set.density.chronologyLeading(),
                    new Line.Run(TextWrap.fit(e.date(), regular, BODY_SIZE, dateWidth), regular, BODY_SIZE, 0, 0.2f),
                    new Line.Run(title, titleFont, BODY_SIZE, titleX, 0),
                    new Line.Run(notes, regular, BODY_SIZE, titleX + titleWidth + 6, 0.35f));
            lines.add(row++ % 2 == 1 ? line.onGrey() : line);
        }
        return lines;
    }

    /** "[3]", "[4, 5]", "[7–10]": an event's endnotes, runs of three or more joined. */
    static String noteRange(List<Integer> notes) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < notes.size(); i++) {
            int j = i;
            while (j + 1 < notes.size() && notes.get(j + 1) == notes.get(j) + 1) {
                j++;
            }
            text.append(text.length() > 1 ? ", " : "").append(notes.get(i));
            if (j - i >= 2) {
                text.append('–').append(notes.get(j));
                i = j;
            }
        }
        return text.append(']').toString();
    }

    private static void worksheet(Handout.Worksheet sheet, Setter set, PageFlow.Columns columns) {
        columns.block(width -> {
            List<Line> head = new ArrayList<>(set.wrapped(WORKSHEET, Messages.get("handout.worksheet", sheet.tour()),
                    set.fonts.bold(), HEADING_SIZE, HEADING_SIZE * 1.3f, width, 0, 0));
            head.addAll(set.wrapped(WORKSHEET, Messages.get("handout.worksheet.intro"), set.fonts.regular(),
                    BODY_SIZE, BODY_LEADING, width, 0, 0.25f));
            return head;
        }, 8, Integer.MAX_VALUE);
        float indent = set.indent(sheet.questions().size());
        for (Handout.Question q : sheet.questions()) {
            columns.block(width -> {
                List<Line> lines = set.numbered(WORKSHEET, q.number() + ".", q.text(), width, indent);
                // the event the question is about: the chronology and the figure find it by its title
                if (set.density.pointers()) {
                    lines.addAll(set.pointer(q.eventTitle(), width, indent));
                }
                for (int i = 0; i < set.density.answerLines(); i++) {
                    lines.add(Line.rule(WORKSHEET, ANSWER_LINE));
                }
                return lines;
            }, 6, Integer.MAX_VALUE);
        }
    }

    private static void endnotes(Handout handout, Setter set, PageFlow.Columns columns) {
        boolean first = true;
        float indent = set.indent(handout.endnotes().size());
        for (Handout.Endnote note : handout.endnotes()) {
            // no-break spaces keep the dash with the quote and a paragraph's number with "para."
            String text = quoted(note.quote()) + (note.speaker().isEmpty() ? "" : " (" + note.speaker() + ")")
                    + "\u00a0— " + note.citation().replaceAll("(\\S) (\\d+\\.?)$", "$1\u00a0$2");
            if (first) { // the heading and its intro stay with the first lines of the first note
                columns.block(width -> {
                    List<Line> lines = new ArrayList<>(set.wrapped(NOTES, Messages.get("handout.notes.title"),
                            set.fonts.bold(), HEADING_SIZE, HEADING_SIZE * 1.3f, width, 0, 0));
                    lines.addAll(set.wrapped(NOTES, Messages.get("handout.notes.intro"), set.fonts.regular(),
                            BODY_SIZE, BODY_LEADING, width, 0, 0.25f));
                    lines.addAll(set.numbered(NOTES, note.number() + ".", text, width, indent));
                    return lines;
                }, 12, 6);
                first = false;
            } else {
                columns.block(width -> set.numbered(NOTES, note.number() + ".", text, width, indent),
                        set.density.noteSpace(), 2);
            }
        }
    }

    /** In double quotation marks; quotation marks inside become single ones, as in print. */
    static String quoted(String words) {
        return "“" + words.replace('“', '‘').replace('”', '’') + "”";
    }

    /** Sets text into lines with the handout's fonts. */
    private record Setter(HandoutFonts fonts, Density density) {
        Line heading(String section, String text) {
            return Line.of(section, HEADING_SIZE * 1.5f, new Line.Run(text, fonts.bold(), HEADING_SIZE, 0, 0));
        }

        List<Line> wrapped(String section, String text, BaseFont font, float size, float leading, float width,
                           float dx, float gray) {
            List<Line> lines = new ArrayList<>();
            for (String l : TextWrap.wrap(text, font, size, width - dx)) {
                lines.add(Line.of(section, leading, new Line.Run(l, font, size, dx, gray)));
            }
            return lines;
        }

        /** "→ Russia invades Ukraine" in grey under a question, wrapped lines aligned after the arrow. */
        List<Line> pointer(String title, float width, float indent) {
            String arrow = "→ ";
            float arrowWidth = fonts.regular().getWidthPoint(arrow, BODY_SIZE);
            List<Line> lines = new ArrayList<>();
            List<String> wrapped = TextWrap.wrap(title, fonts.regular(), BODY_SIZE, width - indent - arrowWidth);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(Line.of(WORKSHEET, BODY_LEADING, new Line.Run(i == 0 ? arrow + wrapped.get(i) : wrapped.get(i),
                        fonts.regular(), BODY_SIZE, i == 0 ? indent : indent + arrowWidth, 0.4f)));
            }
            return lines;
        }

        /** A numbered paragraph: the number in bold in the margin, the text hanging beside it. */
        /** The hanging indent of a list numbered up to {@code last}: room for its widest number. */
        float indent(int last) {
            float widest = 0;
            for (int n = 1; n <= last; n++) {
                widest = Math.max(widest, fonts.bold().getWidthPoint(n + ".", BODY_SIZE));
            }
            return widest + NUMBER_GAP;
        }

        List<Line> numbered(String section, String number, String text, float width, float indent) {
            float leading = section.equals(NOTES) ? density.noteLeading() : BODY_LEADING;
            List<Line> lines = new ArrayList<>();
            List<String> wrapped = TextWrap.wrap(text, fonts.regular(), BODY_SIZE, width - indent);
            float numberX = indent - NUMBER_GAP - fonts.bold().getWidthPoint(number, BODY_SIZE);
            for (int i = 0; i < wrapped.size(); i++) {
                Line.Run body = new Line.Run(wrapped.get(i), fonts.regular(), BODY_SIZE, indent, 0);
                lines.add(i == 0
                        ? Line.of(section, leading, new Line.Run(number, fonts.bold(), BODY_SIZE, numberX, 0), body)
                        : Line.of(section, leading, body));
            }
            return lines;
        }
    }
}
