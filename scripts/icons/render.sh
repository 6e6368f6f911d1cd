#!/bin/sh
# Renders the app icons (static/icon-*.png, static/apple-touch-icon.png) from the two SVGs here,
# drawn by hand for the project. ImageMagick: `sh scripts/icons/render.sh`.
set -e
cd "$(dirname "$0")"
out=../../static
for s in 192 512; do
	convert -background none -density 400 icon.svg -resize ${s}x${s} -depth 8 -strip $out/icon-$s.png
	convert -background none -density 400 icon-maskable.svg -resize ${s}x${s} -depth 8 -strip $out/icon-maskable-$s.png
done
convert -background '#12263a' -density 400 icon-maskable.svg -resize 180x180 -alpha remove -depth 8 -strip $out/apple-touch-icon.png
