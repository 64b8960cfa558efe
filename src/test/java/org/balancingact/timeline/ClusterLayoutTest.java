package org.balancingact.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.balancingact.index.LaneIndex;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.junit.jupiter.api.Test;

class ClusterLayoutTest {
    private static Event event(String id, String when, String lane) {
        return new Event(id, id, HistoricalDate.parse(when), "", List.of(), List.of(lane), 2, List.of(), "", List.of());
    }

    /** Twenty events in one week of March 2022 and one in 2015, all in lane "a". */
    private static LaneIndex busyWeek() {
        List<Event> events = new ArrayList<>();
        events.add(event("early", "2015-02-12", "a"));
        for (int i = 0; i < 20; i++) {
            events.add(event("e" + i, "2022-03-0" + (1 + i % 7), "a"));
        }
        events.add(event("long", "2021-01-01/2023-01-01", "a"));
        events.sort((x, y) -> x.when().compareTo(y.when()));
        return new LaneIndex(events, List.of("a"), Event::themeIds);
    }

    private static int total(ClusterLayout.LaneContent content) {
        return content.singles().size() + content.clusters().stream().mapToInt(ClusterLayout.Cluster::count).sum();
    }

    @Test
    void aBusyWeekIsOneBadgeWhenYearsAreShownAndSplitsWhenZoomedIn() {
        LaneIndex index = busyWeek();
        double s = LocalDate.of(2014, 1, 1).toEpochDay();
        double e = LocalDate.of(2023, 6, 1).toEpochDay();
        ClusterLayout.LaneContent wide = ClusterLayout.lane(index, 0, s, e, (e - s) / 30, 3);
        assertEquals(1, wide.clusters().size(), wide.toString());
        assertTrue(wide.clusters().get(0).count() >= 20);
        assertTrue(wide.singles().stream().anyMatch(ev -> ev.id().equals("early")), "a lone event stays itself");
        assertEquals(22, total(wide), "every event is counted once");

        double zs = LocalDate.of(2022, 2, 27).toEpochDay();
        double ze = LocalDate.of(2022, 3, 10).toEpochDay();
        ClusterLayout.LaneContent close = ClusterLayout.lane(index, 0, zs, ze, (ze - zs) / 30, 3);
        assertTrue(close.clusters().isEmpty(), "a day per column: no column holds more than three");
        assertEquals(21, close.singles().size(), "twenty days plus the long event reaching in");
    }

    @Test
    void aLongEventThatBeganBeforeTheViewIsStillShown() {
        LaneIndex index = busyWeek();
        double s = LocalDate.of(2022, 6, 1).toEpochDay();
        double e = LocalDate.of(2022, 7, 1).toEpochDay();
        ClusterLayout.LaneContent content = ClusterLayout.lane(index, 0, s, e, 1, 3);
        assertEquals(List.of("long"), content.singles().stream().map(Event::id).toList());
    }

    @Test
    void countsAMillionEventsByColumnsNotByEvents() {
        List<Event> events = new ArrayList<>();
        HistoricalDate day = HistoricalDate.parse("2020-01-01");
        for (int i = 0; i < 1_000_000; i++) {
            events.add(new Event("e" + i, "t", day, "", List.of(), List.of("a"), 2, List.of(), "", List.of()));
        }
        LaneIndex index = new LaneIndex(events, List.of("a"), Event::themeIds);
        double s = LocalDate.of(2019, 1, 1).toEpochDay();
        double e = LocalDate.of(2021, 1, 1).toEpochDay();
        ClusterLayout.LaneContent content = ClusterLayout.lane(index, 0, s, e, (e - s) / 40, 3);
        assertEquals(1, content.clusters().size());
        assertEquals(1_000_000, content.clusters().get(0).count());
        assertTrue(content.singles().isEmpty());
    }

    @Test
    void theKeptEventIsNeverCountedIntoABadge() {
        LaneIndex index = busyWeek();
        double s = LocalDate.of(2014, 1, 1).toEpochDay();
        double e = LocalDate.of(2023, 6, 1).toEpochDay();
        Event kept = index.part(0, 0).event(index.part(0, 0).firstStartingAtOrAfter(LocalDate.of(2022, 3, 3).toEpochDay()));
        ClusterLayout.LaneContent content = ClusterLayout.lane(index, 0, s, e, (e - s) / 30, 3, kept, RelatedStarts.NONE);
        assertTrue(content.singles().contains(kept), "the selected event is drawn as itself");
        assertEquals(1, content.clusters().size(), "its neighbours stay in a badge");
        assertEquals(22, total(content), "and every event is still counted once");
    }

    @Test
    void aBadgeSaysHowManyOfItsEventsTheSelectionHighlights() {
        LaneIndex index = busyWeek();
        double s = LocalDate.of(2014, 1, 1).toEpochDay();
        double e = LocalDate.of(2023, 6, 1).toEpochDay();
        List<Event> related = new ArrayList<>();
        for (int i = 0; i < index.part(0, 0).size(); i++) {
            Event ev = index.part(0, 0).event(i);
            if (ev.id().equals("e1") || ev.id().equals("e2") || ev.id().equals("early")) {
                related.add(ev);
            }
        }
        RelatedStarts starts = RelatedStarts.of(related, ev -> new int[] {0});
        ClusterLayout.LaneContent content = ClusterLayout.lane(index, 0, s, e, (e - s) / 30, 3, null, starts);
        assertEquals(1, content.clusters().size());
        assertEquals(2, content.clusters().get(0).related(), "e1 and e2 are in the badge; 'early' is drawn alone");
    }

    @Test
    void aColumnTheRowsHadNoRoomForIsABadgeButTheKeptEventStaysItself() {
        LaneIndex index = busyWeek();
        double zs = LocalDate.of(2022, 2, 27).toEpochDay();
        double ze = LocalDate.of(2022, 3, 10).toEpochDay();
        double columnDays = (ze - zs) / 30;
        Event kept = index.part(0, 0).event(index.part(0, 0).firstStartingAtOrAfter(LocalDate.of(2022, 3, 1).toEpochDay()));
        long column = ClusterLayout.column(kept, zs, columnDays);
        ClusterLayout.LaneContent content = ClusterLayout.lane(index, 0, zs, ze, columnDays, 3, kept, RelatedStarts.NONE,
                java.util.Set.of(column));
        assertEquals(1, content.clusters().size(), content.toString());
        assertTrue(content.singles().contains(kept), "the kept event is never counted in a badge");
        assertEquals(22 - 1, total(content), "every event in view is counted once (the early one is not in view)");
    }
}
