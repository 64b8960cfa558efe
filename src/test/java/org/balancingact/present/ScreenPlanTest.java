package org.balancingact.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where presenting puts the stage and the console, on fake screens: a laptop and a projector. */
class ScreenPlanTest {
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1024, 768);

    @Test
    void withOneScreenThereIsTheStageOnlyOnThatScreen() {
        ScreenPlan plan = ScreenPlan.of(Screens.of(LAPTOP).all(), false);
        assertEquals(LAPTOP, plan.stage());
        assertFalse(plan.hasConsole(), "one screen: no console, the note is toggled with N on the stage");
    }

    @Test
    void withTwoScreensTheStageGoesToTheOneThatIsNotPrimaryAndTheConsoleToThePrimary() {
        ScreenPlan plan = ScreenPlan.of(Screens.of(LAPTOP, PROJECTOR).all(), false);
        assertEquals(PROJECTOR, plan.stage(), "the class sees the stage on the projector");
        assertEquals(Optional.of(LAPTOP), plan.console(), "the teacher sees the console on the laptop");
    }

    @Test
    void swappingPutsThemTheOtherWayRound() {
        ScreenPlan plan = ScreenPlan.of(Screens.of(LAPTOP, PROJECTOR).all(), true);
        assertEquals(LAPTOP, plan.stage());
        assertEquals(Optional.of(PROJECTOR), plan.console());
    }

    @Test
    void thePrimaryScreenIsTheOneTheSystemSaysWhereverItIsListed() {
        List<Screens.Display> displays = List.of(new Screens.Display(PROJECTOR, false), new Screens.Display(LAPTOP, true));
        ScreenPlan plan = ScreenPlan.of(displays, false);
        assertEquals(PROJECTOR, plan.stage());
        assertEquals(Optional.of(LAPTOP), plan.console());
    }

    @Test
    void twoScreensShowingTheSamePictureCountAsOne() {
        ScreenPlan plan = ScreenPlan.of(Screens.of(LAPTOP, new Rectangle2D(0, 0, 1366, 768)).all(), false);
        assertEquals(LAPTOP, plan.stage());
        assertFalse(plan.hasConsole(), "mirrored displays: the stage only");
    }

    @Test
    void withThreeScreensTheStageGoesToTheLargestOtherOne() {
        Rectangle2D wall = new Rectangle2D(2390, 0, 1920, 1080);
        ScreenPlan plan = ScreenPlan.of(Screens.of(LAPTOP, PROJECTOR, wall).all(), false);
        assertEquals(wall, plan.stage());
        assertTrue(plan.hasConsole());
        assertEquals(LAPTOP, plan.console().orElseThrow());
    }

    @Test
    void screensCanBeListedWhereTheSystemReportsOneWideScreen() {
        Rectangle2D[] listed = Screens.parse("1280x720+0+0, 1920x1080+1280+0");
        assertEquals(new Rectangle2D(0, 0, 1280, 720), listed[0]);
        assertEquals(new Rectangle2D(1280, 0, 1920, 1080), listed[1]);
        ScreenPlan plan = ScreenPlan.of(Screens.of(listed).all(), false);
        assertEquals(listed[1], plan.stage(), "the first listed is the primary one: the stage goes to the second");
        IllegalArgumentException wrong = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Screens.parse("1920x1080"));
        assertTrue(wrong.getMessage().contains("WIDTHxHEIGHT+X+Y"), wrong.getMessage());
    }
}
