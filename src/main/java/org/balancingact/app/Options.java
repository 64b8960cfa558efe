package org.balancingact.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.balancingact.data.ColumnMapping;
import org.balancingact.data.DateOrder;
import org.balancingact.data.ImportOptions;

/**
 * The command line, parsed once into an immutable value. {@link #parse} never exits and never prints:
 * it returns the options or throws {@link UsageException}, whose message is meant for the user.
 * Both {@code --data FILE} and {@code --data=FILE} are accepted.
 */
public record Options(
        boolean help,
        boolean version,
        Optional<Path> data,
        Optional<String> select,
        boolean present,
        Optional<String> tour,
        Optional<Locale> lang,
        Optional<Path> check,
        boolean smokeTest,
        Optional<Days> view,
        Optional<LocalDate> date,
        ImportOptions imports,
        boolean strict) {

    /** {@code --view FROM..TO}: the days the timeline opens on, both included. */
    public record Days(LocalDate from, LocalDate to) {
    }

    public Options {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(tour, "tour");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(imports, "imports");
    }

    /** No option at all: the explorer on the bundled dataset. */
    public static final Options NONE = new Options(false, false, Optional.empty(), Optional.empty(), false,
            Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
            ImportOptions.NONE, false);

    /** A command line the program cannot act on; the message says why, in the user's terms. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /** Whether this command line only prints something and exits, without opening a window. */
    public boolean isBatch() {
        return help || version || check.isPresent();
    }

    public static Options parse(String... args) throws UsageException {
        return parse(List.of(args));
    }

    public static Options parse(List<String> args) throws UsageException {
        boolean help = false;
        boolean version = false;
        Optional<Path> data = Optional.empty();
        Optional<String> select = Optional.empty();
        boolean present = false;
        Optional<String> tour = Optional.empty();
        Optional<Locale> lang = Optional.empty();
        Optional<Path> check = Optional.empty();
        boolean smokeTest = false;
        Optional<Days> view = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        ImportOptions imports = ImportOptions.NONE;
        boolean strict = false;

        List<String> rest = new ArrayList<>(args);
        int i = 0;
        while (i < rest.size()) {
            String arg = rest.get(i++);
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> help = flag(name, inlineValue);
                case "--version" -> version = flag(name, inlineValue);
                case "--present" -> present = flag(name, inlineValue);
                case "--smoke-test" -> smokeTest = flag(name, inlineValue);
                case "--strict" -> strict = flag(name, inlineValue);
                case "--data", "--select", "--tour", "--lang", "--check", "--view", "--date", "--columns", "--encoding",
                        "--date-format" -> {
                    String value;
                    if (inlineValue != null) {
                        value = inlineValue;
                    } else if (i < rest.size() && !rest.get(i).startsWith("--")) {
                        value = rest.get(i++);
                    } else {
                        throw new UsageException(name + " needs a value: " + name + " " + metavar(name) + ".");
                    }
                    if (value.isBlank()) {
                        throw new UsageException(name + " needs a value: " + name + " " + metavar(name) + ".");
                    }
                    switch (name) {
                        case "--data" -> data = Optional.of(Path.of(value));
                        case "--select" -> select = Optional.of(value);
                        case "--tour" -> tour = Optional.of(value);
                        case "--lang" -> lang = Optional.of(locale(value));
                        case "--view" -> view = Optional.of(days(value));
                        case "--date" -> date = Optional.of(day(value));
                        case "--columns" -> imports = imports.withColumns(columns(value));
                        case "--encoding" -> imports = imports.withEncoding(encoding(value));
                        case "--date-format" -> imports = imports.withDateOrder(DateOrder.named(value).orElseThrow(() ->
                                new UsageException("--date-format expects YMD, MDY or DMY (the order of year, month and day), not \""
                                        + value + "\".")));
                        default -> check = Optional.of(Path.of(value));
                    }
                }
                default -> throw new UsageException(arg.startsWith("-")
                        ? "Unknown option " + arg + "."
                        : "Unexpected argument " + arg + " (to open a file, use --data " + arg + ").");
            }
        }
        if (strict && check.isEmpty()) {
            throw new UsageException("--strict goes with --check FILE: it makes warnings fail the check too.");
        }
        return new Options(help, version, data, select, present, tour, lang, check, smokeTest, view, date, imports, strict);
    }

    private static boolean flag(String name, String inlineValue) throws UsageException {
        if (inlineValue != null) {
            throw new UsageException(name + " takes no value.");
        }
        return true;
    }

    private static String metavar(String name) {
        return switch (name) {
            case "--data", "--check" -> "FILE";
            case "--lang" -> "xx";
            case "--view" -> "FROM..TO";
            case "--date" -> "YYYY-MM-DD";
            case "--columns" -> "date=COLUMN,title=COLUMN,...";
            case "--encoding" -> "NAME";
            case "--date-format" -> "YMD|MDY|DMY";
            default -> "ID";
        };
    }

    /** A language tag such as {@code en}, {@code be}, {@code uk} or {@code pt-BR}. */
    static Locale locale(String tag) throws UsageException {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw new UsageException("--lang expects a language code such as en, be, ru or uk, not \"" + tag + "\".");
        }
    }

    /** {@code --columns date=started_at,title=hromada|raion|oblast}: the columns of an imported table. */
    static ColumnMapping columns(String value) throws UsageException {
        try {
            return ColumnMapping.parse(value);
        } catch (IllegalArgumentException bad) {
            throw new UsageException(bad.getMessage());
        }
    }

    /** {@code --encoding windows-1251}: the encoding of an imported table that is not UTF-8. */
    static java.nio.charset.Charset encoding(String value) throws UsageException {
        try {
            return ImportOptions.charsetNamed(value);
        } catch (IllegalArgumentException bad) {
            throw new UsageException(bad.getMessage());
        }
    }

    /** {@code --date 2020-08-15}: one ISO date. */
    static LocalDate day(String value) throws UsageException {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException("--date expects a date written YYYY-MM-DD, e.g. --date 2020-08-15, not \"" + value + "\".");
        }
    }

    /** {@code 2022-02-01..2022-06-01}: two ISO dates, the first not after the second. */
    static Days days(String value) throws UsageException {
        String[] parts = value.split("\\.\\.", -1);
        try {
            if (parts.length == 2) {
                Days days = new Days(LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()));
                if (!days.from().isAfter(days.to())) {
                    return days;
                }
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new UsageException("--view expects two dates, the earlier first: --view 2022-02-01..2022-06-01, not \"" + value + "\".");
    }

    /** The text of {@code --help}: every option, what it does, and the exit codes. */
    public static String helpText() {
        return """
                Usage: balancing-act [OPTIONS]

                A desktop explorer of the Belarus-Russia-Ukraine timeline. With no option it opens the
                bundled dataset (Shraibman, Carnegie Endowment, 2022).

                Options:
                  --data FILE     open this timeline file instead of the bundled dataset
                  --select ID     select the event, actor, relation or quote with this id at start
                  --present       start in presentation mode (full-screen views, larger type; Esc leaves it)
                  --tour ID       start the tour with this id (the bundled dataset has lukashenko-balancing-act)
                  --view FROM..TO open the timeline on these days, e.g. --view 2022-02-01..2022-06-01
                  --date DAY      put the time cursor (the network's date) on this day, e.g. --date 2020-08-15
                  --lang xx       the interface language for this run, instead of the one chosen in
                                  View > Language: en, be, ru or uk (others fall back to English)
                  --check FILE    check a timeline file without opening a window; print each problem as
                                  file:line:column: message (warnings as file:line:column: warning: ...),
                                  then a summary line: FILE: N events, N actors, N relations, N quotes
                                  (N errors, N warnings); exit 1 if there is an error, 0 otherwise
                  --strict        with --check: exit 1 on warnings too

                Imported tables (CSV, TSV), with --data or --check:
                  --columns date=COL,end=COL,title=COL,...
                                  which columns give the date, end, title, summary, themes, actors, link
                                  and id; a key may take several columns, the first non-empty one wins:
                                  title=hromada|raion|oblast. Without it the header's names are recognised
                                  (date, start_date, started_at, title, headline, ...) and the mapping used
                                  is printed as a note
                  --encoding NAME the encoding of a table that is not UTF-8: windows-1251, windows-1252...
                                  (otherwise it is guessed, with a warning naming the guess)
                  --date-format YMD|MDY|DMY
                                  the order of dates that are not ISO: 3/21/2014 is MDY, 21.03.2014 DMY
                  --smoke-test    open the main window (with --data FILE if given), wait for the first frame,
                                  print first-frame-ms: N (milliseconds since the process started),
                                  first-frame-cpu-ms: N (CPU time used by then) and formatted-date: D
                                  (24 February 2022 in the interface language, from the runtime's locale
                                  data: a check of an installed package) and exit;
                                  exit 1 if the dataset cannot be loaded
                  --version       print the version and exit
                  --help, -h      print this help and exit

                Values may also be given as --option=VALUE.

                Exit codes: 0 success (--check: no error; warnings only), 1 errors found (--check; with
                --strict also warnings) or failed start (--smoke-test), 2 a command line that could not be understood.
                """;
    }
}
