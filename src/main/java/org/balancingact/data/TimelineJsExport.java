package org.balancingact.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.balancingact.model.DateRange;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;

/**
 * Writes a timeline as TimelineJS JSON, so a class can publish what it built with Knight Lab's web
 * viewer. TimelineJS renders texts as HTML, so every text is escaped; dates keep their precision
 * (year, month or day) and their words ("about March 2022") go to {@code display_date}, as TimelineJS has
 * no approximate dates. Each event's quotes follow its summary as block quotes with their source.
 */
public final class TimelineJsExport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TimelineJsExport() {
    }

    public static byte[] toJson(Timeline timeline) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode title = root.putObject("title").putObject("text");
        title.put("headline", escape(timeline.title()));
        title.put("text", escape(timeline.description()));
        ArrayNode events = root.putArray("events");
        for (Event event : timeline.events()) {
            HistoricalDate when = event.when();
            ObjectNode slide = events.addObject();
            slide.put("unique_id", event.id());
            String edtf = when.edtf();
            String startPart = when.isInterval() ? edtf.substring(0, edtf.indexOf('/')) : edtf;
            String endPart = when.isInterval() ? edtf.substring(edtf.indexOf('/') + 1) : edtf;
            if (when.isOpenStart()) {
                date(slide.putObject("start_date"), when.endBounds(), endPart, false);
            } else {
                date(slide.putObject("start_date"), when.startBounds(), startPart, false);
            }
            // TimelineJS has no open ends and no unspecified digits: a decade "198X" becomes 1980–1989
            if (when.isInterval() && !when.isOpenStart() && !when.isOpenEnd() || !when.isInterval() && edtf.contains("X")) {
                date(slide.putObject("end_date"), when.endBounds(), endPart, true);
            }
            if (!when.isExactDay()) {
                slide.put("display_date", when.inWords());
            }
            slide.putObject("text").put("headline", escape(event.title())).put("text", body(timeline, event));
            if (!event.themeIds().isEmpty()) {
                slide.put("group", escape(timeline.themeLabel(event.themeIds().get(0))));
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible); // a tree of strings always serialises
        }
    }

    /** Year, and month and day only as far as the EDTF text gives them (a year stays a year). */
    private static void date(ObjectNode node, DateRange bounds, String edtf, boolean end) {
        String plain = edtf.replaceAll("[~?%]", "");
        boolean unspecified = plain.contains("X");
        LocalDate day = unspecified && end ? bounds.end() : bounds.start();
        int parts = plain.startsWith("-") ? plain.substring(1).split("-").length : plain.split("-").length;
        node.put("year", String.valueOf(day.getYear()));
        if (parts >= 2 && !unspecified) {
            node.put("month", String.valueOf(day.getMonthValue()));
        }
        if (parts >= 3 && !unspecified) {
            node.put("day", String.valueOf(day.getDayOfMonth()));
        }
    }

    private static String body(Timeline timeline, Event event) {
        StringBuilder html = new StringBuilder();
        if (!event.summary().isEmpty()) {
            html.append("<p>").append(escape(event.summary())).append("</p>");
        }
        for (String id : event.quoteIds()) {
            timeline.quote(id).map(Quote::text).ifPresent(text -> html.append("<blockquote>").append(escape(text))
                    .append("</blockquote>"));
            timeline.quote(id).flatMap(q -> timeline.source(q.sourceId())).map(Source::title)
                    .ifPresent(source -> html.append("<p><cite>").append(escape(source)).append("</cite></p>"));
        }
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                case '\n': out.append("<br>"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
