package org.balancingact.shell.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The figure's broken axis: empty decades left out, crowded months given room, order kept. */
class TimeAxisTest {
    private static TimeAxis.Span day(int y, int m, int d) {
        long day = LocalDate.of(y, m, d).toEpochDay();
        return new TimeAxis.Span(day, day);
    }

    private static TimeAxis.Span span(LocalDate from, LocalDate to) {
        return new TimeAxis.Span(from.toEpochDay(), to.toEpochDay());
    }

    /** Like the bundled dataset: the 1980s, 2014–15, a few events in 2020–21, a crowd in spring 2022. */
    private static List<TimeAxis.Span> bundledLike() {
        List<TimeAxis.Span> spans = new ArrayList<>();
        spans.add(span(LocalDate.of(1980, 1, 1), LocalDate.of(1989, 12, 31)));
        spans.add(day(2014, 9, 5));
        spans.add(day(2015, 2, 12));
        spans.add(day(2020, 8, 9));
        spans.add(span(LocalDate.of(2020, 8, 9), LocalDate.of(2020, 12, 31)));
        spans.add(day(2021, 5, 23));
        spans.add(span(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 5, 31)));
        for (int i = 0; i < 25; i++) {
            spans.add(day(2022, 2 + i % 4, 1 + i));
        }
        return spans;
    }

    @Test
    void emptyYearsAreLeftOutAndTheCrowdedMonthsGetTheMostRoom() {
        TimeAxis axis = TimeAxis.fit(bundledLike(), 100, 800);
        List<TimeAxis.Segment> segments = axis.segments();
        assertEquals(4, segments.size(), "the 1980s, 2014–15, 2020–21 and 2022: " + segments);
        assertEquals(LocalDate.of(1980, 1, 1).toEpochDay(), segments.get(0).fromDay(), "a decade-long event is one piece");
        assertEquals(LocalDate.of(1989, 12, 31).toEpochDay(), segments.get(0).toDay());
        TimeAxis.Segment spring2022 = segments.get(3);
        assertEquals(LocalDate.of(2022, 1, 1).toEpochDay(), spring2022.fromDay(), "the scale changes at the new year");
        for (TimeAxis.Segment other : segments.subList(0, 3)) {
            assertTrue(spring2022.pointsPerDay() > 5 * other.pointsPerDay(),
                    "spring 2022, where most events are, is drawn at a far larger scale than " + other);
        }
        assertEquals(100, axis.x0(), 0.01);
        assertEquals(800, axis.x1(), 0.01);
        for (int i = 1; i < segments.size(); i++) {
            assertEquals(TimeAxis.BREAK, segments.get(i).x0() - segments.get(i - 1).x1(), 0.01, "room for the break mark");
            assertTrue(segments.get(i).x1() - segments.get(i).x0() >= TimeAxis.MIN_WIDTH - 0.01, "no piece is too narrow to label");
        }
    }

    @Test
    void laterDaysAreNeverDrawnLeftOfEarlierOnes() {
        TimeAxis axis = TimeAxis.fit(bundledLike(), 0, 700);
        float last = -1;
        for (long day = LocalDate.of(1979, 6, 1).toEpochDay(); day <= LocalDate.of(2022, 7, 1).toEpochDay(); day++) {
            float x = axis.x(day);
            assertTrue(x >= last, "day " + LocalDate.ofEpochDay(day) + " at " + x + " is left of the day before, at " + last);
            assertTrue(axis.xEnd(day) >= x, "a day ends right of where it begins");
            last = x;
        }
    }

    @Test
    void ticksNameMonthsInTheLanguageAndEveryPieceSaysItsYear() {
        TimeAxis axis = TimeAxis.fit(bundledLike(), 0, 700);
        List<String> labels = axis.ticks(Locale.forLanguageTag("ru")).stream().map(TimeAxis.Tick::label).toList();
        assertTrue(labels.contains("март"), "months in Russian where a month has room: " + labels);
        for (String year : List.of("1980", "2014", "2020", "2022")) {
            assertTrue(labels.contains(year), "each piece begins with its year: " + labels);
        }
    }

    @Test
    void aSingleDayStillGetsAnAxis() {
        TimeAxis axis = TimeAxis.fit(List.of(day(2022, 2, 24)), 0, 500);
        assertEquals(1, axis.segments().size());
        float x = axis.x(LocalDate.of(2022, 2, 24).toEpochDay());
        assertTrue(x > 0 && x < 500, "the day is inside the axis: " + x);
    }
}
