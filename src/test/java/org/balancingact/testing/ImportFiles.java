package org.balancingact.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic files in the shapes people bring (issue 17), made from a seed so every run is the same: an
 * air-raid alert log, a conflict monitor's export, a 2014 timeline with US dates, a TimelineJS file with
 * one empty year. The words are generated placeholders, not facts; only the shapes are real. The tests
 * and {@code bench/ImportBenchmark} share them.
 */
public final class ImportFiles {
    public static final String AIR_RAID_HEADER = "oblast,raion,hromada,level,started_at,finished_at,source";
    public static final String CONFLICT_HEADER = "entry,date,event_group,title,brief description,lat,lon,country,province,"
            + "district,town/city,arms/munition,violence level,link,geolocation";

    /** Oblasts with two raions each and a hromada in each raion (place names, as an alert log writes them). */
    private static final String[][] PLACES = {
        {"Харківська область", "Чугуївський район", "Чугуївська територіальна громада"},
        {"Харківська область", "Ізюмський район", "Балаклійська територіальна громада"},
        {"Київська область", "Бучанський район", "Бучанська територіальна громада"},
        {"Київська область", "Вишгородський район", "Вишгородська територіальна громада"},
        {"Одеська область", "Одеський район", "Чорноморська територіальна громада"},
        {"Львівська область", "Львівський район", "Пустомитівська територіальна громада"},
        {"Дніпропетровська область", "Нікопольський район", "Марганецька територіальна громада"},
        {"Житомирська область", "Коростенський район", "Овруцька територіальна громада"},
    };
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private ImportFiles() {
    }

    /**
     * {@code rows} alert intervals from 2022-03-15 on, one every 35 minutes or so, each 10 to 300 minutes
     * long (some across midnight). About half name only the oblast, a quarter the raion too, a quarter the
     * hromada; timestamps like {@code 2022-03-15 16:10:34+00:00}. CRLF line ends, as the export has.
     */
    public static String airRaidLog(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder(rows * 150).append(AIR_RAID_HEADER).append("\r\n");
        LocalDateTime at = LocalDateTime.of(2022, 3, 15, 16, 10, 34);
        for (int i = 0; i < rows; i++) {
            String[] place = PLACES[random.nextInt(PLACES.length)];
            int level = random.nextInt(4); // 0, 1: oblast; 2: raion; 3: hromada
            LocalDateTime end = at.plusMinutes(10 + random.nextInt(290)).plusSeconds(random.nextInt(60));
            csv.append(place[0]).append(',')
                    .append(level >= 2 ? place[1] : "").append(',')
                    .append(level == 3 ? place[2] : "").append(',')
                    .append(level <= 1 ? "oblast" : level == 2 ? "raion" : "hromada").append(',')
                    .append(STAMP.format(at)).append("+00:00,")
                    .append(STAMP.format(end)).append("+00:00,")
                    .append(random.nextBoolean() ? "official" : "telegram").append("\r\n");
            at = at.plusMinutes(20 + random.nextInt(30)).plusSeconds(random.nextInt(60));
        }
        return csv.toString();
    }

    /**
     * A conflict monitor's export of {@code rows} events from 2022-02-24 on: ISO dates, every
     * {@code emptyDateEvery}-th date empty, every {@code repeatEvery}-th entry id the one before it again,
     * titles and descriptions with commas and quotes inside quoted cells.
     */
    public static String conflictExport(int rows, long seed, int emptyDateEvery, int repeatEvery) {
        Random random = new Random(seed);
        String[] groups = {"Shelling", "Air strike", "Ground clash", "Drone attack", "Protest"};
        String[] countries = {"Ukraine", "Belarus", "Russia"};
        StringBuilder csv = new StringBuilder(rows * 260).append(CONFLICT_HEADER).append('\n');
        LocalDate day = LocalDate.of(2022, 2, 24);
        int entry = 1000;
        for (int i = 1; i <= rows; i++) {
            entry = repeatEvery > 0 && i % repeatEvery == 0 ? entry : entry + 1;
            String group = groups[random.nextInt(groups.length)];
            String country = countries[random.nextInt(countries.length)];
            csv.append("UKR").append(entry).append(',')
                    .append(emptyDateEvery > 0 && i % emptyDateEvery == 0 ? "" : day.toString()).append(',')
                    .append(group).append(',')
                    .append('"').append(group).append(" reported, place ").append(i % 97).append("\",")
                    .append("\"Synthetic row ").append(i).append(": \"\"").append(group.toLowerCase(Locale.ROOT))
                    .append("\"\" near the place, as generated.\",")
                    .append(String.format(Locale.ROOT, "%.4f,%.4f,", 44 + random.nextDouble() * 8, 22 + random.nextDouble() * 18))
                    .append(country).append(",Province ").append(i % 24).append(",District ").append(i % 100)
                    .append(",Town ").append(i % 300).append(',')
                    .append(random.nextBoolean() ? "artillery" : "").append(',')
                    .append(1 + random.nextInt(3)).append(',')
                    .append("https://example.org/event/").append(i).append(',')
                    .append(random.nextBoolean() ? "exact" : "approximate").append('\n');
            if (random.nextInt(3) == 0) {
                day = day.plusDays(1);
            }
        }
        return csv.toString();
    }

    /**
     * A 2014 timeline with US dates ({@code 3/21/2014}), newest first, in the columns {@code date,event,notes};
     * the rows at {@code emptyTextRows} (1-based, after the header) have an empty event text.
     */
    public static String usDatesNewestFirst(int rows, int... emptyTextRows) {
        StringBuilder csv = new StringBuilder("date,event,notes\n");
        LocalDate day = LocalDate.of(2014, 12, 31);
        for (int i = 1; i <= rows; i++) {
            boolean empty = false;
            for (int row : emptyTextRows) {
                empty |= row == i;
            }
            csv.append(day.getMonthValue()).append('/').append(day.getDayOfMonth()).append('/').append(day.getYear()).append(',')
                    .append(empty ? "" : "Event " + i).append(',')
                    .append(i % 3 == 0 ? "\"a note, with a comma\"" : "").append('\n');
            day = day.minusDays(1 + i % 3);
        }
        return csv.toString();
    }

    /**
     * A TimelineJS file of {@code slides} slides (groups, display dates, some media), as a spreadsheet
     * add-on exports them; slide {@code emptyYearAt} (0-based; -1 for none) has
     * {@code "start_date": {"year": "", "month": "", "day": "", "time": ""}}.
     */
    public static String timelineJs(int slides, int emptyYearAt) {
        StringBuilder json = new StringBuilder(slides * 330).append("{\"title\": {\"text\": {\"headline\": \"Exported timeline\", ")
                .append("\"text\": \"<p>Made by a spreadsheet add-on.</p>\"}},\n\"events\": [\n");
        LocalDate day = LocalDate.of(1990, 1, 1);
        for (int i = 0; i < slides; i++) {
            json.append(i > 0 ? ",\n" : "").append("{\"start_date\": ");
            if (i == emptyYearAt) {
                json.append("{\"year\": \"\", \"month\": \"\", \"day\": \"\", \"time\": \"\"}");
            } else {
                json.append("{\"year\": \"").append(day.getYear()).append("\", \"month\": \"").append(day.getMonthValue())
                        .append("\", \"day\": \"").append(day.getDayOfMonth()).append("\", \"time\": \"\"}");
            }
            json.append(", \"text\": {\"headline\": \"Slide ").append(i + 1).append("\", \"text\": \"<p>Text of slide ")
                    .append(i + 1).append(" &amp; more.</p>\"}, \"group\": \"Group ").append(i % 7)
                    .append("\", \"display_date\": \"\"");
            if (i % 5 == 0) {
                json.append(", \"media\": {\"url\": \"https://example.org/image/").append(i)
                        .append(".jpg\", \"caption\": \"Image ").append(i).append("\", \"credit\": \"Example\"}");
            }
            json.append('}');
            day = day.plusDays(1 + i % 4);
        }
        return json.append("\n]}\n").toString();
    }
}
