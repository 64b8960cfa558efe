package org.balancingact.present;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.explore.TourPlayer;
import org.balancingact.model.Event;
import org.balancingact.present.PresentingKeys.Command;

/**
 * Presenting to a class (F5, {@code --present}, or a tour started): the window goes full screen and shows
 * the {@link StageLayout} instead of the workbench, type grows to at least {@value #PRESENTING_PERCENT} %,
 * and with two screens the stage goes to the projector and a {@link PresenterConsole} to the teacher's
 * screen. A tour plays only on the stage: starting one starts presenting, leaving presenting ends it.
 * Esc ends the tour, a second Esc leaves; leaving puts the workbench back as it was.
 */
public final class PresentationMode {
    /** Type grows to at least this when presenting, so the back row can read it. */
    public static final int PRESENTING_PERCENT = 150;

    private final BorderPane window;
    private final ExplorerState state;
    private final TourPlayer tours;
    private final TypeSize typeSize;
    private final BooleanProperty swapped;
    private Screens screens;
    private Clock clock;
    private boolean windowed;
    private final ObservableBooleanValue reduceMotion;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final BooleanProperty noteShown = new SimpleBooleanProperty(this, "noteShown", false);
    private final Autoplay autoplay;
    private StageLayout stage;
    private PresentingWindows windows;
    private PresenterConsole console;
    private Instant started;
    private int percentBefore = 100;
    /** The workbench's parts, put back when presenting ends. */
    private Node top;
    private Node left;
    private Node right;
    private Node center;
    private Node bottom;

    /**
     * @param window       the main window's root: presenting shows the stage in it instead of the workbench
     * @param swapped      the remembered choice of screens (S): true puts the stage on the primary screen
     * @param reduceMotion the user's choice, followed by the stage's views
     */
    public PresentationMode(BorderPane window, ExplorerState state, TourPlayer tours, TypeSize typeSize,
                            BooleanProperty swapped, Screens screens, Clock clock, ObservableBooleanValue reduceMotion) {
        this.window = window;
        this.state = state;
        this.tours = tours;
        this.typeSize = typeSize;
        this.swapped = swapped;
        this.screens = screens;
        this.clock = clock;
        this.reduceMotion = reduceMotion;
        this.autoplay = new Autoplay(tours);
        tours.tourProperty().addListener((obs, was, tour) -> {
            if (tour != null) {
                enter();
            }
        });
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    /** Whether the stage shows the teacher's note and the question (N; meant for one screen). */
    public BooleanProperty noteShownProperty() {
        return noteShown;
    }

    /** Whether the tour moves on by itself every twelve seconds. */
    public BooleanProperty autoplayProperty() {
        return autoplay.onProperty();
    }

    /**
     * The screens presenting chooses from (the system's by default); tests pass fake ones. Takes effect
     * the next time presenting starts or the screens are swapped.
     */
    public void setScreens(Screens screens) {
        this.screens = java.util.Objects.requireNonNull(screens, "screens");
    }

    /** Where the console's elapsed time comes from (the system clock by default; tests pass a fixed one). */
    public void setClock(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    /**
     * When true, presenting lays the stage out in the window as it is, without full screen or a console:
     * how tests see the stage at a chosen size (a headless screen has one size per run). Default false.
     */
    public void setWindowed(boolean windowed) {
        this.windowed = windowed;
    }

    public void toggle() {
        if (isPresenting()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (isPresenting()) {
            return;
        }
        presenting.set(true);
        started = clock.instant();
        percentBefore = typeSize.getPercent();
        typeSize.setPercent(Math.max(percentBefore, PRESENTING_PERCENT));
        top = window.getTop();
        left = window.getLeft();
        right = window.getRight();
        center = window.getCenter();
        bottom = window.getBottom();
        window.setTop(null);
        window.setLeft(null);
        window.setRight(null);
        window.setBottom(null);
        window.setCenter(stage());
        window.getStyleClass().add("presenting");
        stage.refresh();
        placeWindows();
    }

    public void leave() {
        if (!isPresenting()) {
            return;
        }
        presenting.set(false);
        tours.stop();
        noteShown.set(false);
        window.setCenter(center);
        window.setTop(top);
        window.setLeft(left);
        window.setRight(right);
        window.setBottom(bottom);
        top = left = right = center = bottom = null;
        window.getStyleClass().remove("presenting");
        typeSize.setPercent(percentBefore);
        if (windows != null) {
            windows.restore();
        }
        console = null;
    }

    /** The stage, built the first time presenting starts (its views cost nothing until then). */
    public StageLayout stage() {
        if (stage == null) {
            stage = new StageLayout(state, tours, this::perform, autoplay.onProperty(), noteShown,
                    javafx.beans.binding.Bindings.createBooleanBinding(() -> !state.getTimeline().tours().isEmpty(),
                            state.timelineProperty()));
            stage.strip().reduceMotionProperty().bind(reduceMotion);
            stage.network().reduceMotionProperty().bind(reduceMotion);
        }
        return stage;
    }

    /** The console on the teacher's screen, while presenting on two screens. */
    public Optional<PresenterConsole> console() {
        return Optional.ofNullable(console).filter(c -> isPresenting() && windows != null && windows.consoleWindow().isPresent());
    }

    /** S: the stage and the console change screens; remembered for the next time. */
    public void swapScreens() {
        swapped.set(!swapped.get());
        if (isPresenting()) {
            placeWindows();
        }
    }

    private void placeWindows() {
        if (windowed) {
            return;
        }
        Window shown = window.getScene() == null ? null : window.getScene().getWindow();
        if (!(shown instanceof Stage main)) {
            return;
        }
        if (windows == null) {
            windows = new PresentingWindows(main);
            // the window manager (or a key of its own) may end full screen: presenting ends with it
            main.fullScreenProperty().addListener((obs, was, now) -> {
                if (!now && isPresenting() && windows.fullScreenLostByUser()) {
                    leave();
                }
            });
        }
        String hint = org.balancingact.i18n.Messages.get(tours.isPlaying() ? "present.exitHint.tour" : "present.exitHint");
        windows.place(ScreenPlan.of(screens.all(), swapped.get()), hint, window.getScene(), this::newConsole, this::handleKey, this::leave);
    }

    private PresenterConsole newConsole() {
        console = new PresenterConsole(state, tours, clock, started, this::perform, this::swapScreens);
        return console;
    }

    /** The keys of presenting; installed as a filter on the window (and the console), so they work whatever has the focus. */
    public void handleKey(KeyEvent e) {
        Optional<Command> command = PresentingKeys.of(e);
        if (command.isEmpty() || (!isPresenting() && command.get() != Command.TOGGLE_PRESENTING)) {
            return;
        }
        perform(command.get());
        e.consume();
    }

    /** Does what a key or a button of the stage asks. */
    public void perform(Command command) {
        boolean touring = tours.isPlaying();
        switch (command) {
            case NEXT -> step(touring, +1);
            case PREVIOUS -> step(touring, -1);
            case FIRST -> {
                if (touring) {
                    tours.go(0);
                } else {
                    selectEventAt(0);
                }
            }
            case LAST -> {
                if (touring) {
                    tours.go(tours.size() - 1);
                } else {
                    selectEventAt(-1);
                }
            }
            case BACK_OUT -> {
                if (touring) {
                    tours.stop();
                } else {
                    leave();
                }
            }
            case TOGGLE_PRESENTING -> toggle();
            case SWAP_SCREENS -> swapScreens();
            case TOGGLE_NOTE -> noteShown.set(!noteShown.get());
            case START_TOUR -> state.getTimeline().tours().stream().findFirst().ifPresent(t -> tours.start(t.id()));
            case END_TOUR -> tours.stop();
            case LEAVE -> leave();
            default -> throw new IllegalArgumentException(command.name());
        }
    }

    private void step(boolean touring, int direction) {
        if (touring) {
            if (direction > 0) {
                tours.next();
            } else {
                tours.previous();
            }
        } else {
            stage().strip().selectAdjacent(direction);
        }
    }

    /** Without a tour, Home and End select the first and the last event the filter lets through. */
    private void selectEventAt(int index) {
        var events = state.getTimeline().events().stream().filter(state.getFilter()::accepts).map(Event::id).toList();
        if (!events.isEmpty()) {
            state.select(Selection.event(events.get(index < 0 ? events.size() - 1 : index)));
        }
    }
}
