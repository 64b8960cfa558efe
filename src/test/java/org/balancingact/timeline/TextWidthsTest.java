package org.balancingact.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Label widths from per-character advances are the widths a text layout gives (labels are placed and
 * shortened with them), in Latin and Cyrillic, plain and bold, and for text a layout must shape.
 */
@ExtendWith(ApplicationExtension.class)
class TextWidthsTest {
    @Start
    void start(Stage stage) {
        // measuring needs the toolkit, not a window
    }

    @Test
    void widthsAreThoseOfATextLayout(FxRobot robot) {
        List<String> labels = List.of("Minsk II agreement signed", "~ Вторжение России в Украину ?",
                "Ўсебеларускі народны сход", "AVAWAV To. fi ffi", "Event 99999 …", "1.2K", "",
                "مرحبا بالعالم", "Lane 01 event 12345 😀");
        robot.interact(() -> {
            for (Font font : List.of(Font.font("System", 13), Font.font("System", FontWeight.BOLD, 15.6))) {
                TextWidths widths = new TextWidths();
                for (int pass = 0; pass < 2; pass++) { // the second pass answers from the remembered advances
                    for (String label : labels) {
                        assertEquals(widths.layoutWidth(label, font), widths.width(label, font), 0.01,
                                label + " in " + font);
                    }
                }
            }
        });
    }
}
