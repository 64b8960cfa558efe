# shellcheck shell=bash
# Sourced by scripts/package.sh and scripts/bench-startup.sh: the product and the benchmark's bare
# "hello" stage are packaged by the same two functions, so their start-up times compare fairly.

# jlink_image OUT MODULE_PATH MODULE MAIN_CLASS LAUNCHER "JVM FLAGS" [EXTRA_MODULES] [LOCALES]
# EXTRA_MODULES (comma-separated) are service providers nothing `requires`, e.g. org.slf4j.nop.
# LOCALES (comma-separated, e.g. en,be,ru,uk) adds jdk.localedata cut down to those languages
# (jlink --include-locales): without it java.base knows only English CLDR data, and dates come out
# as "24 Feb 2022" in every interface language. Nothing `requires` jdk.localedata either: java.time
# finds it as a service provider.
# A stripped runtime image with a launcher script bin/LAUNCHER. The JVM flags are baked into the
# image (jlink --add-options), so every java started from it gets them: bin/LAUNCHER, bin/java, and a
# jpackage launcher on top of it.
#
# Size choices (measured, docs/PERFORMANCE.md "Packaging and startup"):
# - --compress=1 (shared constant strings), not 2 (zip): lib/modules is 58 MB instead of 37 MB, but
#   the .deb's xz and the .tar.gz compress it far better than already-zipped entries (xz: 16 MB
#   instead of 35 MB), so what a student downloads is smaller, and nothing is inflated at start-up.
# - no sound or splash-screen libraries (the app plays no sound and has no AWT splash screen), and
#   no libjavajpeg.so: ImageIO's JPEG codec, which the app never uses (its exports are PNG, read and
#   written by JavaFX and ImageIO's pure-Java PNG codec). It is the only library of the image that
#   needs the system's libjpeg.so.62, a Debian name (libjpeg62-turbo) that Ubuntu does not install;
#   without it the .deb's Depends need no libjpeg at all (packaging/README.md, "Depends").
# - the native libraries' symbol tables are stripped (strip --strip-unneeded, Linux): libjvm.so
#   24.1 -> 20.0 MB; a crash report then names fewer functions, nothing else changes.
jlink_image() {
  local out=$1 module_path=$2 module=$3 main_class=$4 launcher=$5 flags=$6 extra=${7:-} locales=${8:-}
  rm -rf "$out"
  local locale_options=()
  if [ -n "$locales" ]; then
    extra="${extra:+$extra,}jdk.localedata"
    locale_options=(--include-locales="$locales")
  fi
  local add_options=()
  if [ -n "$flags" ]; then
    add_options=(--add-options=" $flags") # the leading space: jlink reads a value starting with -- as an option
  fi
  # JavaFX's native libraries go to lib/ as files, where JavaFX looks first in a runtime image
  # (NativeLibLoader: java.home/lib), instead of staying resources of javafx.graphics: from there every
  # launch would read them, compare their MD5 with a copy in ~/.openjfx/cache, and the first launch
  # would write that copy. Linux only: the other systems keep JavaFX's own mechanism.
  local fx_natives=()
  if [ "$(uname -s)" = Linux ]; then
    fx_natives=(--exclude-resources='/javafx.graphics/lib*.so')
  fi
  "$JDK_HOME/bin/jlink" \
    --module-path "$module_path" \
    --add-modules "$module${extra:+,$extra}" \
    --launcher "$launcher=$module/$main_class" \
    "${add_options[@]}" \
    ${locale_options[@]+"${locale_options[@]}"} \
    --strip-debug --compress=1 --no-header-files --no-man-pages \
    --exclude-files='**/libjsound.so,**/libsplashscreen.so,**/libjavajpeg.so' \
    ${fx_natives[@]+"${fx_natives[@]}"} \
    --output "$out"
  if [ ${#fx_natives[@]} -gt 0 ]; then
    local entry jar
    for entry in $(tr ':' ' ' <<<"$module_path"); do # a module path entry is a jar or a directory of jars
      for jar in $(find "$entry" -maxdepth 1 -name 'javafx-graphics-*.jar'); do
        jar=$(realpath "$jar")
        (cd "$out/lib" && "$JDK_HOME/bin/jar" tf "$jar" | grep '^lib[^/]*\.so$' | xargs "$JDK_HOME/bin/jar" xf "$jar")
      done
    done
    [ -e "$out/lib/libglass.so" ] || { echo "[image] JavaFX's native libraries were not found on $module_path" >&2; return 1; }
  fi
  if [ "$(uname -s)" = Linux ] && command -v strip >/dev/null 2>&1; then
    find "$out/lib" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
  fi
}

# train_cds IMAGE LAUNCHER MODULE MAIN_CLASS
# The app-specific CDS archive (javafx_stack.md, "AppCDS recipes (1)"): one training run up to the
# first frame records the classes loaded; they are dumped as the image's DEFAULT archive
# lib/server/classes.jsa, which the JVM maps with no flag at all. Needs a display (ensure_display).
#
# Everything the training run loaded is archived, the JSON libraries too: they run on the background
# thread that reads the dataset while the toolkit starts, and leaving their ~700 classes out (archive
# 41 -> 35 MB) cost about 5 % more CPU before the first frame (docs/PERFORMANCE.md, variant table).
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
