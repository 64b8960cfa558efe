package org.balancingact.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstFrameTest {

    @Test
    void timeSinceProcessStartIsPositiveAndAdvancesWithTheClock() throws Exception {
        long first = FirstFrame.millisSinceProcessStart();
        long t0 = System.nanoTime();
        Thread.sleep(200);
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        long second = FirstFrame.millisSinceProcessStart();
        assertTrue(first > 0, first + " ms");
        // /proc/uptime has 10 ms steps
        assertTrue(Math.abs((second - first) - elapsed) <= 30, first + " → " + second + " ms, slept " + elapsed + " ms");
    }
}
