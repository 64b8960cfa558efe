#!/usr/bin/env bash
# Start-up and size benchmark of the packaged explorer (issues 7 and 18; results in docs/PERFORMANCE.md).
#
#   ./mvnw -Ppackage package          # first: target/image, target/installer/*.deb
#   scripts/bench-startup.sh          # RUNS=15 scripts/bench-startup.sh for more launches
#   VARIANTS="old=target/variants/x" scripts/bench-startup.sh   # also other explorer images, same round robin
#
# It packages a bare JavaFX "hello" stage (src/bench/hello) exactly like the product — the same JDK
# (the one scripts/package.sh linked target/image from), the same jlink options and locales, the same
# start-up archive training (AOT cache on JDK 25+, app CDS before) — then launches the two images
# alternately, back to back, RUNS times each (default 11) with --smoke-test, together with a copy of the
# product image without its start-up archive (to show what the archive buys) and any VARIANTS (space-
# separated name=image-directory pairs: one change measured against another in alternating launches),
# and reports the median first-frame-ms (process start
# to first frame drawn, measured inside each process the same way), the CPU time the process had used
# by then (all threads; steadier than the wall clock when other work shares the machine) and the wall
# time of each launch.
# Without DISPLAY it starts its own Xvfb (1920x1080). Output: a table on stdout and in
# target/bench/startup.md. The numbers are only as quiet as the machine: the load average is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-11}
# the JDK the product image was linked from (written by scripts/package.sh)
JDK_HOME=${JDK_HOME:-$(cat target/package/jdk-home 2>/dev/null || true)}
JDK_HOME=${JDK_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}}
export JDK_HOME
VARIANTS=${VARIANTS:-}
# shellcheck source=lib/display.sh
. scripts/lib/display.sh
# shellcheck source=lib/image.sh
. scripts/lib/image.sh

app=target/image
[ -x "$app/bin/balancing-act" ] || { echo "no $app: run ./mvnw -Ppackage package first" >&2; exit 1; }
ensure_display

# the bare stage, packaged the same way
bench=target/bench
rm -rf "$bench/hello-classes" && mkdir -p "$bench/hello-classes"
fx_jars=$(ls target/modules/javafx-*-linux.jar | tr '\n' ':')
"$JDK_HOME/bin/javac" --release 17 --module-path "$fx_jars" -d "$bench/hello-classes" \
  $(find src/bench/hello -name '*.java')
# the same launcher JVM flags as the product (pom property launcher.jvmFlags, and what the JDK needs
# for JavaFX), so the ratio compares apps, not JITs; the same locale data as the product
launcher_flags="$(sed -n 's:.*<launcher.jvmFlags>\(.*\)</launcher.jvmFlags>.*:\1:p' pom.xml) $(runtime_flags "$JDK_HOME")"
jlink_image "$bench/hello-image" "${fx_jars}$bench/hello-classes" bench.hello org.balancingact.bench.Hello hello \
  "$launcher_flags" "" en,be,ru,uk
train_startup_archive "$bench/hello-image" hello bench.hello org.balancingact.bench.Hello >/dev/null

# the product without its start-up archive (no default archive at all: jlink makes none)
rm -rf "$bench/image-nocds" && cp -a "$app" "$bench/image-nocds" && rm "$bench/image-nocds/lib/server/classes.jsa"

# a user home of its own: the explorer restores its window size from the user's preferences, which
# other runs on this machine may have changed; a fresh one gives it the default size every time
rm -rf "$bench/home" && mkdir -p "$bench/home"
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
launch() { # launch BIN -> "first-frame-ms wall-ms first-frame-cpu-ms"
  local t0 out t1
  t0=$(now_ms)
  out=$(env -i PATH=/usr/bin:/bin DISPLAY="$DISPLAY" HOME="${HOME:-/root}" JDK_JAVA_OPTIONS="-Duser.home=$bench/home" \
    "$1" --smoke-test 2>/dev/null)
  t1=$(now_ms)
  echo "$(sed -n 's/^first-frame-ms: //p' <<<"$out") $((t1 - t0)) $(sed -n 's/^first-frame-cpu-ms: //p' <<<"$out")"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$bench/app.txt"; : >"$bench/hello.txt"; : >"$bench/nocds.txt"
for variant in $VARIANTS; do
  [ -x "${variant#*=}/bin/balancing-act" ] || { echo "no ${variant#*=}/bin/balancing-act" >&2; exit 1; }
  : >"$bench/variant-${variant%%=*}.txt"
  launch "${variant#*=}/bin/balancing-act" >/dev/null
done
launch "$app/bin/balancing-act" >/dev/null; launch "$bench/hello-image/bin/hello" >/dev/null # warm the file cache
for i in $(seq 1 "$RUNS"); do
  launch "$app/bin/balancing-act" >>"$bench/app.txt"
  launch "$bench/hello-image/bin/hello" >>"$bench/hello.txt"
  launch "$bench/image-nocds/bin/balancing-act" >>"$bench/nocds.txt"
  for variant in $VARIANTS; do
    launch "${variant#*=}/bin/balancing-act" >>"$bench/variant-${variant%%=*}.txt"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

range() { sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {print lo "–" hi}'; }
app_ff=$(cut -d' ' -f1 "$bench/app.txt" | median); app_wall=$(cut -d' ' -f2 "$bench/app.txt" | median)
nocds_ff=$(cut -d' ' -f1 "$bench/nocds.txt" | median)
hello_ff=$(cut -d' ' -f1 "$bench/hello.txt" | median); hello_wall=$(cut -d' ' -f2 "$bench/hello.txt" | median)
app_cpu=$(cut -d' ' -f3 "$bench/app.txt" | median); nocds_cpu=$(cut -d' ' -f3 "$bench/nocds.txt" | median)
hello_cpu=$(cut -d' ' -f3 "$bench/hello.txt" | median)
mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB", b / 1000000}'; }
size_of() { if [ -e "$1" ]; then mb "$(stat -c %s "$1")"; else echo "(not built)"; fi; }
deb=$(ls target/installer/*.deb 2>/dev/null | head -1 || true)
tgz=$(ls target/installer/*.tar.gz 2>/dev/null | head -1 || true)
{
  echo "| measure | value | target |"
  echo "|---|---|---|"
  echo "| JDK the images were linked from | $(sed -n 's/^JAVA_VERSION=//p' "$app/release" | tr -d '"') ($JDK_HOME) | |"
  echo "| jlink image, \`du -sb target/image\` | $(mb "$(du -sb "$app" | cut -f1)") | |"
  echo "| of which the start-up archive lib/server/classes.jsa | $(size_of "$app/lib/server/classes.jsa") | |"
  echo "| .deb, \`stat\` | $(size_of "${deb:-none}") | ≤ 40 MB |"
  echo "| image .tar.gz, \`stat\` | $(size_of "${tgz:-none}") | ≤ 50 MB |"
  echo "| bare hello image (same packaging) | $(mb "$(du -sb "$bench/hello-image" | cut -f1)") | |"
  echo "| first frame, explorer, median (min–max) of $RUNS | ${app_ff} ms ($(cut -d' ' -f1 "$bench/app.txt" | range)) | ≤ 600 ms |"
  echo "| first frame, explorer without its start-up archive, median of $RUNS | ${nocds_ff} ms | |"
  echo "| first frame, bare hello stage, median (min–max) of $RUNS | ${hello_ff} ms ($(cut -d' ' -f1 "$bench/hello.txt" | range)) | |"
  echo "| ratio explorer / bare stage | $(awk -v a="$app_ff" -v h="$hello_ff" 'BEGIN {printf "%.2f", a / h}') | |"
  for variant in $VARIANTS; do
    f="$bench/variant-${variant%%=*}.txt"
    echo "| variant ${variant%%=*} (${variant#*=}): first frame median (min–max) / CPU median | $(cut -d' ' -f1 "$f" | median) ms ($(cut -d' ' -f1 "$f" | range)) / $(cut -d' ' -f3 "$f" | median) ms | |"
  done
  echo "| CPU time (all threads) by the first frame, median, explorer / without archive / hello | ${app_cpu} ms / ${nocds_cpu} ms / ${hello_cpu} ms | |"
  echo "| wall time of a --smoke-test launch (exec to exit), explorer / hello | ${app_wall} ms / ${hello_wall} ms | |"
  echo "| load average before / after | $load_before / $load_after | (2 cores) |"
  echo
  echo "explorer first-frame-ms: $(cut -d' ' -f1 "$bench/app.txt" | tr '\n' ' ')"
  echo
  echo "explorer first-frame-cpu-ms: $(cut -d' ' -f3 "$bench/app.txt" | tr '\n' ' ')"
  echo
  echo "hello first-frame-ms: $(cut -d' ' -f1 "$bench/hello.txt" | tr '\n' ' ')"
  echo
  echo "explorer without its start-up archive first-frame-ms: $(cut -d' ' -f1 "$bench/nocds.txt" | tr '\n' ' ')"
  for variant in $VARIANTS; do
    echo
    echo "variant ${variant%%=*} first-frame-ms: $(cut -d' ' -f1 "$bench/variant-${variant%%=*}.txt" | tr '\n' ' ')"
    echo "variant ${variant%%=*} first-frame-cpu-ms: $(cut -d' ' -f3 "$bench/variant-${variant%%=*}.txt" | tr '\n' ' ')"
  done
} | tee "$bench/startup.md"
