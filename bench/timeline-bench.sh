#!/bin/sh
# The timeline benchmark (issue 3), mirroring shared/bench/vis-timeline: one fresh JVM per N.
#   Xvfb :103 -screen 0 1920x1080x24 &      # any X display; software rendering like the vis run
#   DISPLAY=:103 bench/timeline-bench.sh 1000 10000 100000 1000000
# Prints one markdown row per N: read ms, first frame ms, zoom layout/frame median and p95,
# pan layout/frame median and p95, heap MB after load. Data goes to target/bench-data (generated,
# byte-identical to gen-data.js, seed 42).
set -e
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -DincludeScope=test
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
echo "| N | read ms | first frame ms | zoom layout med | zoom layout p95 | zoom frame med | zoom frame p95 | pan layout med | pan layout p95 | pan frame med | pan frame p95 | heap MB after load |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
echo "(cpu rows: N, process CPU ms to first frame, zoom FX-thread CPU med/p95, zoom render-thread CPU med/p95, pan FX CPU med/p95, pan render CPU med/p95)"
SIZES="${*:-1000 10000 100000 1000000}"
# By default the packaged launcher's JVM flags (pom property launcher.jvmFlags: C1 only), so the figures
# are what a student's app does; BENCH_JVM_OPTS=" " measures the JVM's default tiered compilation instead.
BENCH_JVM_OPTS="${BENCH_JVM_OPTS:-$(sed -n 's:.*<launcher.jvmFlags>\(.*\)</launcher.jvmFlags>.*:\1:p' pom.xml)}"
for N in $SIZES; do
  java -Xmx4g ${BENCH_JVM_OPTS:-} -cp "$CP" -Dprism.order=sw -Djavafx.animation.fullspeed=true \
    org.balancingact.bench.TimelineBenchmark "$N" target/bench-data 2>/dev/null
done
