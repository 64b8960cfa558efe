package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.Test;

/**
 * A TimelineJS file streamed slide by slide, token by token ({@link TimelineJsSlideTokens}), gives what the
 * same file read as one JSON tree gives ({@code TimelineJsImport.read}): the same events, quotes, themes,
 * tour and the same located problems, for slides with every kind of value where texts and date parts are
 * read; and a key given twice anywhere in a slide still sends the file the ordinary way.
 */
class TimelineJsStreamTest {
    private final TimelineReader reader = new TimelineReader();

    /** Values a field may hold in files people make. */
    private static final String[] VALUES = {"\"1990\"", "\"7\"", "\"\"", "\" 12 \"", "\"1,815\"", "1990", "7", "2.5", "1e3",
        "-44", "true", "null", "[]", "[1, 2]", "{}", "{\"a\": 1}", "\"x\"", "\"<p>Some <b>text</b> &amp; more</p>\"",
        "\"https://example.org/a.jpg\"", "\"<blockquote>Words</blockquote>\"", "\"Group A\"", "\"12345\"", "\"99999\""};
    /** Beside year, month and day. */
    private static final String[] DATE_FIELDS = {"hour", "minute", "second", "time", "display_date"};
    private static final String[] TEXT_FIELDS = {"headline", "text", "other"};
    private static final String[] MEDIA_FIELDS = {"url", "caption", "credit", "thumbnail"};

    private static String value(Random random) {
        return VALUES[random.nextInt(VALUES.length)];
    }

    private static String object(Random random, String[] fields, double each) {
        StringBuilder json = new StringBuilder("{");
        for (String field : fields) {
            if (random.nextDouble() < each) {
                json.append(json.length() > 1 ? ", " : "").append('"').append(field).append("\": ").append(value(random));
            }
        }
        return json.append('}').toString();
    }

    private static String date(Random random) {
        if (random.nextInt(8) == 0) {
            return value(random); // not an object
        }
        int year = 1900 + random.nextInt(120);
        StringBuilder json = new StringBuilder("{\"year\": ").append(random.nextInt(10) == 0 ? value(random) : "\"" + year + "\"");
        if (random.nextBoolean()) {
            json.append(", \"month\": ").append(random.nextInt(10) == 0 ? value(random) : "\"" + (1 + random.nextInt(12)) + "\"");
        }
        if (random.nextBoolean()) {
            json.append(", \"day\": ").append(random.nextInt(10) == 0 ? value(random) : String.valueOf(1 + random.nextInt(28)));
        }
        String more = object(random, DATE_FIELDS, 0.4);
        if (random.nextInt(3) == 0 && more.length() > 2) {
            json.append(", ").append(more, 1, more.length() - 1);
        }
        return json.append('}').toString();
    }

    private static String slide(Random random) {
        if (random.nextInt(40) == 0) {
            return value(random); // not an object
        }
        StringBuilder json = new StringBuilder("{");
        java.util.function.BiConsumer<String, String> field = (name, v) ->
                json.append(json.length() > 1 ? ", " : "").append('"').append(name).append("\": ").append(v);
        if (random.nextInt(12) != 0) {
            field.accept("start_date", date(random));
        }
        if (random.nextInt(4) == 0) {
            field.accept("end_date", date(random));
        }
        if (random.nextInt(10) != 0) {
            field.accept("text", random.nextInt(10) == 0 ? value(random) : object(random, TEXT_FIELDS, 0.7));
        }
        if (random.nextInt(3) == 0) {
            field.accept("media", random.nextInt(10) == 0 ? value(random) : object(random, MEDIA_FIELDS, 0.6));
        }
        for (String name : new String[] {"group", "display_date", "unique_id", "background", "autolink"}) {
            if (random.nextInt(4) == 0) {
                field.accept(name, name.equals("unique_id") && random.nextBoolean() ? "\"id-" + random.nextInt(5) + "\"" : value(random));
            }
        }
        return json.append('}').toString();
    }

    private static String file(Random random, int slides) {
        StringBuilder json = new StringBuilder("{\"title\": {\"text\": {\"headline\": \"T\"}}, \"events\": [\n");
        for (int i = 0; i < slides; i++) {
            json.append(i > 0 ? ",\n" : "").append(slide(random));
        }
        json.append("\n]");
        if (random.nextInt(3) == 0) {
            json.append(", \"eras\": [").append(slide(random)).append(']');
        }
        return json.append("}\n").toString();
    }

    @Test
    void streamedSlidesGiveWhatTheTreeGives() {
        Random random = new Random(6);
        int compared = 0;
        for (int n = 0; n < 400; n++) {
            String text = file(random, 1 + random.nextInt(30));
            Optional<ReadResult> streamed = TimelineJsImport.stream("f.json", text, null, reader);
            TimelineReader.Parsed parsed = reader.parse("f.json", text);
            ReadResult tree = TimelineJsImport.read("f.json", text, null, parsed.root(), reader);
            assertTrue(streamed.isPresent(), text);
            assertSame(tree, streamed.get(), text);
            compared++;
        }
        assertEquals(400, compared);
    }

    @Test
    void aKeyGivenTwiceAnywhereInASlideSendsTheFileTheOrdinaryWay() {
        String[] slides = {
            "{\"start_date\": {\"year\": \"1990\"}, \"start_date\": {\"year\": \"1991\"}}",
            "{\"start_date\": {\"year\": \"1990\", \"year\": \"1991\"}}",
            "{\"start_date\": {\"year\": \"1990\"}, \"text\": {\"headline\": \"a\", \"headline\": \"b\"}}",
            "{\"start_date\": {\"year\": \"1990\"}, \"media\": {\"url\": \"a\", \"url\": \"b\"}}",
            "{\"start_date\": {\"year\": \"1990\"}, \"background\": {\"color\": \"a\", \"color\": \"b\"}}",
            "{\"start_date\": {\"year\": \"1990\", \"x\": [{\"k\": 1, \"k\": 2}]}}",
            "{\"start_date\": {\"year\": \"1990\"}, \"text\": {\"headline\": \"a\", \"more\": {\"k\": 1, \"k\": 2}}}",
        };
        for (String slide : slides) {
            String text = "{\"events\": [{\"start_date\": {\"year\": \"1989\"}}, " + slide + "]}";
            assertTrue(TimelineJsImport.stream("f.json", text, null, reader).isEmpty(), slide);
            ReadResult ordinary = new TimelineFiles().read("f.json", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(ordinary.problems().stream().anyMatch(p -> !p.isWarning() && p.line() == 1), () -> slide + ": " + ordinary.problems());
        }
    }

    private static void assertSame(ReadResult expected, ReadResult actual, String text) {
        assertEquals(expected.problems(), actual.problems(), text);
        assertEquals(expected.isLoaded(), actual.isLoaded(), text);
        if (expected instanceof ReadResult.Loaded loaded) {
            Timeline want = loaded.timeline();
            Timeline got = ((ReadResult.Loaded) actual).timeline();
            assertEquals(want.title(), got.title(), text);
            assertEquals(want.events(), got.events(), text);
            assertEquals(want.quotes(), got.quotes(), text);
            assertEquals(want.themes(), got.themes(), text);
            assertEquals(want.sources(), got.sources(), text);
            assertEquals(want.tours(), got.tours(), text);
            assertEquals(List.of(loaded.report().read(), loaded.report().leftOut()),
                    List.of(((ReadResult.Loaded) actual).report().read(), ((ReadResult.Loaded) actual).report().leftOut()), text);
        }
    }
}
