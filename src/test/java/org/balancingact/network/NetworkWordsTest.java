package org.balancingact.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.balancingact.i18n.Messages;
import org.balancingact.index.RelationsInForce;
import org.balancingact.model.Timeline;
import org.balancingact.testing.SampleTimeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "What changed" reads right whichever way the date moved, in all four languages: going back, a
 * relation that began in between has not ended, it was not yet in force; one that ended in between was
 * still in force then.
 */
class NetworkWordsTest {
    private static final LocalDate EVE = LocalDate.of(2022, 2, 23);
    private static final LocalDate INVASION = LocalDate.of(2022, 2, 24);
    private static final LocalDate TALKS = LocalDate.of(2015, 6, 1);
    private static final LocalDate AFTER_TALKS = LocalDate.of(2016, 6, 1);
    private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "June",
            "July", "August", "September", "October", "November", "December");
    private final Timeline timeline = SampleTimeline.create();
    private final RelationsInForce inForce = new RelationsInForce(timeline.relations());
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(before);
    }

    private String said(LocalDate from, LocalDate to) {
        return NetworkWords.changes(timeline, from, to, inForce.between(from, to));
    }

    @Test
    void forwardsARelationBeganOrEnded() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Since 23 February 2022: began Russia — invades — Ukraine.", said(EVE, INVASION));
        assertEquals("Since 1 June 2015: ended Russia — negotiates with — Ukraine.", said(TALKS, AFTER_TALKS));
        assertEquals("No relation began or ended since 24 February 2022.", said(INVASION, INVASION.plusDays(3)));
    }

    @Test
    void goingBackARelationIsNotYetInForceOrWasStillInForce() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Going back from 24 February 2022: not yet in force: Russia — invades — Ukraine.", said(INVASION, EVE));
        assertEquals("Going back from 1 June 2016: still in force then: Russia — negotiates with — Ukraine.",
                said(AFTER_TALKS, TALKS));
        assertEquals("Going back from 27 February 2022: no relation began or ended in between.",
                said(INVASION.plusDays(3), INVASION));
        assertEquals("Going back from 1 June 2022: not yet in force: Russia — invades — Ukraine; still in force then: "
                + "Russia — negotiates with — Ukraine.", said(LocalDate.of(2022, 6, 1), TALKS));
    }

    @Test
    void belarusianRussianAndUkrainianSayBothDirectionsInTheirOwnWordsAndMonths() {
        record Expected(String language, String invasionDay, String notYet, String stillThen, String ended) {
        }
        for (Expected e : List.of(
                new Expected("be", "24 лютага 2022", "яшчэ не дзейнічалі", "тады яшчэ дзейнічалі", "скончыліся"),
                new Expected("ru", "24 февраля 2022", "ещё не действовали", "тогда ещё действовали", "закончились"),
                new Expected("uk", "24 лютого 2022", "ще не діяли", "тоді ще діяли", "закінчилися"))) {
            Messages.setLocale(Locale.forLanguageTag(e.language()));
            String back = said(INVASION, EVE);
            assertTrue(back.contains(e.invasionDay()) && back.contains(e.notYet()), e.language() + ": " + back);
            assertFalse(back.contains(e.ended()), e.language() + ": going back nothing ended: " + back);
            String stillThen = said(AFTER_TALKS, TALKS);
            assertTrue(stillThen.contains(e.stillThen()), e.language() + ": " + stillThen);
            String forwards = said(TALKS, AFTER_TALKS);
            assertTrue(forwards.contains(e.ended()), e.language() + ": " + forwards);
            for (String text : List.of(back, stillThen, forwards, said(EVE, INVASION), said(INVASION.plusDays(3), INVASION))) {
                ENGLISH_MONTHS.forEach(month -> assertFalse(text.contains(month), e.language() + " says " + month + ": " + text));
            }
        }
    }
}
