#!/usr/bin/env python3
"""Make an animated GIF from terminal screens captured with `tmux capture-pane -e -p`.

Each frame is a capture and how long it stays on screen (FILE:MILLISECONDS). The screens are
parsed, checked and drawn by scripts/ansi2png.py, so the recording looks like the PNGs and
fails the same way: every character of every frame is checked against the fonts before any
frame is drawn, and a character no font has a glyph for stops it (exit 1) naming the
character and the package; no GIF is written then.

The frames share one palette (taken from all of them, without dithering), so the colours do
not shift from frame to frame and the GIF stores only the part of each frame that changed.

usage: frames2gif.py OUT.gif --cols 120 --rows 32 [--title TEXT] [--size 16] CAPTURE.txt:MS...
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ansi2png import Fonts, Image, draw_screen, read_capture  # noqa: E402


def frame_argument(text):
    path, sep, ms = text.rpartition(":")
    if not sep or not ms.isdigit() or int(ms) <= 0:
        raise argparse.ArgumentTypeError(f"{text}: expected CAPTURE.txt:MILLISECONDS")
    return path, int(ms)


def shared_palette(images):
    """One 256-colour palette for every frame: quantized from the frames stacked together,
    each distinct frame once."""
    distinct = []
    for img in images:
        if not any(img.tobytes() == seen.tobytes() for seen in distinct):
            distinct.append(img)
    width = max(img.width for img in distinct)
    stack = Image.new("RGB", (width, sum(img.height for img in distinct)))
    y = 0
    for img in distinct:
        stack.paste(img, (0, y))
        y += img.height
    return stack.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("frames", nargs="+", type=frame_argument, metavar="CAPTURE.txt:MS")
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--title")
    ap.add_argument("--size", type=int, default=16, help="font size in pixels")
    args = ap.parse_args()

    fonts = Fonts()
    grids = [read_capture(path, args.cols, args.rows) for path, _ in args.frames]
    for grid, (path, _) in zip(grids, args.frames):
        fonts.check(grid, args.title, f"{args.out} (frame {path})")
    images = [draw_screen(grid, args.cols, args.rows, fonts, args.title, args.size) for grid in grids]
    palette = shared_palette(images)
    frames = [img.quantize(palette=palette, dither=Image.Dither.NONE) for img in images]
    frames[0].save(
        args.out,
        save_all=True,
        append_images=frames[1:],
        duration=[ms for _, ms in args.frames],
        loop=0,
        optimize=True,
    )


if __name__ == "__main__":
    main()
