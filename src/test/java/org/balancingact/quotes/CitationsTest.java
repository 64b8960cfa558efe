package org.balancingact.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineReader;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each style against fixed strings: the bundled article, and published examples of the styles with
 * the same shape (an author's article on a website).
 */
class CitationsTest {
    private static Timeline timeline;
    private static Source article;
    private static Citations citations;

    @BeforeAll
    static void read() {
        timeline = ((ReadResult.Loaded) new TimelineReader().readBundled()).timeline();
        article = timeline.source("shraibman-2022").orElseThrow();
        citations = Citations.forTimeline(timeline);
    }

    @Test
    void theArticleInApa7() {
        StyledText apa = citations.entry(article, CitationStyle.APA_7);
        assertEquals("Shraibman, A. (2022, May). Won't get fooled again: Is Lukashenko trying to distance himself "
                + "from Russia? Carnegie Endowment for International Peace.", apa.plain());
        assertEquals("Shraibman, A. (2022, May). <i>Won't get fooled again: Is Lukashenko trying to distance himself "
                + "from Russia?</i> Carnegie Endowment for International Peace.", apa.html(), "the title in italics");
    }

    @Test
    void theArticleInMla9() {
        StyledText mla = citations.entry(article, CitationStyle.MLA_9);
        assertEquals("Shraibman, Artyom. “Won't Get Fooled Again: Is Lukashenko Trying to Distance Himself from "
                + "Russia?” Carnegie Endowment for International Peace, May 2022.", mla.plain());
        assertEquals("Shraibman, Artyom. “Won't Get Fooled Again: Is Lukashenko Trying to Distance Himself from "
                + "Russia?” <i>Carnegie Endowment for International Peace</i>, May 2022.", mla.html(), "the website in italics");
    }

    @Test
    void theArticleInChicagoNotesAndBibliography() {
        assertEquals("1. Artyom Shraibman, “Won't Get Fooled Again: Is Lukashenko Trying to Distance Himself from "
                + "Russia?,” Carnegie Endowment for International Peace, May 2022.",
                citations.entry(article, CitationStyle.CHICAGO_NOTE).plain());
        assertEquals("Shraibman, Artyom. “Won't Get Fooled Again: Is Lukashenko Trying to Distance Himself from "
                + "Russia?” Carnegie Endowment for International Peace, May 2022.",
                citations.entry(article, CitationStyle.CHICAGO_BIBLIOGRAPHY).plain());
    }

    /** APA Style's own example of a webpage on a news website (apastyle.apa.org, "Webpage on a website references"). */
    @Test
    void apaPublishedExampleOfAWebpage() {
        Source huffpost = new Source("b", "article", "Why Some People With Anxiety Love Watching Horror Movies",
                "Caroline Bologna", "HuffPost", HistoricalDate.parse("2019-10-31"),
                "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e", "");
        assertEquals("Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. "
                + "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e",
                new Citations(Set.of()).entry(huffpost, CitationStyle.APA_7).plain());
    }

    /** The MLA example of a blog post on a website (Purdue OWL, MLA Works Cited: Electronic Sources). */
    @Test
    void mlaPublishedExampleOfAWebArticle() {
        Source blog = new Source("h", "article", "The Reading Brain: Differences Between Digital and Print",
                "Stefanie Hollmichel", "So Many Books, So Little Time", HistoricalDate.parse("2013-04-25"),
                "https://somanybooksblog.com/2013/04/25/the-reading-brain-differences-between-digital-and-print/", "");
        StyledText mla = new Citations(Set.of()).entry(blog, CitationStyle.MLA_9);
        assertEquals("Hollmichel, Stefanie. “The Reading Brain: Differences between Digital and Print.” So Many Books, "
                + "So Little Time, 25 Apr. 2013, somanybooksblog.com/2013/04/25/the-reading-brain-differences-between-"
                + "digital-and-print/.", mla.plain());
    }

    /**
     * The Chicago Manual of Style's own quick-guide example of an online news article (17th edition,
     * notes and bibliography): note 1 and the bibliography entry, italics aside.
     */
    @Test
    void chicagoPublishedExampleOfAnOnlineNewsArticle() {
        Source article = new Source("m", "article", "Snap Makes a Bet on the Cultural Supremacy of the Camera",
                "Farhad Manjoo", "New York Times", HistoricalDate.parse("2017-03-08"),
                "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html", "");
        Citations plain = new Citations(Set.of());
        assertEquals("1. Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” New York Times, "
                + "March 8, 2017, https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.",
                plain.entry(article, CitationStyle.CHICAGO_NOTE).plain());
        assertEquals("Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, "
                + "March 8, 2017. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.",
                plain.entry(article, CitationStyle.CHICAGO_BIBLIOGRAPHY).plain());
    }

    /** Chicago 17 §14.206 shape with a day and a URL: the date in "Month D, YYYY" form, the URL last. */
    @Test
    void chicagoWithADayAndAUrl() {
        Source blog = new Source("h", "article", "The Reading Brain: Differences Between Digital and Print",
                "Stefanie Hollmichel", "So Many Books, So Little Time", HistoricalDate.parse("2013-04-25"),
                "https://somanybooksblog.com/2013/04/25/", "");
        Citations plain = new Citations(Set.of());
        assertEquals("1. Stefanie Hollmichel, “The Reading Brain: Differences between Digital and Print,” So Many Books, "
                + "So Little Time, April 25, 2013, https://somanybooksblog.com/2013/04/25/.",
                plain.entry(blog, CitationStyle.CHICAGO_NOTE).plain());
        assertEquals("Hollmichel, Stefanie. “The Reading Brain: Differences between Digital and Print.” So Many Books, "
                + "So Little Time, April 25, 2013. https://somanybooksblog.com/2013/04/25/.",
                plain.entry(blog, CitationStyle.CHICAGO_BIBLIOGRAPHY).plain());
    }

    @Test
    void aQuoteWithItsCitationInEachStyle() {
        Quote quote = timeline.quote("q-feb-24").orElseThrow();
        String words = "“" + quote.text() + "”";
        int paragraph = Citations.paragraphOf(article, quote);
        assertEquals(3, paragraph, "the third paragraph of the article");
        assertEquals(words + " (Shraibman, 2022, para. 3)\n\n" + citations.entry(article, CitationStyle.APA_7).plain(),
                citations.quoteWithCitation(quote, article, CitationStyle.APA_7).plain());
        assertEquals(words + " (Shraibman)\n\n" + citations.entry(article, CitationStyle.MLA_9).plain(),
                citations.quoteWithCitation(quote, article, CitationStyle.MLA_9).plain());
        assertEquals(words + "¹\n\n" + citations.entry(article, CitationStyle.CHICAGO_NOTE).plain(),
                citations.quoteWithCitation(quote, article, CitationStyle.CHICAGO_NOTE).plain());
    }

    @Test
    void quotationMarksInsideAQuoteBecomeSingle() {
        Quote quote = new Quote("q", article.id(), "“drag on”", "lukashenko");
        assertEquals("“‘drag on’” (Shraibman)", citations.quoteWithCitation(quote, article, CitationStyle.MLA_9)
                .plain().lines().findFirst().orElseThrow());
    }

    @Test
    void titleAndSentenceCase() {
        assertEquals("A Tale of Two Cities", TitleCase.title("a tale Of two cities"));
        assertEquals("What the EU Wants from Minsk", TitleCase.title("What The EU Wants From Minsk"));
        assertEquals("Why Belarus matters to the EU: A view from Minsk",
                TitleCase.sentence("Why Belarus Matters to the EU: A View From Minsk", Set.of("Belarus", "Minsk")::contains));
    }
}
