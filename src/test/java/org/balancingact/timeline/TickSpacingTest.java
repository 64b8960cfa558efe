package org.balancingact.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TickSpacingTest {
    private static double day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay();
    }

    @Test
    void decadesAndYearsForThirtySixYearsAcrossAWideScreen() {
        TickSpacing ticks = TickSpacing.compute(day(1990, 1, 1), day(2026, 1, 1), 1130, 8, Locale.ENGLISH);
        assertTrue(ticks.minorUnit() == TickSpacing.Unit.YEAR || ticks.minorUnit() == TickSpacing.Unit.DECADE);
        assertTrue(ticks.majorTicks().stream().anyMatch(t -> t.date().equals(LocalDate.of(2000, 1, 1))));
    }

    @Test
    void monthNamesInTheUiLocaleWhenZoomedToAFewMonths() {
        TickSpacing english = TickSpacing.compute(day(2022, 1, 1), day(2022, 7, 1), 1130, 8, Locale.ENGLISH);
        TickSpacing russian = TickSpacing.compute(day(2022, 1, 1), day(2022, 7, 1), 1130, 8, Locale.forLanguageTag("ru"));
        assertTrue(english.minorUnit().compareTo(TickSpacing.Unit.MONTH) >= 0);
        List<TickSpacing.Tick> both = new java.util.ArrayList<>(english.minorTicks());
        both.addAll(english.majorTicks());
        assertTrue(both.stream().anyMatch(t -> t.label().startsWith("Mar")), both::toString);
        List<TickSpacing.Tick> ru = new java.util.ArrayList<>(russian.minorTicks());
        ru.addAll(russian.majorTicks());
        assertFalse(ru.stream().anyMatch(t -> t.label().startsWith("Mar")));
        assertTrue(ru.stream().anyMatch(t -> t.label().toLowerCase(Locale.ROOT).startsWith("мар")), ru::toString);
    }

    @Test
    void minorTicksAreFarEnoughApartForTheirLabelsAtEveryZoom() {
        double charWidth = 8;
        for (double span = 7; span < 40_000; span *= 1.7) {
            double start = day(2000, 1, 1);
            double width = 1130;
            TickSpacing ticks = TickSpacing.compute(start, start + span, width, charWidth, Locale.ENGLISH);
            List<TickSpacing.Tick> minor = ticks.minorTicks();
            double pxPerDay = width / span;
            for (int i = 1; i < minor.size(); i++) {
                double gap = (minor.get(i).epochDay() - minor.get(i - 1).epochDay()) * pxPerDay;
                assertTrue(gap >= ticks.minorUnit().labelChars() * charWidth * 0.5,
                        "span " + span + ": ticks " + gap + " px apart");
            }
            assertTrue(ticks.minorUnit().compareTo(ticks.minorUnit().major()) >= 0, "the major level is coarser");
        }
    }
}
