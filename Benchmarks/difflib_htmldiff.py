#!/usr/bin/env python3
"""Python difflib's side-by-side HTML diff of two text files, written to standard output.

report-diff-bench times this beside `report-diff compare` on the same pair: the page a
reviewer gets from the standard library alone.
Usage: difflib_htmldiff.py OLD NEW > page.html
"""
import difflib
import sys


def main() -> None:
    old_path, new_path = sys.argv[1], sys.argv[2]
    with open(old_path, encoding="utf-8", errors="replace") as old, open(new_path, encoding="utf-8", errors="replace") as new:
        old_lines, new_lines = old.read().splitlines(), new.read().splitlines()
    sys.stdout.write(difflib.HtmlDiff().make_file(old_lines, new_lines, old_path, new_path))


if __name__ == "__main__":
    main()
