#!/usr/bin/env bash
# Builds what students run. Called by `./mvnw -Ppackage package` (exec-maven-plugin, after the jar,
# the copied dependencies in target/modules and moditect's descriptors for the automatic modules),
# which passes everything below as environment variables from pom.xml.
#
#   target/image/                         jlink runtime image; launcher bin/balancing-act; its own
#                                         start-up archive lib/server/classes.jsa (fast start, no
#                                         flag): an AOT cache when linked from JDK 25+, else app CDS
#   target/app-image/balancing-act/       jpackage app-image on that runtime (native launcher)
#   target/installer/balancing-act-VERSION-linux-x64.tar.gz   the image, to unpack and run (Linux)
#   target/installer/balancing-act_VERSION_amd64.deb          Debian package (Linux)
#   target/installer/*.msi | *.dmg        on Windows | macOS (see packaging/README.md)
#
# PACKAGE_INSTALLERS=false (mvn -Dpackage.installers=false) stops after the app-image: the .deb's xz
# compression alone takes about two minutes on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${JDK_HOME:?} ${BUILD_DIR:?} ${APP_JAR:?} ${APP_VERSION:?} ${APP_MODULE:?} ${APP_MAIN_CLASS:?}"
: "${APP_JVM_FLAGS:=} ${APP_DESCRIPTION:=Balancing Act} ${JAVAFX_VERSION:?}"
NAME=balancing-act
# shellcheck source=lib/display.sh
. scripts/lib/display.sh
# shellcheck source=lib/image.sh
. scripts/lib/image.sh

case "$(uname -s)" in
  Linux*) os=linux; sep=":"; icon=packaging/icons/balancing-act-256.png ;;
  Darwin*) os=mac; sep=":"; icon=packaging/icons/balancing-act.icns ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; sep=";"; icon=packaging/icons/balancing-act.ico ;;
  *) echo "unsupported system $(uname -s)" >&2; exit 1 ;;
esac
step() { printf '[package] %s (%ss)\n' "$1" "$SECONDS"; }

# 0. the JDK the image is linked from. PACKAGE_JDK (mvn -Dpackage.jdk=/path/to/jdk) names one;
#    otherwise the newest JDK 25 or later in /usr/lib/jvm (Linux) is taken, because its AOT cache
#    opens the app's first frame about a fifth sooner than JDK 17 with CDS (docs/PERFORMANCE.md,
#    "Packaging and startup"), and failing that the JDK running Maven (JDK_HOME from pom.xml: a JDK 17 makes the
#    JDK 17 image with its CDS archive). Any JDK 17+ with jlink and jpackage works; a JDK without
#    jmods (Temurin 24+) links from its own run-time image.
build_jdk=$JDK_HOME
if [ -n "${PACKAGE_JDK:-}" ]; then
  JDK_HOME=$PACKAGE_JDK
  why="-Dpackage.jdk"
else
  why="the JDK running Maven"
  if [ "$os" = linux ]; then
    # PACKAGE_JDK_SEARCH=/nonexistent: behave as on a machine with only the JDK running Maven (tests of .ci/run)
    for candidate in "${PACKAGE_JDK_SEARCH:-/usr/lib/jvm}"/*/; do
      candidate=${candidate%/}
      [ -d "$candidate" ] && [ -x "$candidate/bin/jlink" ] && [ -x "$candidate/bin/jpackage" ] && [ -f "$candidate/release" ] || continue
      feature=$(jdk_feature "$candidate")
      if [ "${feature:-0}" -ge 25 ] && [ "$feature" -gt "$(jdk_feature "$JDK_HOME")" ]; then
        JDK_HOME=$candidate
        why="the newest JDK 25+ in /usr/lib/jvm (-Dpackage.jdk=$build_jdk to link with the JDK running Maven)"
      fi
    done
  fi
fi
[ -x "$JDK_HOME/bin/jlink" ] || { echo "[package] $JDK_HOME has no bin/jlink: -Dpackage.jdk must name a JDK" >&2; exit 1; }
export JDK_HOME
APP_JVM_FLAGS="$APP_JVM_FLAGS $(runtime_flags "$JDK_HOME")"
step "JDK $(jdk_feature "$JDK_HOME"): $JDK_HOME ($why)"

# 1. module path: the copied runtime jars (JavaFX's plain jars are empty shells next to the
#    platform-classified ones that hold the modules), moditect's rewritten jars, and the app's jar
modules="$BUILD_DIR/modules"
rm -f "$modules"/javafx-*-"$JAVAFX_VERSION".jar

# 1b. the app's stylesheets pre-parsed to JavaFX's binary form: for a stylesheet URL ending in .css,
#     JavaFX loads a .bss beside it when there is one, skipping the CSS parser at start-up. They go
#     into a copy of the jar used only for the image, so a .css edited later never meets a stale .bss
#     in the tests or in ./mvnw javafx:run.
step "stylesheets to binary (.bss)"
app_jar="$BUILD_DIR/package/$(basename "$APP_JAR")"
css_dir="$BUILD_DIR/package/stylesheets"
rm -rf "$BUILD_DIR/package" && mkdir -p "$css_dir"
echo "$JDK_HOME" >"$BUILD_DIR/package/jdk-home" # scripts/bench-startup.sh packages its bare stage with it
cp "$APP_JAR" "$app_jar"
"$JDK_HOME/bin/jar" tf "$APP_JAR" | grep '\.css$' >"$BUILD_DIR/package/stylesheets.txt"
(cd "$css_dir" && xargs "$JDK_HOME/bin/jar" xf "$APP_JAR" <"$BUILD_DIR/package/stylesheets.txt")
while read -r css; do
  "$JDK_HOME/bin/java" --module-path "$modules" --add-modules javafx.graphics \
    --add-exports javafx.graphics/com.sun.javafx.css.parser=ALL-UNNAMED \
    com.sun.javafx.css.parser.Css2Bin "$css_dir/$css" "$css_dir/${css%.css}.bss"
  rm "$css_dir/$css"
done <"$BUILD_DIR/package/stylesheets.txt"
"$JDK_HOME/bin/jar" --update --file "$app_jar" -C "$css_dir" .
module_path="$modules$sep$app_jar"

# 2. jlink image with the ControlsFX flags (pom property controlsfx.jvmFlags) baked in
step "jlink $BUILD_DIR/image"
# org.slf4j.nop: the networknt validator logs through SLF4J; without a provider it warns on stderr
# en,be,ru,uk: the interface languages' CLDR data (month names in dates), issue 15
jlink_image "$BUILD_DIR/image" "$module_path" "$APP_MODULE" "$APP_MAIN_CLASS" "$NAME" "$APP_JVM_FLAGS" \
  org.slf4j.nop en,be,ru,uk

# 3. the start-up archive (AOT cache on JDK 25+, app CDS archive before): a training run up to the
#    first frame, which needs a display
step "training run for the start-up archive"
if [ "$os" = linux ]; then
  ensure_display
fi
train_startup_archive "$BUILD_DIR/image" "$NAME" "$APP_MODULE" "$APP_MAIN_CLASS"

# 4. jpackage app-image on that runtime (the flags and the archive come with it)
step "jpackage app-image"
rm -rf "$BUILD_DIR/app-image"
common=(--name "$NAME" --app-version "$APP_VERSION" --vendor "Balancing Act"
        --description "$APP_DESCRIPTION" --copyright "Code: see the repository; data: Shraibman (2022), quoted")
"$JDK_HOME/bin/jpackage" --type app-image --runtime-image "$BUILD_DIR/image" \
  --module "$APP_MODULE/$APP_MAIN_CLASS" --icon "$icon" --dest "$BUILD_DIR/app-image" "${common[@]}"

# 4b. Linux: the desktop entry and the icon theme files, in the layout of /usr/share, inside the app
#     (lib/desktop/). The .deb's postinst copies them to /usr/share/applications and
#     /usr/share/icons/hicolor; jpackage itself can only pack files under /opt/balancing-act.
if [ "$os" = linux ]; then
  desktop="$BUILD_DIR/app-image/$NAME/lib/desktop"
  mkdir -p "$desktop/icons/hicolor/scalable/apps"
  cp packaging/linux/balancing-act.desktop "$desktop/"
  for png in packaging/icons/balancing-act-*.png; do
    size=${png##*-}; size=${size%.png}
    mkdir -p "$desktop/icons/hicolor/${size}x$size/apps"
    cp "$png" "$desktop/icons/hicolor/${size}x$size/apps/balancing-act.png"
  done
  cp packaging/icons/balancing-act.svg "$desktop/icons/hicolor/scalable/apps/balancing-act.svg"
fi

if [ "${PACKAGE_INSTALLERS:-true}" = false ]; then
  step "done (installer skipped)"
  exit 0
fi

# 5. installers
mkdir -p "$BUILD_DIR/installer"
rm -f "$BUILD_DIR/installer"/*
case "$os" in
  linux)
    step "tar.gz of the image"
    # gzip -9: 0.4 MB less than tar's default -6 for 20 s more, on the way to the 50 MB target
    tar -C "$BUILD_DIR" --transform "s,^image,$NAME-$APP_VERSION," -cf - image | gzip -9 \
      >"$BUILD_DIR/installer/$NAME-$APP_VERSION-linux-x64.tar.gz"
    step "jpackage deb"
    command -v fakeroot >/dev/null || _apt_install_missing fakeroot
    # packaging/linux holds the control file (its Depends is the whole list: jpackage's own list,
    # computed from this build machine's libraries, named Debian-only packages) and the maintainer
    # scripts, which register the menu entry without xdg-desktop-menu (packaging/README.md). No
    # --icon or --linux-shortcut: either would make jpackage add its own xdg-desktop-menu calls.
    # The control file's Version is written here, not left to jpackage's token: JDK 17 fills
    # APPLICATION_VERSION-APPLICATION_RELEASE, JDK 25 only APPLICATION_VERSION_WITH_RELEASE (its
    # dpkg-deb then refused "0.1.0-APPLICATION_RELEASE"). Release 1, named to jpackage too: JDK 25's
    # otherwise leaves it out of the file name (balancing-act_0.1.0_amd64.deb instead of …0.1.0-1…).
    resources="$BUILD_DIR/package/linux-resources"
    rm -rf "$resources" && cp -r packaging/linux "$resources"
    sed -i "s/^Version: .*/Version: $APP_VERSION-1/" "$resources/control"
    "$JDK_HOME/bin/jpackage" --type deb --app-image "$BUILD_DIR/app-image/$NAME" --dest "$BUILD_DIR/installer" \
      --resource-dir "$resources" --linux-app-release 1 --linux-app-category education "${common[@]}"
    ;;
  windows)
    step "jpackage msi (needs WiX Toolset 3 on PATH)"
    "$JDK_HOME/bin/jpackage" --type msi --app-image "$BUILD_DIR/app-image/$NAME" --dest "$BUILD_DIR/installer" \
      --resource-dir packaging/windows --win-menu --win-menu-group "Balancing Act" --win-shortcut \
      --win-dir-chooser --win-upgrade-uuid 6d1c3f5e-1b2a-4c39-9a51-4a0d2b7e8f10 "${common[@]}"
    ;;
  mac)
    step "jpackage dmg"
    "$JDK_HOME/bin/jpackage" --type dmg --app-image "$BUILD_DIR/app-image/$NAME.app" --dest "$BUILD_DIR/installer" \
      --resource-dir packaging/macos "${common[@]}"
    ;;
esac
ls -l "$BUILD_DIR/installer"
step "done"
