#!/usr/bin/env bash
# Regenerates every icon file from balancing-act.svg. Run by hand after editing the SVG (the build only
# uses the files this writes, so it needs none of these tools).
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert, for .ico), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" balancing-act.svg -o "balancing-act-$size.png"
done
convert balancing-act-16.png balancing-act-24.png balancing-act-32.png balancing-act-48.png \
        balancing-act-64.png balancing-act-128.png balancing-act-256.png balancing-act.ico
png2icns balancing-act.icns balancing-act-16.png balancing-act-32.png balancing-act-48.png \
         balancing-act-128.png balancing-act-256.png balancing-act-512.png >/dev/null
ls -l
