package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times reading a synthetic timeline of N events (default 1,000,000) through {@link TimelineFiles}, the
 * way the app opens a file. Not part of the normal build (it needs a minute and a lot of memory):
 * {@code ./mvnw test -Dtest=LargeFileBenchmark -Dbalancingact.bench=1000000}. Numbers go to docs/PERFORMANCE.md.
 */
class LargeFileBenchmark {

    /** One source, one quote every event cites, 1,000 actors, 10 themes; dates spread over 1900–2022. */
    static void write(Path file, int events) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"balancing-act/timeline\", \"version\": 1, \"title\": \"Synthetic " + events + "\",\n");
            out.write("\"themes\": [");
            for (int t = 0; t < 10; t++) {
                out.write((t > 0 ? "," : "") + "{\"id\": \"t" + t + "\", \"label\": \"Theme " + t + "\"}");
            }
            out.write("],\n\"sources\": [{\"id\": \"s\", \"kind\": \"other\", \"title\": \"Synthetic\", \"text\": \"Generated for a benchmark.\"}],\n");
            out.write("\"actors\": [");
            for (int a = 0; a < 1000; a++) {
                out.write((a > 0 ? ",\n" : "") + "{\"id\": \"a" + a + "\", \"kind\": \"group\", \"name\": \"Actor " + a + "\"}");
            }
            out.write("],\n\"relations\": [],\n\"quotes\": [{\"id\": \"q\", \"source\": \"s\", \"text\": \"Generated for a benchmark.\"}],\n");
            out.write("\"events\": [\n");
            for (int i = 0; i < events; i++) {
                int day = (int) ((long) i * 44_900 / Math.max(1, events));
                String when = java.time.LocalDate.of(1900, 1, 1).plusDays(day).toString();
                out.write((i > 0 ? ",\n" : "") + "{\"id\": \"e" + i + "\", \"title\": \"Event " + i + "\", \"when\": \"" + when
                        + "\", \"actors\": [\"a" + (i % 1000) + "\"], \"themes\": [\"t" + (i % 10) + "\"], \"quotes\": [\"q\"]}");
            }
            out.write("]}\n");
        }
    }

    /** This thread's CPU time through java.management, by reflection (the product module does not read it). */
    private static long threadCpuNanos() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            return (long) Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime").invoke(bean);
        } catch (ReflectiveOperationException e) {
            return 0;
        }
    }

    private static long phase(String name, long since) {
        long now = System.nanoTime();
        System.out.printf("BENCH   %s: %,d ms%n", name, (now - since) / 1_000_000);
        return now;
    }

    @Test
    void readsALargeFile(@TempDir Path dir) throws IOException {
        int events = Integer.getInteger("balancingact.bench", 0);
        Assumptions.assumeTrue(events > 0, "run with -Dbalancingact.bench=N");
        Path file = dir.resolve("large.json");
        write(file, events);
        TimelineFiles files = new TimelineFiles();
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            long cpu0 = threadCpuNanos();
            ReadResult result = files.read(file);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("BENCH run %d: %,d events, %,d bytes, read in %,d ms (this thread's CPU %,d ms), %s%n", run, events,
                    Files.size(file), ms, (threadCpuNanos() - cpu0) / 1_000_000,
                    result.isLoaded() ? "loaded" : ((ReadResult.Failed) result).problems().subList(0, 1));
            assertTrue(result.isLoaded());
        }
        // the phases, once more each: a clean file takes the streaming path; the tree path is what a file
        // with problems costs on top (it is read again that way to locate every problem)
        TimelineReader reader = new TimelineReader();
        byte[] bytes = Files.readAllBytes(file);
        long t = System.nanoTime();
        String text = reader.decode("x", bytes).text();
        t = phase("decode", t);
        assertTrue(reader.readStreamed(text).isPresent());
        t = phase("streaming read (events streamed and mapped, schema on the rest, consistency)", t);
        com.fasterxml.jackson.databind.JsonNode root = reader.parse("x", text).root();
        t = phase("tree path only: parse tree", t);
        TimelineMapper mapper = new TimelineMapper();
        org.balancingact.model.Timeline timeline = mapper.map(root);
        t = phase("tree path only: map", t);
        ConsistencyCheck.check(timeline, mapper::pointerOf, mapper::declares);
        phase("tree path only: consistency", t);
    }
}
