package org.balancingact.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Spreadsheets made from a seed, in the README's template columns: clean ones (every row a valid event, which
 * must load as one event per row) and damaged copies of them, damaged the way spreadsheets and hands damage
 * CSV — a stray quote or separator, a cut or doubled line, a renamed column, another encoding.
 */
final class GeneratedSheets {
    static final String[] HEADER = {"date", "end date", "title", "summary", "actors", "themes", "quote", "source", "id", "importance"};
    private static final String[] WORDS = {"Minsk", "talks", "sanctions", "border", "exercise", "\"Union State\"",
        "Лукашенко", "Мінск", "Україна", "Київ", "treaty, signed", "a; b", "line\nbreak", "50%", "<b>bold</b>", "&amp;",
        "Zapad-2021", "O'Brien", "naïve", "—", "tab\there", "  padded  "};
    private static final String[] ACTORS = {"Russia (state)", "Belarus (state)", "Ukraine (state)",
        "Alexander Lukashenko (person)", "European Union (organisation)", "Wagner (group)", "Tsikhanouskaya", "Лукашенко (person)"};
    private static final String[] THEMES = {"war", "diplomacy", "sanctions", "energy", "protest 2020", "економіка"};
    private static final String[] SOURCES = {"Artyom Shraibman, Carnegie Endowment, May 2022", "BBC", "Наша Ніва"};
    /** What a damaged cell or line may get: separators, quotes, line ends, a BOM, NUL, odd dates, a formula. */
    private static final String[] INSERTS = {"\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "\uFEFF", "\u0000",
        "2022-02-30", "2022-13", "-0500", "../..", "198X", "3/21/2014", "2022-03-15 16:10:34+00:00", "=1+1",
        "Year", "Headline", "\uD83D\uDE00", "\uD800", "x".repeat(300), "4", "0"};
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** A clean sheet: its text and, per data row, the title and the date the event must have. */
    record Sheet(String text, List<String> titles, List<String> dates) {
    }

    private GeneratedSheets() {
    }

    /** 1 to 30 valid rows; separator, line ends and which optional columns appear are drawn too. */
    static Sheet clean(Random random) {
        char separator = ",;\t".charAt(random.nextInt(3));
        String newline = random.nextBoolean() ? "\n" : "\r\n";
        List<String> columns = new ArrayList<>(Arrays.asList(HEADER));
        if (random.nextBoolean()) {
            columns.remove("id");
        }
        if (random.nextBoolean()) {
            columns.remove("importance");
        }
        if (random.nextBoolean()) {
            java.util.Collections.shuffle(columns, random);
        }
        StringBuilder text = new StringBuilder();
        line(text, columns, separator, newline);
        List<String> titles = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        int rows = 1 + random.nextInt(30);
        for (int r = 0; r < rows; r++) {
            String[] date = dates(random);
            String title = phrase(random, 1 + random.nextInt(4)).strip();
            if (title.isEmpty()) {
                title = "Event " + r;
            }
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(switch (column) {
                    case "date" -> date[0];
                    case "end date" -> date[1];
                    case "title" -> title;
                    case "summary" -> random.nextBoolean() ? "" : phrase(random, 1 + random.nextInt(8));
                    case "actors" -> list(random, ACTORS);
                    case "themes" -> list(random, THEMES);
                    case "quote" -> "Words of row " + r + ": " + phrase(random, 2 + random.nextInt(6)).strip();
                    case "source" -> SOURCES[random.nextInt(SOURCES.length)];
                    case "id" -> "row-" + r;
                    default -> random.nextBoolean() ? "" : String.valueOf(1 + random.nextInt(3));
                });
            }
            line(text, cells, separator, newline);
            titles.add(title);
            dates.add(date[1].isEmpty() ? date[0] : date[0] + "/" + date[1]);
        }
        return new Sheet(text.toString(), titles, dates);
    }

    /** A clean sheet with one to three kinds of damage, as the bytes a file would hold. */
    static byte[] damaged(Random random) {
        StringBuilder text = new StringBuilder(clean(random).text());
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes && text.length() > 0; i++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(7)) {
                case 0 -> text.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(6)));
                case 2 -> text.setLength(at); // saved half-way
                case 3 -> {
                    List<String> lines = new ArrayList<>(Arrays.asList(text.toString().split("\n", -1)));
                    int which = random.nextInt(lines.size());
                    if (random.nextBoolean()) {
                        lines.add(which, lines.get(which)); // a doubled line
                    } else {
                        lines.remove(which);
                    }
                    text.setLength(0);
                    text.append(String.join("\n", lines));
                }
                case 4 -> { // a header cell renamed: a synonym, a TimelineJS column, an unknown one, or nothing
                    String[] names = {"when", "headline", "start date", "Year", "Display Date", "colour", "", "DATE", "title"};
                    int end = text.indexOf(",") < 0 ? 0 : text.indexOf(",");
                    text.replace(0, end, names[random.nextInt(names.length)]);
                }
                case 5 -> text.insert(at, "\"" + phrase(random, 3)); // an unclosed quoted field
                default -> text.replace(0, text.length(), text.toString().replace(",", random.nextBoolean() ? ";" : "\t"));
            }
        }
        return switch (random.nextInt(20)) {
            case 0 -> text.toString().getBytes(StandardCharsets.UTF_16); // big-endian with a BOM
            case 1 -> text.toString().getBytes(WINDOWS_1251); // Cyrillic in a single-byte encoding
            case 2 -> text.toString().getBytes(StandardCharsets.UTF_16LE); // no BOM
            default -> text.toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A valid date and end date (empty, or not before the date), at year, month or day precision. */
    private static String[] dates(Random random) {
        int year = 1900 + random.nextInt(130);
        String from = date(random, year);
        if (random.nextInt(3) > 0) {
            return new String[] {from, ""};
        }
        return new String[] {from, date(random, year + 1 + random.nextInt(3))};
    }

    private static String date(Random random, int year) {
        int month = 1 + random.nextInt(12);
        return switch (random.nextInt(3)) {
            case 0 -> String.format("%04d", year);
            case 1 -> String.format("%04d-%02d", year, month);
            default -> String.format("%04d-%02d-%02d", year, month, 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth()));
        };
    }

    private static String phrase(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static String list(Random random, String[] items) {
        List<String> chosen = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            chosen.add(items[random.nextInt(items.length)]);
        }
        return String.join("; ", chosen);
    }

    /** One CSV line: a cell with the separator, a quote or a line break in it is quoted, its quotes doubled. */
    private static void line(StringBuilder out, List<String> cells, char separator, String newline) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            boolean quote = cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            out.append(i == 0 ? "" : String.valueOf(separator)).append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        out.append(newline);
    }
}
