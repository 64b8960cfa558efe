package org.balancingact.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.balancingact.model.HistoricalDate;
import org.junit.jupiter.api.Test;

/** Every key exists in all four languages, and dates read naturally in each. */
class MessagesTest {
    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyIsTranslatedIntoBelarusianRussianAndUkrainian() throws IOException {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        assertTrue(english.size() > 5);
        for (String language : new String[] {"_be", "_ru", "_uk"}) {
            Properties translated = load(language);
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated.stringPropertyNames());
            Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
            extra.removeAll(english);
            assertTrue(missing.isEmpty(), language + " lacks " + missing);
            assertTrue(extra.isEmpty(), language + " has keys English does not: " + extra);
            for (String key : english) {
                assertTrue(!translated.getProperty(key).isBlank(), language + " " + key + " is empty");
            }
        }
    }

    /** A guard against English copied into a translation and left there: names and codes (APA 7) may match. */
    @Test
    void translationsAreMostlyNotEnglishCopies() throws IOException {
        Properties english = load("");
        Set<String> keys = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).length() > 3) {
                keys.add(key);
            }
        }
        for (String language : new String[] {"_be", "_ru", "_uk"}) {
            Properties translated = load(language);
            Set<String> same = new TreeSet<>();
            for (String key : keys) {
                if (english.getProperty(key).equals(translated.getProperty(key))) {
                    same.add(key);
                }
            }
            assertTrue(same.size() * 5 <= keys.size(),
                    language + " repeats the English text in " + same.size() + " of " + keys.size() + " keys: " + same);
        }
    }

    @Test
    void datesAreSaidInEachLanguage() {
        HistoricalDate invasion = HistoricalDate.parse("2022-02-24");
        assertEquals("24 February 2022", invasion.inWords(Locale.ENGLISH));
        assertEquals("24 февраля 2022", invasion.inWords(Locale.forLanguageTag("ru")));
        assertEquals("24 лютого 2022", invasion.inWords(Locale.forLanguageTag("uk")));
        assertEquals("около апреля 2022", HistoricalDate.parse("2022-04~").inWords(Locale.forLanguageTag("ru")));
        assertEquals("з 24 лютага 2022", HistoricalDate.parse("2022-02-24/..").inWords(Locale.forLanguageTag("be")));
        assertEquals("1980-ті роки", HistoricalDate.parse("198X").inWords(Locale.forLanguageTag("uk")));
    }

    @Test
    void unsupportedLanguagesFallBackToEnglish() {
        assertEquals(Locale.ENGLISH, Messages.supportedOrEnglish(Locale.GERMAN));
        assertEquals("uk", Messages.supportedOrEnglish(Locale.forLanguageTag("uk-UA")).getLanguage());
    }
}
