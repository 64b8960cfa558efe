package org.balancingact.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up UI text by key in the current language. The language is chosen once at startup (or when
 * the user switches it, which rebuilds the window), so a plain static is enough and keeps call sites short.
 */
public final class Messages {
    /** English, Belarusian, Russian, Ukrainian: the languages every key must exist in (a test checks). */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("be"),
            Locale.forLanguageTag("ru"), Locale.forLanguageTag("uk"));
    static final String BUNDLE = "org.balancingact.i18n.messages";

    private static volatile Locale locale = supportedOrEnglish(Locale.getDefault());

    private Messages() {
    }

    public static Locale locale() {
        return locale;
    }

    /** Switches the language of text looked up from now on; unsupported languages fall back to English. */
    public static void setLocale(Locale next) {
        locale = supportedOrEnglish(next);
    }

    public static Locale supportedOrEnglish(Locale wanted) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            return key; // visible but harmless; the bundle test catches it before a release
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    static ResourceBundle bundle(Locale l) {
        // the base bundle is English: asking for ROOT keeps the JVM's default locale (which the lookup
        // would try before the base) out of it; the other three languages have bundles of their own
        return ResourceBundle.getBundle(BUNDLE, l.getLanguage().equals("en") ? Locale.ROOT : l);
    }

    /**
     * A language's name in the interface language, for marks such as "in English" on a Russian screen
     * ("английский"); the tag itself when the JDK knows no name for it.
     */
    public static String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name;
    }

    /** Whether text in this language (a tag such as "en") needs a mark on the current interface. */
    public static boolean isForeign(String tag) {
        return !tag.isEmpty() && !Locale.forLanguageTag(tag).getLanguage().equals(locale.getLanguage());
    }

    /** The language's own name for itself, for the language menu ("Беларуская"). */
    public static String nativeName(Locale l) {
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? l.getLanguage() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
