#!/usr/bin/env python3
"""Render a terminal screen captured with `tmux capture-pane -e -p` to a PNG.

Reads the capture (text with SGR colour/attribute sequences) and draws it cell by cell with a
monospace font, wide characters (CJK, emoji) over two cells, colours and reverse video kept,
so the pictures in README show the real app as a terminal would.

Needs Pillow and fontTools (`pip install pillow fonttools`), DejaVu Sans Mono
(`fonts-dejavu-core`) and, for CJK, WenQuanYi Micro Hei (`fonts-wqy-microhei`). A missing font,
or a character that no font here can draw, is an error (exit 1): a picture with empty boxes in
place of names must never be written, let alone committed.

usage: ansi2png.py CAPTURE.txt OUT.png [--cols 80] [--rows 24] [--title TEXT]
"""
import argparse
import re
import unicodedata

import sys

from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

try:
    from wcwidth import wcwidth
except ImportError:  # a small fallback: wide East Asian characters take two cells
    def wcwidth(ch):
        if unicodedata.combining(ch):
            return 0
        return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1

# xterm's default palette, slightly softened.
PALETTE = [
    (0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16),
    (36, 114, 200), (188, 63, 188), (17, 168, 205), (229, 229, 229),
    (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67),
    (59, 142, 234), (214, 112, 214), (41, 184, 219), (255, 255, 255),
]
DEFAULT_FG = (220, 220, 220)
DEFAULT_BG = (24, 24, 28)


def xterm256(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        levels = [0, 95, 135, 175, 215, 255]
        return (levels[n // 36], levels[(n // 6) % 6], levels[n % 6])
    v = 8 + (n - 232) * 10
    return (v, v, v)


class Style:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = None
        self.bg = None
        self.bold = self.dim = self.underline = self.reverse = False

    def copy(self):
        s = Style()
        s.__dict__.update(self.__dict__)
        return s

    def apply(self, params):
        codes = [int(p) if p else 0 for p in params.split(";")] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 4:
                self.underline = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 24:
                self.underline = False
            elif c == 27:
                self.reverse = False
            elif 30 <= c <= 37:
                self.fg = PALETTE[c - 30]
            elif 90 <= c <= 97:
                self.fg = PALETTE[c - 90 + 8]
            elif c == 39:
                self.fg = None
            elif 40 <= c <= 47:
                self.bg = PALETTE[c - 40]
            elif 100 <= c <= 107:
                self.bg = PALETTE[c - 100 + 8]
            elif c == 49:
                self.bg = None
            elif c in (38, 48) and i + 1 < len(codes):
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    colour = xterm256(codes[i + 2])
                    i += 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    colour = tuple(codes[i + 2:i + 5])
                    i += 4
                else:
                    colour = None
                if c == 38:
                    self.fg = colour
                else:
                    self.bg = colour
            i += 1


SGR = re.compile(r"\x1b\[([0-9;]*)m")
OTHER_ESCAPE = re.compile(r"\x1b(\[[0-9;?]*[A-Za-z]|\][^\x07]*\x07|[()][A-Z0-9])")


def parse(text, cols, rows):
    """Returns rows of cells: (char, style) or None for the right half of a wide character."""
    grid = []
    for line in text.split("\n")[:rows]:
        cells = []
        style = Style()
        pos = 0
        while pos < len(line):
            m = SGR.match(line, pos)
            if m:
                style.apply(m.group(1))
                pos = m.end()
                continue
            m = OTHER_ESCAPE.match(line, pos)
            if m:
                pos = m.end()
                continue
            ch = line[pos]
            pos += 1
            w = wcwidth(ch)
            if w < 0:
                continue
            if w == 0 and cells:
                prev_ch, prev_style = cells[-1] if cells[-1] else cells[-2]
                idx = -1 if cells[-1] else -2
                cells[idx] = (prev_ch + ch, prev_style)
                continue
            cells.append((ch, style.copy()))
            if w == 2:
                cells.append(None)
        grid.append(cells[:cols])
    while len(grid) < rows:
        grid.append([])
    return grid


MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
PACKAGES = {MONO: "fonts-dejavu-core", MONO_BOLD: "fonts-dejavu-core", CJK: "fonts-wqy-microhei"}


class Face:
    """A font and the set of characters it has glyphs for (its cmap), so that a character it
    lacks is caught here instead of being drawn as an empty box."""

    def __init__(self, path, size, index=0):
        try:
            self.font = ImageFont.truetype(path, size, index=index)
            self.chars = set(TTFont(path, fontNumber=index).getBestCmap())
        except OSError:
            sys.exit(f"ansi2png: missing font {path} (apt-get install {PACKAGES[path]})")

    def draws(self, text):
        return all(ord(c) in self.chars or unicodedata.combining(c) for c in text)


def font_for(size):
    return Face(MONO, size), Face(MONO_BOLD, size), Face(CJK, size, index=1)


def render(grid, cols, rows, out, title=None, size=16):
    regular, heavy, wide = font_for(size)
    cw = int(round(regular.font.getlength("M")))
    ch = int(size * 1.35)
    pad = 12
    top = ch + pad if title else pad
    img = Image.new("RGB", (cols * cw + 2 * pad, rows * ch + top + pad), DEFAULT_BG)
    draw = ImageDraw.Draw(img)
    missing = set()
    if title:
        draw.text((pad, pad // 2), title, font=regular.font, fill=(150, 150, 160))
    for y, cells in enumerate(grid):
        for x, cell in enumerate(cells):
            if cell is None:
                continue
            text, st = cell
            fg = st.fg or DEFAULT_FG
            bg = st.bg
            if st.reverse:
                fg, bg = (bg or DEFAULT_BG), (st.fg or DEFAULT_FG)
            if st.dim:
                fg = tuple(int(c * 0.6) for c in fg)
            width = 2 if x + 1 < len(cells) and cells[x + 1] is None else 1
            px, py = pad + x * cw, top + y * ch
            if bg:
                draw.rectangle([px, py, px + width * cw - 1, py + ch - 1], fill=bg)
            if text.strip():
                face = wide if width == 2 else (heavy if st.bold else regular)
                face = next((f for f in (face, regular, wide) if f.draws(text)), None)
                if face is None:
                    missing.update(c for c in text if not any(f.draws(c) for f in (regular, wide)))
                    continue
                draw.text((px, py + (ch - size) // 2 - 1), text, font=face.font, fill=fg)
            if st.underline:
                draw.line([px, py + ch - 2, px + width * cw - 1, py + ch - 2], fill=fg)
    if missing:
        names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in sorted(missing))
        sys.exit(f"ansi2png: no font here draws {names}; {out} not written")
    img.save(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("capture")
    ap.add_argument("out")
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--title")
    args = ap.parse_args()
    with open(args.capture, encoding="utf-8", errors="replace") as f:
        text = f.read()
    render(parse(text, args.cols, args.rows), args.cols, args.rows, args.out, args.title)


if __name__ == "__main__":
    main()
