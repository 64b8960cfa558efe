package org.balancingact.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The project's own generator of the synthetic benchmark timelines of {@code shared/bench/vis-timeline}
 * ({@code gen-data.js v1}): the same mulberry32 stream and integer arithmetic, written out the way
 * {@code JSON.stringify} writes it, so a file for the same seed and size is byte-identical to the one
 * the vis-timeline harness reads. Run it with
 * {@code java -cp target/classes org.balancingact.data.SyntheticTimelines --n 100000 --out events-100000.json}.
 */
public final class SyntheticTimelines {
    static final long T0 = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
    static final long T1 = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = T1 - T0;
    private static final long DAY = 86_400;
    static final String GENERATOR = "gen-data.js v1 (mulberry32)";

    static final String[] ADJ = {"Amber", "Bold", "Cold", "Dark", "Early", "Fast", "Grand", "High",
        "Iron", "Jade", "Keen", "Late", "Minor", "North", "Old", "Pale",
        "Quiet", "Red", "Silver", "Tall", "Upper", "Vast", "West", "Young",
        "Blue", "Green", "Lower", "Major", "New", "South", "East", "Wild"};
    static final String[] NOUN = {"accord", "bridge", "canal", "council", "delta", "expo", "forum", "garden",
        "harbor", "launch", "market", "merger", "mission", "outpost", "parade", "pact",
        "patent", "quarry", "railway", "reform", "river", "summit", "survey", "strike",
        "temple", "treaty", "tunnel", "union", "venture", "voyage", "works", "zone"};

    private SyntheticTimelines() {
    }

    /** mulberry32 as gen-data.js has it: 32-bit state, unsigned 32-bit outputs. */
    static final class Mulberry32 {
        private int state;

        Mulberry32(int seed) {
            this.state = seed;
        }

        long nextU32() {
            state += 0x6D2B79F5;
            int t = state;
            t = (t ^ (t >>> 15)) * (t | 1);
            t ^= t + (t ^ (t >>> 7)) * (t | 61);
            return (t ^ (t >>> 14)) & 0xFFFF_FFFFL;
        }

        /** floor(u32 * n / 2^32): exact in a long for every n below 2^31. */
        int uniformInt(long n) {
            return (int) ((nextU32() * n) >>> 32);
        }
    }

    /** Writes the file for {@code n} events; the stream is sequential, so a smaller file is a prefix of a larger one. */
    public static void write(int n, int seed, int groups, OutputStream out) throws IOException {
        Mulberry32 random = new Mulberry32(seed);
        StringBuilder events = new StringBuilder(n * 80);
        int ranges = 0;
        for (int i = 0; i < n; i++) {
            int group = 1 + random.uniformInt(groups);
            boolean isRange = random.uniformInt(100) < 35;
            long start = T0 + random.uniformInt(SPAN);
            String title = ADJ[random.uniformInt(ADJ.length)] + ' ' + NOUN[random.uniformInt(NOUN.length)];
            events.append("{\"id\":").append(i + 1).append(",\"start\":\"").append(iso(start)).append('"');
            if (isRange) {
                ranges++;
                int c = random.uniformInt(100);
                long duration;
                if (c < 40) {
                    duration = (1 + random.uniformInt(48)) * 3600L;
                } else if (c < 75) {
                    duration = (1 + random.uniformInt(60)) * DAY;
                } else if (c < 95) {
                    duration = (30 + random.uniformInt(336)) * DAY;
                } else {
                    duration = (365 + random.uniformInt(4 * 365)) * DAY;
                }
                events.append(",\"end\":\"").append(iso(Math.min(start + duration, T1))).append('"');
            }
            events.append(",\"group\":").append(group).append(",\"title\":\"").append(title).append("\"}");
            events.append(i + 1 < n ? ",\n" : "\n");
        }
        String meta = "{\"generator\":\"" + GENERATOR + "\",\"seed\":" + seed + ",\"n\":" + n + ",\"groups\":" + groups
                + ",\"from\":\"" + iso(T0) + "\",\"to\":\"" + iso(T1) + "\",\"ranges\":" + ranges
                + ",\"points\":" + (n - ranges) + "}";
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("{\"meta\":" + meta + ",\n\"events\":[\n");
        writer.append(events);
        writer.write("]}\n");
        writer.flush();
    }

    public static void write(int n, int seed, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            write(n, seed, 12, out);
        }
    }

    /** 1995-03-04T12:34:56Z, as JavaScript's toISOString without the milliseconds. */
    static String iso(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).toString();
    }

    public static void main(String[] args) throws IOException {
        int n = 1000;
        int seed = 42;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--n" -> n = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: --n N [--seed 42] [--out FILE]");
            }
        }
        write(n, seed, out == null ? Path.of("events-" + n + ".json") : out);
    }
}
