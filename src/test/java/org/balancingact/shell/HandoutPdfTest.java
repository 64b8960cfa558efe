package org.balancingact.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.balancingact.shell.handout.DrawnMark;
import org.balancingact.shell.handout.DrawnText;
import org.balancingact.shell.handout.HandoutFonts;
import org.balancingact.shell.handout.PageFlow;
import org.balancingact.shell.handout.TimelineFigure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The printed handout as a teacher gets it: the PDF itself is read back (pages, text, font sizes),
 * beside the layout's own record of what it drew where.
 */
class HandoutPdfTest {
    private Locale before;
    @TempDir
    Path dir;

    @BeforeEach
    void remember() {
        before = Messages.locale();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    private PdfReader write(Timeline timeline, HandoutPages.Paper paper, String language) throws IOException {
        Messages.setLocale(Locale.forLanguageTag(language));
        Path file = dir.resolve("handout-" + language + "-" + paper + ".pdf");
        int pages = HandoutPdf.write(Handout.of(timeline), paper, file);
        PdfReader reader = new PdfReader(file.toString());
        assertEquals(pages, reader.getNumberOfPages(), "the page count returned is the file's");
        return reader;
    }

    private static List<DrawnText> drawn(Timeline timeline, HandoutPages.Paper paper, String language) throws IOException {
        Messages.setLocale(Locale.forLanguageTag(language));
        PageFlow flow = HandoutPages.layout(Handout.of(timeline), paper, HandoutFonts.load());
        return flow.pages().stream().flatMap(p -> p.texts().stream()).toList();
    }

    private static String text(PdfReader reader) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @EnumSource(HandoutPages.Paper.class)
    void theBundledDataFitsFourPagesInEveryLanguage(HandoutPages.Paper paper) throws IOException {
        Timeline bundled = HandoutData.bundled();
        for (String language : List.of("en", "be", "ru", "uk")) {
            assertTrue(write(bundled, paper, language).getNumberOfPages() <= HandoutPages.MAX_PAGES,
                    "the bundled data, its tour's questions included, on " + paper + " in " + language);
        }
    }

    @ParameterizedTest
    @EnumSource(HandoutPages.Paper.class)
    void withoutAWorksheetOrWithSeventeenLongQuestionsItStillFitsFourPages(HandoutPages.Paper paper) throws IOException {
        Timeline plain = HandoutData.withoutQuestions();
        Timeline questions = HandoutData.withQuestions();
        for (String language : List.of("en", "ru")) {
            assertTrue(write(plain, paper, language).getNumberOfPages() <= HandoutPages.MAX_PAGES,
                    "no questions, on " + paper + " in " + language);
            assertTrue(write(questions, paper, language).getNumberOfPages() <= HandoutPages.MAX_PAGES,
                    "17 long questions, on " + paper + " in " + language);
        }
    }

    @Test
    void everyEventIsLabelledInTheFigureAndHasItsLineInTheChronology() throws IOException {
        Timeline timeline = HandoutData.bundled();
        List<DrawnText> drawn = drawn(timeline, HandoutPages.Paper.A4, "en");
        String pdf = text(write(timeline, HandoutPages.Paper.A4, "en"));
        for (Event event : timeline.events()) {
            String title = event.title();
            assertEquals(1, drawn.stream().filter(d -> d.section().equals(TimelineFigure.LABEL_SECTION)
                    && (d.text().equals(title) || d.text().startsWith(title + " ("))).count(),
                    "the figure labels “" + title + "” once, whole");
            assertEquals(1, drawn.stream().filter(d -> d.section().equals(HandoutPages.CHRONOLOGY)
                    && d.text().equals(title)).count(), "the chronology has a line for “" + title + "”");
            assertTrue(pdf.contains(title), "the PDF's text has “" + title + "”");
        }
        long figurePages = drawn.stream().filter(d -> d.section().equals(TimelineFigure.LABEL_SECTION))
                .map(DrawnText::page).distinct().count();
        assertEquals(1, figurePages, "the figure is on one page");
    }

    @Test
    void everyLabelSitsBesideOrJustAboveItsOwnMark() throws IOException {
        Timeline timeline = HandoutData.bundled();
        for (HandoutPages.Paper paper : HandoutPages.Paper.values()) {
            Messages.setLocale(Locale.ENGLISH);
            PageFlow flow = HandoutPages.layout(Handout.of(timeline), paper, HandoutFonts.load());
            List<DrawnMark> marks = flow.pages().stream().flatMap(p -> p.marks().stream()).toList();
            List<DrawnText> labels = flow.pages().stream().flatMap(p -> p.texts().stream())
                    .filter(d -> d.section().equals(TimelineFigure.LABEL_SECTION)).toList();
            assertEquals(timeline.events().size(), marks.size(), "one mark per event");
            for (DrawnMark mark : marks) {
                DrawnText label = labels.stream().filter(l -> l.text().equals(mark.label())).findFirst().orElseThrow();
                float labelMiddle = label.y() - label.size() * 0.35f; // about the middle of the x-height
                boolean beside = Math.abs(labelMiddle - mark.middle()) < 2
                        && (label.x() >= mark.x1() && label.x() - mark.x1() < 4
                        || label.x() + label.width() <= mark.x0() && mark.x0() - label.x() - label.width() < 4);
                boolean above = mark.middle() - labelMiddle > 6 && mark.middle() - labelMiddle < 14
                        && Math.abs(label.x() - Math.max(mark.x0(), label.x())) < 0.5f && label.x() < mark.x1();
                assertTrue(beside || above, "on " + paper + ", “" + mark.label() + "” is not beside or above its mark: "
                        + label + " / " + mark);
            }
        }
    }

    @Test
    void aSmallTimelineWithOpenEndsAndUndeclaredThemesHasEveryEventDrawn() throws IOException {
        Timeline sample = org.balancingact.testing.SampleTimeline.create();
        List<Event> events = new ArrayList<>(sample.events());
        events.add(new Event("ongoing", "Talks that have not ended", org.balancingact.model.HistoricalDate.parse("2022-03/.."),
                "", List.of(), List.of("diplomacy"), 2, List.of(), "", List.of()));
        events.add(new Event("before", "Ties of unknown start", org.balancingact.model.HistoricalDate.parse("../2021-06"),
                "", List.of(), List.of(), 2, List.of(), "", List.of()));
        Timeline timeline = new Timeline("Small", "", sample.themes(), sample.sources(), sample.actors(),
                sample.relations(), events, sample.quotes(), List.of());
        List<DrawnText> drawn = drawn(timeline, HandoutPages.Paper.A4, "en");
        for (Event event : events) {
            assertEquals(1, drawn.stream().filter(d -> d.section().equals(TimelineFigure.LABEL_SECTION)
                    && (d.text().equals(event.title()) || d.text().startsWith(event.title() + " ("))).count(),
                    event.title() + " is drawn, whatever its lane");
        }
        assertTrue(drawn.stream().anyMatch(d -> d.text().equals(Messages.get("handout.lane.other"))),
                "an event without a theme goes in the lane “Other”");
        assertEquals(1, write(timeline, HandoutPages.Paper.A4, "en").getNumberOfPages(), "a small timeline, one page");
    }

    @Test
    void labelsAreAtLeast7ptAndBodyTextAtLeast9ptInTheLayoutAndInThePdf() throws IOException {
        Timeline timeline = HandoutData.withQuestions();
        List<DrawnText> drawn = drawn(timeline, HandoutPages.Paper.A4, "en");
        for (DrawnText d : drawn) {
            assertTrue(d.size() >= 7, d + " is under 7 pt");
            if (List.of(HandoutPages.CHRONOLOGY, HandoutPages.WORKSHEET, HandoutPages.NOTES).contains(d.section())) {
                assertTrue(d.size() >= 9, "body text under 9 pt: " + d);
            }
        }
        assertTrue(drawn.stream().anyMatch(d -> d.section().equals(TimelineFigure.LABEL_SECTION)), "the figure has labels");
        PdfReader reader = write(timeline, HandoutPages.Paper.A4, "en");
        List<Float> sizes = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            sizes.addAll(fontSizes(reader.getPageContent(page)));
        }
        assertFalse(sizes.isEmpty());
        assertTrue(sizes.stream().allMatch(s -> s >= 7), "every font size set in the PDF (Tf) is 7 pt or more: " + sizes);
        assertTrue(sizes.contains(9f) && sizes.contains(TimelineFigure.LABEL_SIZE));
    }

    /** The operand of every Tf (set font and size) in a page's content stream. */
    private static List<Float> fontSizes(byte[] content) throws IOException {
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
        List<Float> sizes = new ArrayList<>();
        List<PdfObject> operands = new ArrayList<>();
        while (!parser.parse(operands).isEmpty()) { // fills the list: operands, then the operator
            PdfObject operator = operands.get(operands.size() - 1);
            if (operator instanceof PdfLiteral && operator.toString().equals("Tf")) {
                sizes.add(((PdfNumber) operands.get(1)).floatValue());
            }
        }
        return sizes;
    }

    @Test
    void aRussianHandoutSpeaksRussianAndPrintsEveryLetter() throws IOException {
        Timeline timeline = HandoutData.withQuestions();
        String pdf = text(write(timeline, HandoutPages.Paper.A4, "ru"));
        assertTrue(pdf.matches(".*Страница 1 из \\d.*"), "pages are numbered in Russian");
        for (String words : List.of("События по датам", "Рабочий лист", "Примечания", "февраля 2022",
                HandoutData.RUSSIAN_TITLE, "Что говорится в статье о событии")) {
            assertTrue(pdf.contains(words), "the Russian handout says “" + words + "”");
        }
        assertFalse(pdf.contains("Chronology") || pdf.contains("Worksheet") || pdf.contains("Page 1"),
                "no English words of the page itself");
        assertFalse(pdf.contains("\ufffd"), "no character was lost");
        HandoutFonts fonts = HandoutFonts.load();
        for (String language : List.of("be", "ru", "uk")) {
            String all = drawn(timeline, HandoutPages.Paper.A4, language).stream().map(DrawnText::text)
                    .collect(Collectors.joining(" "));
            assertEquals("", fonts.missingGlyphs(all), "every character of the " + language + " handout has a glyph");
        }
    }

    @Test
    void aTourWithoutQuestionsGetsNoWorksheetAndOneWithQuestionsGetsEveryQuestion() throws IOException {
        assertTrue(drawn(HandoutData.withoutQuestions(), HandoutPages.Paper.LETTER, "en").stream()
                .noneMatch(d -> d.section().equals(HandoutPages.WORKSHEET)), "nothing to ask, no worksheet");
        Timeline timeline = HandoutData.withQuestions();
        String worksheet = drawn(timeline, HandoutPages.Paper.LETTER, "en").stream()
                .filter(d -> d.section().equals(HandoutPages.WORKSHEET)).map(DrawnText::text)
                .collect(Collectors.joining(" "));
        for (int step = 0; step < 17; step++) {
            assertTrue(worksheet.contains(HandoutData.question(timeline, step)), "question " + (step + 1) + " is asked");
        }
    }

    @Test
    void nothingLeavesThePageAndNoLabelOfTheFigureOverlapsAnother() throws IOException {
        for (HandoutPages.Paper paper : HandoutPages.Paper.values()) {
            List<DrawnText> drawn = drawn(HandoutData.withQuestions(), paper, "ru");
            for (DrawnText d : drawn) {
                assertTrue(d.x() >= HandoutPages.MARGIN - 0.5 && d.x() + d.width() <= paper.width() - HandoutPages.MARGIN + 0.5,
                        "inside the margins on " + paper + ": " + d);
                assertTrue(d.y() >= HandoutPages.MARGIN && d.y() <= paper.height() - HandoutPages.MARGIN + 0.5,
                        "inside the margins on " + paper + ": " + d);
            }
            List<DrawnText> labels = drawn.stream().filter(d -> d.section().startsWith("figure-")).toList();
            for (int a = 0; a < labels.size(); a++) {
                for (int b = a + 1; b < labels.size(); b++) {
                    DrawnText s = labels.get(a);
                    DrawnText t = labels.get(b);
                    boolean apart = s.page() != t.page() || s.x() + s.width() <= t.x() || t.x() + t.width() <= s.x()
                            || Math.abs(s.y() - t.y()) >= Math.min(s.size(), t.size());
                    assertTrue(apart, "“" + s.text() + "” and “" + t.text() + "” overlap on " + paper);
                }
            }
        }
    }
}
