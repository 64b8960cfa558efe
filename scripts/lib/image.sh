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
# - no AWT colour management (liblcms.so: the PNG export writes sRGB pixels, nothing converts colour
#   spaces), no libmlib_image.so (AWT's optional accelerated image operations: sun.awt.image.ImagingLib
#   falls back to Java code without it), no libsimdsort.so (the JIT's optional AVX-512 sort stubs),
#   no lib/jrt-fs.jar (lets an older JDK's tools read this image's modules; the app never needs it).
#   AWT's font library stays: any java.awt.Graphics (even drawImage on a BufferedImage) loads it.
# - no message bundles of languages the app does not speak (de, es, fr, it, ja, ko, pt_BR, sv, zh_*,
#   pl, hu, cs: XML parser, Swing, launcher, schema validator…; ResourceBundle falls back to English),
#   no AtlantaFX themes but Primer (the app's Theme uses Primer Light and Dark only), and no OpenPDF
#   CJK character maps (fonts/*.cmap, 2.6 MB: only its built-in Asian CID fonts use them; the handout
#   embeds its own TrueType fonts with Identity-H).
# Those cuts keep the JDK 25 image's .tar.gz under 50 MB (docs/PERFORMANCE.md, "Packaging and startup").
# - the native libraries' symbol tables are stripped (strip --strip-unneeded, Linux): libjvm.so
#   24.1 -> 20.0 MB; a crash report then names fewer functions, nothing else changes.
# jdk_feature JDK_HOME: the JDK's feature release (17, 25, …), from its release file
jdk_feature() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

# runtime_flags JDK_HOME: JVM flags the image needs on that JDK, besides the app's own.
# JDK 24+ (JEP 472, JEP 471/498) warn about JavaFX 21's System.loadLibrary and sun.misc.Unsafe use;
# these grant exactly that and nothing more. Never --illegal-native-access=allow: it switches the
# archived module graph off, and with it the AOT cache's linked classes.
runtime_flags() {
  if [ "$(jdk_feature "$1")" -ge 24 ]; then
    echo "--enable-native-access=javafx.graphics --sun-misc-unsafe-memory-access=allow"
  fi
}

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
    fx_natives=('/javafx.graphics/lib*.so')
  fi
  local excluded_resources='/atlantafx.base/atlantafx/base/theme/cupertino-*,/atlantafx.base/atlantafx/base/theme/dracula.*,/atlantafx.base/atlantafx/base/theme/nord-*'
  excluded_resources+=',/com.github.librepdf.openpdf/com/lowagie/text/pdf/fonts/*.cmap'
  excluded_resources+=',regex:.*_(de|es|fr|it|ja|ko|pt_BR|sv|zh_CN|zh_TW|zh_HK|pl|hu|cs)(\$[^/]*)?\.(class|properties)'
  if [ ${#fx_natives[@]} -gt 0 ]; then
    excluded_resources+=",${fx_natives[0]}"
  fi
  "$JDK_HOME/bin/jlink" \
    --module-path "$module_path" \
    --add-modules "$module${extra:+,$extra}" \
    --launcher "$launcher=$module/$main_class" \
    "${add_options[@]}" \
    ${locale_options[@]+"${locale_options[@]}"} \
    --strip-debug --compress=1 --no-header-files --no-man-pages \
    --exclude-files='**/libjsound.so,**/libsplashscreen.so,**/libjavajpeg.so,**/liblcms.so,**/libmlib_image.so,**/libsimdsort.so,**/jrt-fs.jar' \
    --exclude-resources="$excluded_resources" \
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

# train_aot IMAGE LAUNCHER (JDK 25+)
# The AOT cache (JEP 483, JEP 514): one training run up to the first frame with -XX:AOTCacheOutput
# records the classes loaded AND linked, and the JVM writes the cache (method profiles, JEP 515, only
# with C2: under the launcher's -XX:TieredStopAtLevel=1 the JVM records none). Unlike a JDK 17 CDS archive it keeps the archived module graph: the --add-exports
# and --add-opens of the training run and of every launch are the same (baked into the image), and no
# --illegal-native-access=allow. The cache is written where a JDK 17 image has its CDS archive, as the
# image's DEFAULT archive lib/server/classes.jsa: the JVM maps an AOT cache from there with no flag
# (checked below and with -Xlog:aot: "full module graph: enabled", "Using AOT-linked classes: true"),
# so bin/LAUNCHER, bin/java and the jpackage launcher all use it and no launcher has to pass
# -XX:AOTCache with a path (jlink's launcher script cannot expand $DIR in its baked options).
# Needs a display (ensure_display).
train_aot() {
  local img=$1 launcher=$2
  local cache="$img/lib/server/classes.jsa"
  rm -f "$cache"
  JDK_JAVA_OPTIONS="-XX:AOTCacheOutput=$cache" \
    "$img/bin/$launcher" --smoke-test 2> >(grep -v '^NOTE: Picked up JDK_JAVA_OPTIONS' >&2) >/dev/null
  [ -s "$cache" ] || { echo "[aot] the training run wrote no $cache" >&2; return 1; }
  echo "[aot] AOT cache $cache ($(du -h "$cache" | cut -f1))"
  # -Xshare:on refuses to start if the archive cannot be mapped; the log says whether the module graph
  # and the linked classes were kept (a JDK that stops taking an AOT cache from the default place, or
  # flags that differ from the training run's, fail the build here instead of silently starting slow)
  local log
  log=$(JDK_JAVA_OPTIONS="-Xshare:on -Xlog:aot=info,cds=info" "$img/bin/$launcher" --smoke-test 2>/dev/null)
  grep -q 'full module graph: enabled' <<<"$log" && grep -q 'Using AOT-linked classes: true' <<<"$log" || {
    echo "[aot] $img does not use its AOT cache fully (-Xlog:aot):" >&2
    grep -i 'module graph\|aot-linked\|disabled\|mismatch' <<<"$log" >&2
    return 1
  }
}

# train_startup_archive IMAGE LAUNCHER MODULE MAIN_CLASS
# What makes the image start fast on the JDK it was linked from: an AOT cache on JDK 25 and later,
# the app-specific CDS archive before (both as lib/server/classes.jsa).
train_startup_archive() {
  if [ "$(jdk_feature "$JDK_HOME")" -ge 25 ]; then
    train_aot "$1" "$2"
  else
    train_cds "$@"
  fi
}
