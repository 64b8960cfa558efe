#!/bin/sh
# Opening imported files (issue 17): a 100,000-row CSV and a 100,000-slide TimelineJS file, to the
# timeline's first frame (target 1.5 s). One fresh JVM per run, the launcher's JVM flags, software rendering.
#   Xvfb :103 -screen 0 1920x1080x24 &      # any X display
#   DISPLAY=:103 bench/import-bench.sh                  # csv 100000, timelinejs 100000, alerts 20000
#   DISPLAY=:103 bench/import-bench.sh csv 10000 csv 100000
#   BENCH_MODES=app bench/import-bench.sh               # only the "in the app" mode
# Each file is opened in two modes, each in its own JVM (see ImportBenchmark's class comment):
#   app  — what the user waits for: the app is already up (toolkit, theme stylesheet, a TimelineView
#          showing the bundled dataset in a 1280x760 stage, first frame drawn, 1 s idle); then on the FX
#          thread, as File > Open does: previewTable, read, state.setTimeline, to the first frame of the
#          new timeline. The stage holds only the timeline: the other views' and the problems panel's
#          reaction to the new timeline are not in the figure (see window).
#   window — the same in the whole main window (network, quotes, details, status bar, problems panel):
#          from MainWindow.open(file) — disk read, preview, read, setTimeline and every view's reaction —
#          to the first frame after it. The strictest; the figure for the target.
#   cold — the earlier method, kept for comparison: from the bytes in memory through preview and read to
#          a brand-new Stage/Scene/TimelineView in a just-started toolkit (first CSS use, the theme
#          stylesheet's parse, skin class loading are inside the figure).
# Prints one markdown row per run: kind (mode), N, file size, events, preview ms (tables: what the app reads to
# decide whether to ask about columns), read ms, first frame ms (from the bytes in memory), process CPU ms
# to the first frame, heap MB after load. Files go to target/bench-data (generated once, seed 42).
# Do not run it on a shared, loaded machine: the figures would be the load's.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -DincludeScope=test
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
BENCH_JVM_OPTS="${BENCH_JVM_OPTS:-$(sed -n 's:.*<launcher.jvmFlags>\(.*\)</launcher.jvmFlags>.*:\1:p' pom.xml)}"
echo "| kind | N | file | events | preview ms | read ms | first frame ms | CPU ms | heap MB |"
echo "|---|---:|---:|---|---:|---:|---:|---:|---:|"
set -- ${*:-csv 100000 timelinejs 100000 alerts 20000}
while [ $# -ge 2 ]; do
  for mode in ${BENCH_MODES:-window app cold}; do
    java -Xmx4g ${BENCH_JVM_OPTS:-} -cp "$CP" -Dprism.order=sw -Djavafx.animation.fullspeed=true \
      org.balancingact.bench.ImportBenchmark "$1" "$2" target/bench-data "$mode" 2>/dev/null
  done
  shift 2
done
