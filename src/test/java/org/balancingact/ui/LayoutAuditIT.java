package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javax.imageio.ImageIO;
import org.balancingact.i18n.Messages;
import org.balancingact.ui.audit.AuditedWindow;
import org.balancingact.ui.audit.AuditedWindow.Mode;
import org.balancingact.ui.audit.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout audit (issue 14, point 4; issue 15, point 7): the real main window at the screen sizes a
 * class meets, in every UI language, in the three modes, must show every text whole, keep every control
 * inside the window, never fold its tool bar into "»", and draw the selected (or the tour step's) event
 * on the timeline as itself with its whole title.
 *
 * <p>Monocle fixes the screen's size per JVM and presenting goes full screen, so the build runs this
 * class once per size (Failsafe executions {@code layout-audit-WxH} in the pom, each with its own
 * {@code -Dheadless.geometry}). Each run audits the 12 cases of its screen's size: 4 languages × 3 modes.
 * In any other JVM (a screen of another size) the class is skipped. Each case writes what it found to
 * {@code target/layout-audit/WxH-lang-mode.txt}, and a picture of the window when it found something.
 */
class LayoutAuditIT {
    /** The screen sizes of the audit: a school projector, a cheap laptop, the common laptop, a full-HD screen. */
    static final List<Size> SIZES = List.of(new Size(1024, 768), new Size(1280, 720), new Size(1366, 768),
            new Size(1920, 1080));
    static final List<String> LANGUAGES = List.of("en", "be", "ru", "uk");
    static final Path REPORTS = Path.of("target", "layout-audit");

    private static final FxRobot ROBOT = new FxRobot();
    private static Size screen;
    /** The window of the language being audited, reused for its next mode (one window per language). */
    private static AuditedWindow current;

    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    @BeforeAll
    static void startToolkitOnAnAuditedScreen() throws Exception {
        FxToolkit.registerPrimaryStage();
        Rectangle2D bounds = WaitForAsyncUtils.asyncFx(() -> Screen.getPrimary().getBounds()).get();
        screen = new Size((int) bounds.getWidth(), (int) bounds.getHeight());
        Assumptions.assumeTrue(SIZES.contains(screen), "the layout audit runs on a screen of " + SIZES
                + " (one Failsafe execution per size: ./mvnw verify); this JVM's screen is " + screen);
    }

    @AfterAll
    static void closeTheLastWindow() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** The cases of this screen's size, each language's modes in a row, so one window serves all three. */
    static Stream<Arguments> casesOfThisScreen() {
        List<Arguments> cases = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (Mode mode : Mode.values()) {
                cases.add(Arguments.of(screen, language, mode));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("casesOfThisScreen")
    void everyTextIsWholeAndEveryControlInsideTheWindow(Size size, String language, Mode mode) throws IOException {
        Locale uiBefore = Messages.locale();
        Locale defaultBefore = Locale.getDefault();
        try {
            useLanguage(Locale.forLanguageTag(language));
            AuditedWindow window = windowFor(size, mode);
            assertModeIsAsAsked(window, mode);
            List<Finding> findings = window.audit();
            String name = size + "-" + language + "-" + mode;
            report(name, findings, window);
            assertTrue(findings.isEmpty(), () -> findings.size() + " layout findings at " + size + ", " + language
                    + ", " + mode + " (also in " + REPORTS.resolve(name + ".txt") + "):\n  "
                    + findings.stream().map(Finding::toString).collect(Collectors.joining("\n  ")));
        } finally {
            Messages.setLocale(uiBefore);
            Locale.setDefault(defaultBefore);
        }
    }

    /** As the app does with --lang, before any window is built: the UI bundles and the formats (month names). */
    private static void useLanguage(Locale locale) {
        Messages.setLocale(locale);
        Locale.setDefault(Messages.locale());
    }

    /** The window of this language if it can still reach {@code mode}; otherwise a fresh one. */
    private static AuditedWindow windowFor(Size size, Mode mode) {
        if (current == null || !current.language().equals(Messages.locale()) || !current.canReach(mode)) {
            if (current != null) {
                current.close();
            }
            current = AuditedWindow.open(ROBOT, size.width(), size.height());
        }
        return current.advanceTo(mode);
    }

    /** The mode's preconditions; a failure here is a broken audit, not a layout finding. */
    private static void assertModeIsAsAsked(AuditedWindow window, Mode mode) {
        switch (mode) {
            case WORKBENCH -> assertEquals(100, window.typePercent(), "the workbench is audited at 100 % type");
            case PRESENTING -> assertTrue(window.typePercent() >= 150, "presenting is audited at its type scale (≥ 150 %)");
            case TOUR_STEP_3 -> {
                assertTrue(window.typePercent() >= 150, "the tour is audited at the presenting type scale");
                assertEquals(AuditedWindow.TOUR_STEP_INDEX, window.tourStep(), "the tour shows step 3");
            }
            default -> throw new IllegalArgumentException(mode.name());
        }
    }

    /** The findings as text and a picture of the window, for every case: the picture is what a reviewer looks at. */
    private static void report(String name, List<Finding> findings, AuditedWindow window) throws IOException {
        Files.createDirectories(REPORTS);
        StringBuilder text = new StringBuilder(findings.size() + " findings\n");
        findings.forEach(f -> text.append(f).append('\n'));
        Files.writeString(REPORTS.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        WritableImage[] picture = new WritableImage[1];
        ROBOT.interact(() -> picture[0] = window.stage().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(picture[0], null), "png", REPORTS.resolve(name + ".png").toFile());
    }
}
