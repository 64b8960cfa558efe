package org.balancingact.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Event;
import org.balancingact.shell.MainWindow;
import org.balancingact.ui.pages.MainWindowPage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window with the bundled dataset, built in one language on a stage of its own whose
 * scene is W×H, and brought through the modes the layout audit looks at, in the order a teacher goes
 * through them: the workbench with {@code invasion} selected at 100 % type, then presenting (F5), then
 * the tour {@value #TOUR} at step 3. Each mode is reached from the one before it, so a window can be
 * reused for the next mode of the same language; {@link #canReach} says whether it can.
 *
 * <p>Presenting goes full screen, as in the app. Monocle's headless screen has the size given by
 * {@code -Dheadless.geometry}; the audit runs one JVM per screen size, so full screen is W×H.
 * The caller sets the language ({@code Messages.setLocale}, {@code Locale.setDefault}) before building
 * the window and keeps it while the window is used: tour steps look up their words when they are shown.
 */
public final class AuditedWindow {
    /** The tour the audit plays, and the step it looks at (0-based: step 3). */
    public static final String TOUR = "lukashenko-balancing-act";
    public static final int TOUR_STEP_INDEX = 2;
    /** The event selected in the workbench and presenting modes. */
    public static final String SELECTED_EVENT = "invasion";

    /** The modes, in the order a window goes through them. */
    public enum Mode {
        WORKBENCH("workbench"), PRESENTING("presenting"), TOUR_STEP_3("tour-step-3");

        private final String words;

        Mode(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private final FxRobot robot;
    private final Locale language;
    private final Stage stage;
    private final MainWindow window;
    /** The last mode applied; null while the window is freshly built. */
    private Mode mode;

    private AuditedWindow(FxRobot robot, Locale language, Stage stage, MainWindow window) {
        this.robot = robot;
        this.language = language;
        this.stage = stage;
        this.window = window;
    }

    /** Builds and shows the window in the current UI language on a new stage whose scene is {@code width}×{@code height}. */
    public static AuditedWindow open(FxRobot robot, double width, double height) {
        Object[] built = new Object[2];
        robot.interact(() -> {
            ExplorerState state = new ExplorerState();
            MainWindow window = new MainWindow(state);
            ReadResult bundled = new TimelineFiles().readBundled();
            state.setTimeline(((ReadResult.Loaded) bundled).timeline());
            Scene scene = new Scene(window.root(), width, height);
            window.style(scene);
            window.timelineView().setReduceMotion(true); // transitions jump: the audit sees the end state
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            built[0] = stage;
            built[1] = window;
        });
        return new AuditedWindow(robot, Messages.locale(), (Stage) built[0], (MainWindow) built[1]);
    }

    public Locale language() {
        return language;
    }

    public MainWindow mainWindow() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether {@link #advanceTo} can reach {@code next} from where this window is (modes only go forward). */
    public boolean canReach(Mode next) {
        return mode == null || mode.ordinal() < next.ordinal();
    }

    /** Applies each mode after the current one up to {@code target}, as a user would, and settles the layout. */
    public AuditedWindow advanceTo(Mode target) {
        if (!canReach(target)) {
            throw new IllegalStateException("a window in mode " + mode + " cannot go back to " + target);
        }
        if (!Messages.locale().equals(language)) {
            throw new IllegalStateException("the window is in " + language + " but the UI language is " + Messages.locale());
        }
        for (Mode step : Mode.values()) {
            if ((mode == null || step.ordinal() > mode.ordinal()) && step.ordinal() <= target.ordinal()) {
                apply(step);
                mode = step;
            }
        }
        settle();
        return this;
    }

    private void apply(Mode step) {
        var classroom = window.classroom();
        switch (step) {
            case WORKBENCH -> robot.interact(() -> {
                classroom.typeScale().reset();
                window.state().select(Selection.event(SELECTED_EVENT)); // what --select invasion does
            });
            case PRESENTING -> {
                robot.interact(() -> classroom.presentation().enter());
                waitUntil(stage::isFullScreen, "the stage to go full screen");
            }
            case TOUR_STEP_3 -> robot.interact(() -> {
                if (!classroom.tours().start(TOUR)) {
                    throw new IllegalStateException("the bundled dataset has no tour " + TOUR);
                }
                classroom.tours().go(TOUR_STEP_INDEX);
            });
            default -> throw new IllegalArgumentException(step.name());
        }
    }

    /** The event the timeline must show whole in the current mode: the selection, or the tour step's event. */
    public String expectedEvent() {
        if (mode == Mode.TOUR_STEP_3) {
            String[] id = new String[1];
            robot.interact(() -> id[0] = window.classroom().tours().currentEvent().map(Event::id).orElseThrow());
            return id[0];
        }
        return SELECTED_EVENT;
    }

    /** The type scale in percent, as the window has it now. */
    public int typePercent() {
        int[] percent = new int[1];
        robot.interact(() -> percent[0] = window.classroom().typeScale().getPercent());
        return percent[0];
    }

    /** The tour step shown now (0-based), -1 without a tour. */
    public int tourStep() {
        int[] step = new int[1];
        robot.interact(() -> step[0] = window.classroom().tours().stepProperty().get());
        return step[0];
    }

    /**
     * Everything the audit finds on screen now, in every showing stage (a presenting layout may open its
     * own): the scene graph walk, then the timelines' records of what they drew.
     */
    public List<Finding> audit() {
        String event = expectedEvent();
        List<Finding> findings = new ArrayList<>();
        robot.interact(() -> {
            findings.addAll(LayoutAudit.ofShowingStages());
            findings.addAll(DrawnEventAudit.ofShowingStages(event));
        });
        return findings;
    }

    /**
     * Lets the window finish what the last action started: the network's layout (computed in the
     * background), then layout passes until the timeline has revealed the selection.
     */
    public void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        MainWindowPage.of(robot, window).network().waitForLayout();
        for (int pass = 0; pass < 3; pass++) {
            robot.interact(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the stage (leaving full screen with it). */
    public void close() {
        robot.interact(() -> {
            window.classroom().tours().stop();
            stage.close();
        });
    }

    private void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                boolean[] done = new boolean[1];
                robot.interact(() -> done[0] = condition.getAsBoolean());
                return done[0];
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited 10 s for " + what, e);
        }
    }
}
