package org.balancingact.data;

/**
 * One TimelineJS slide as its file gives it, before any checking: what the JSON format and the
 * spreadsheet template have in common, so both are turned into events by the same code
 * ({@link TimelineJsSlides}).
 *
 * @param where    where the slide is, for messages: "events[3]" or "Row 5"
 * @param pointer  the JSON pointer ("/events/3") or the row's pointer ("/rows/5")
 * @param headline HTML, as written
 * @param text     HTML, as written
 * @param start    null when the slide has no start date at all
 * @param type     "", "title" or "era" (the spreadsheet's Type column)
 */
record Slide(String where, String pointer, Parts start, Parts end, String headline, String text, String mediaUrl,
             String mediaCaption, String mediaCredit, String group, String displayDate, String uniqueId, String type) {

    /** A date as TimelineJS splits it, each part as written ("" when absent; JSON's {@code true} as "true"). */
    record Parts(String year, String month, String day, String time) {
        static final Parts NONE = new Parts("", "", "", "");

        boolean isEmpty() {
            return year.isBlank() && month.isBlank() && day.isBlank() && time.isBlank();
        }
    }
}
