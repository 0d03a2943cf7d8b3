#!/usr/bin/env python3
"""Render a terminal screen captured with `tmux capture-pane -e -p` to a PNG.

Reads the capture (text with SGR colour/attribute sequences) and draws it cell by cell with a
monospace font, wide characters (CJK, emoji) over two cells, colours and reverse video kept,
so the pictures in README show the real app as a terminal would. scripts/frames2gif.py uses
the same parsing, checking and drawing for the animated recording.

Needs Pillow and fontTools (`pip install pillow fonttools`, or apt-get install python3-pil
python3-fonttools), DejaVu Sans Mono (`fonts-dejavu-core`) and, for wide characters (CJK),
WenQuanYi Micro Hei (`fonts-wqy-microhei`). Every character of the screen and the title is
checked against the fonts' character maps before anything is drawn: a missing font, or a
character that no font here has a glyph for, is an error (exit 1) that names the character
and the package, because a picture with empty boxes in place of names must never be written,
let alone committed. The font files can be moved with ANSI2PNG_FONT_MONO, ANSI2PNG_FONT_BOLD,
ANSI2PNG_FONT_SYMBOLS and ANSI2PNG_FONT_WIDE (scripts/ansi2png_test.py uses them).

usage: ansi2png.py CAPTURE.txt OUT.png [--cols 80] [--rows 24] [--title TEXT]
       ansi2png.py --check    (Pillow, fontTools and the fonts are here: exit 0, else 1 saying what is missing)
"""
import argparse
import os
import re
import sys
import unicodedata

try:
    from fontTools.ttLib import TTFont
    from PIL import Image, ImageDraw, ImageFont
except ImportError as error:
    sys.exit(
        f"ansi2png: needs Pillow and fontTools ({error}); "
        "pip install pillow fonttools, or apt-get install python3-pil python3-fonttools"
    )

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


class Face:
    """A font file, the package it comes from, and the characters it has glyphs for (its cmap),
    so a character it lacks is caught before drawing instead of being drawn as an empty box."""

    def __init__(self, role, path, package, index=0):
        self.role, self.path, self.package, self.index = role, path, package, index
        try:
            self.chars = set(TTFont(path, fontNumber=index).getBestCmap())
        except (OSError, ValueError) as error:
            sys.exit(f"ansi2png: the {role} font {path} cannot be read ({error}); apt-get install {package}")
        self._sizes = {}

    def at(self, size):
        if size not in self._sizes:
            self._sizes[size] = ImageFont.truetype(self.path, size, index=self.index)
        return self._sizes[size]

    def draws(self, text):
        return all(ord(c) in self.chars or unicodedata.combining(c) for c in text)


class Fonts:
    """The faces a screen is drawn with: narrow cells in DejaVu Sans Mono (bold when the cell
    is bold), wide cells (CJK) in WenQuanYi Micro Hei; a cell whose own face lacks a character
    falls back to the others, DejaVu Sans among them for the symbols the mono face lacks (the
    braille dots of the app's spinner)."""

    def __init__(self):
        env = os.environ.get
        self.regular = Face(
            "monospace", env("ANSI2PNG_FONT_MONO", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
            "fonts-dejavu-core")
        self.bold = Face(
            "bold monospace", env("ANSI2PNG_FONT_BOLD", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
            "fonts-dejavu-core")
        self.symbols = Face(
            "symbols", env("ANSI2PNG_FONT_SYMBOLS", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            "fonts-dejavu-core")
        # Index 1 of the collection is WenQuanYi Micro Hei Mono, whose glyphs fill two cells.
        wide = env("ANSI2PNG_FONT_WIDE", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
        self.wide = Face("wide (CJK)", wide, "fonts-wqy-microhei", index=1 if wide.endswith(".ttc") else 0)

    def face(self, text, wide, bold):
        first = self.wide if wide else (self.bold if bold else self.regular)
        return next((f for f in (first, self.regular, self.symbols, self.wide) if f.draws(text)), None)

    def uncovered(self, grid, title):
        """Each character of the screen and the title that no face has a glyph for, with the
        face that should have drawn it."""
        missing = {}
        for cells in grid:
            for x, cell in enumerate(cells):
                if cell is None or not cell[0].strip():
                    continue
                wide = x + 1 < len(cells) and cells[x + 1] is None
                for c in cell[0]:
                    if self.face(c, wide, False) is None:
                        missing[c] = self.wide if wide else self.regular
        for c in (title or "").strip():
            if not c.isspace() and self.face(c, False, False) is None:
                missing[c] = self.regular
        return missing

    def check(self, grid, title, what):
        """Exits (status 1) naming every character no face draws and the font and package
        meant for it; nothing is drawn or written then."""
        missing = self.uncovered(grid, title)
        if not missing:
            return
        lines = [f"ansi2png: {what} not written: no font here has a glyph for"]
        for c, face in sorted(missing.items()):
            lines.append(
                f"  U+{ord(c):04X} {unicodedata.name(c, '?')} ({c!r}): the {face.role} font "
                f"{face.path} lacks it; it comes from {face.package} (apt-get install {face.package})")
        sys.exit("\n".join(lines))


def draw_screen(grid, cols, rows, fonts, title=None, size=16):
    """The screen as an image; the caller has checked the glyphs (Fonts.check)."""
    regular = fonts.regular.at(size)
    cw = int(round(regular.getlength("M")))
    ch = int(size * 1.35)
    pad = 12
    top = ch + pad if title else pad
    img = Image.new("RGB", (cols * cw + 2 * pad, rows * ch + top + pad), DEFAULT_BG)
    draw = ImageDraw.Draw(img)
    if title:
        draw.text((pad, pad // 2), title, font=regular, fill=(150, 150, 160))
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
                face = fonts.face(text, width == 2, st.bold)
                draw.text((px, py + (ch - size) // 2 - 1), text, font=face.at(size), fill=fg)
            if st.underline:
                draw.line([px, py + ch - 2, px + width * cw - 1, py + ch - 2], fill=fg)
    return img


def read_capture(path, cols, rows):
    with open(path, encoding="utf-8", errors="replace") as f:
        return parse(f.read(), cols, rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("capture", nargs="?")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--check", action="store_true", help="only check that the modules and fonts are here")
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--title")
    args = ap.parse_args()
    fonts = Fonts()
    if args.check:
        return
    if not args.capture or not args.out:
        ap.error("CAPTURE and OUT are needed (or --check)")
    grid = read_capture(args.capture, args.cols, args.rows)
    fonts.check(grid, args.title, args.out)
    draw_screen(grid, args.cols, args.rows, fonts, args.title).save(args.out)


if __name__ == "__main__":
    main()
