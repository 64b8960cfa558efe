# shellcheck shell=bash
# Sourced by scripts/package.sh and scripts/bench-startup.sh: the product and the benchmark's bare
# "hello" stage are packaged by the same two functions, so their start-up times compare fairly.

# jlink_image OUT MODULE_PATH MODULE MAIN_CLASS LAUNCHER "JVM FLAGS" [EXTRA_MODULES]
# EXTRA_MODULES (comma-separated) are service providers nothing `requires`, e.g. org.slf4j.nop.
# A stripped, compressed runtime image with a launcher script bin/LAUNCHER. The JVM flags are baked
# into the image (jlink --add-options), so every java started from it gets them: bin/LAUNCHER,
# bin/java, and a jpackage launcher on top of it.
jlink_image() {
  local out=$1 module_path=$2 module=$3 main_class=$4 launcher=$5 flags=$6 extra=${7:-}
  rm -rf "$out"
  local add_options=()
  if [ -n "$flags" ]; then
    add_options=(--add-options=" $flags") # the leading space: jlink reads a value starting with -- as an option
  fi
  "$JDK_HOME/bin/jlink" \
    --module-path "$module_path" \
    --add-modules "$module${extra:+,$extra}" \
    --launcher "$launcher=$module/$main_class" \
    "${add_options[@]}" \
    --strip-debug --compress=2 --no-header-files --no-man-pages \
    --output "$out"
}

# train_cds IMAGE LAUNCHER MODULE MAIN_CLASS
# The app-specific CDS archive (javafx_stack.md, "AppCDS recipes (1)"): one training run up to the
# first frame records the classes loaded; they are dumped as the image's DEFAULT archive
# lib/server/classes.jsa, which the JVM maps with no flag at all. Needs a display (ensure_display).
train_cds() {
  local img=$1 launcher=$2 module=$3 main_class=$4
  local classlist="$img/lib/training.classlist"
  rm -f "$img/lib/server/classes.jsa" "$classlist"
  JDK_JAVA_OPTIONS="-XX:DumpLoadedClassList=$classlist" \
    "$img/bin/$launcher" --smoke-test 2> >(grep -v '^NOTE: Picked up JDK_JAVA_OPTIONS' >&2)
  "$img/bin/java" -Xshare:dump -XX:SharedClassListFile="$classlist" \
    -XX:SharedArchiveFile="$img/lib/server/classes.jsa" -m "$module/$main_class" >/dev/null
  echo "[cds] $(wc -l <"$classlist") classes archived in $img/lib/server/classes.jsa ($(du -h "$img/lib/server/classes.jsa" | cut -f1))"
  rm -f "$classlist"
  # -Xshare:on refuses to start if the archive cannot be mapped: proves the image really uses it
  JDK_JAVA_OPTIONS="-Xshare:on" "$img/bin/$launcher" --smoke-test 2> >(grep -v '^NOTE: Picked up JDK_JAVA_OPTIONS' >&2) >/dev/null
}
