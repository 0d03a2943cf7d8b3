#!/usr/bin/env python3
"""The pictures cannot silently go wrong: scripts/ansi2png.py and scripts/frames2gif.py exit
non-zero, write nothing, and name the character and the package when a character of the
screen has no font that draws it, or a font is missing; they write the picture when every
character is covered. Run by scripts/test.

The fonts are moved with ANSI2PNG_FONT_* so that every case runs with DejaVu alone (the wide
face is DejaVu Sans Mono too, which has no CJK): the failure does not depend on which fonts
this machine lacks. Needs python3 with Pillow and fontTools and fonts-dejavu-core.
"""
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu"
MONO = f"{DEJAVU}/DejaVuSansMono.ttf"


def fonts(**moved):
    """The environment for a run: DejaVu for every face, the wide one included, then `moved`."""
    env = dict(os.environ)
    env.update({
        "ANSI2PNG_FONT_MONO": MONO,
        "ANSI2PNG_FONT_BOLD": f"{DEJAVU}/DejaVuSansMono-Bold.ttf",
        "ANSI2PNG_FONT_SYMBOLS": f"{DEJAVU}/DejaVuSans.ttf",
        "ANSI2PNG_FONT_WIDE": MONO,
    })
    env.update(moved)
    return env


class PictureTests(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def capture(self, name, text):
        with open(self.path(name), "w", encoding="utf-8") as f:
            f.write(text)
        return self.path(name)

    def run_script(self, script, *args, env=None):
        return subprocess.run(
            [sys.executable, os.path.join(HERE, script), *args],
            env=env or fonts(), capture_output=True, text=True, timeout=60)

    def test_a_screen_every_font_covers_is_written(self):
        screen = self.capture("latin.txt", "\x1b[1mAna Magalhães\x1b[0m │ ● Active ⠋ ✓ done\n")
        result = self.run_script("ansi2png.py", screen, self.path("out.png"), "--cols", "40", "--rows", "2")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.getsize(self.path("out.png")) > 0)

    def test_a_cjk_name_without_a_cjk_font_fails_naming_the_character_and_package(self):
        screen = self.capture("cjk.txt", "Name  山田 太郎\n")
        result = self.run_script("ansi2png.py", screen, self.path("out.png"), "--cols", "40", "--rows", "2")
        self.assertEqual(result.returncode, 1)
        self.assertIn("U+5C71 CJK UNIFIED IDEOGRAPH-5C71", result.stderr)
        self.assertIn("fonts-wqy-microhei", result.stderr)
        self.assertFalse(os.path.exists(self.path("out.png")))

    def test_a_character_in_the_title_is_checked_too(self):
        screen = self.capture("latin.txt", "plain\n")
        result = self.run_script(
            "ansi2png.py", screen, self.path("out.png"), "--cols", "40", "--rows", "2", "--title", "名前")
        self.assertEqual(result.returncode, 1)
        self.assertIn("U+540D", result.stderr)
        self.assertFalse(os.path.exists(self.path("out.png")))

    def test_a_missing_font_file_fails_naming_its_package(self):
        screen = self.capture("latin.txt", "plain\n")
        env = fonts(ANSI2PNG_FONT_WIDE=self.path("absent.ttc"))
        result = self.run_script("ansi2png.py", screen, self.path("out.png"), env=env)
        self.assertEqual(result.returncode, 1)
        self.assertIn("absent.ttc", result.stderr)
        self.assertIn("apt-get install fonts-wqy-microhei", result.stderr)
        self.assertFalse(os.path.exists(self.path("out.png")))
        check = self.run_script("ansi2png.py", "--check", env=env)
        self.assertEqual(check.returncode, 1)
        self.assertEqual(self.run_script("ansi2png.py", "--check").returncode, 0)

    def test_the_recording_is_written_with_each_frame_held_as_asked(self):
        first = self.capture("1.txt", "/sm\n")
        second = self.capture("2.txt", "/smith ✱ 3 marked\n")
        out = self.path("out.gif")
        result = self.run_script("frames2gif.py", out, f"{first}:300", f"{second}:1500", "--cols", "30", "--rows", "2")
        self.assertEqual(result.returncode, 0, result.stderr)
        from PIL import Image, ImageSequence
        with Image.open(out) as gif:
            self.assertEqual([frame.info["duration"] for frame in ImageSequence.Iterator(gif)], [300, 1500])

    def test_a_recording_with_one_uncovered_frame_is_not_written(self):
        first = self.capture("1.txt", "/sm\n")
        second = self.capture("2.txt", "Detail: 山田\n")
        out = self.path("out.gif")
        result = self.run_script("frames2gif.py", out, f"{first}:300", f"{second}:300", "--cols", "30", "--rows", "2")
        self.assertEqual(result.returncode, 1)
        self.assertIn("2.txt", result.stderr)
        self.assertIn("U+5C71", result.stderr)
        self.assertFalse(os.path.exists(out))


if __name__ == "__main__":
    unittest.main(verbosity=2)
