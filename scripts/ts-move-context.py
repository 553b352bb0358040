#!/usr/bin/env python3
"""Moves translated messages from one context to another in Qt Linguist .ts files, keeping every
translation, when code moves a string to another class (lupdate would drop the old translation
and leave the new one unfinished).

    scripts/ts-move-context.py OLD_CONTEXT NEW_CONTEXT 'source text' ['source text' ...]

Source texts are given as they are written in tr(), not XML-escaped. Runs over translations/*.ts.
A message already present in the new context is left there and dropped from the old one."""
import glob
import html
import os
import re
import sys


def escape(text):
    return html.escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def contexts(ts):
    return list(re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>\n?", ts, re.S))


def move(ts, old, new, sources):
    wanted = {escape(s) for s in sources} | set(sources)
    moved = []
    for m in contexts(ts):
        if m.group(1) != old:
            continue
        body = m.group(2)
        kept = []
        for msg in re.finditer(r"(\s*<message[^>]*>.*?</message>)", body, re.S):
            src = re.search(r"<source>(.*?)</source>", msg.group(1), re.S).group(1)
            (moved if src in wanted else kept).append(msg.group(1))
        rest = re.sub(r"\s*<message[^>]*>.*?</message>", "", body, flags=re.S)
        block = "<context>\n    <name>%s</name>%s%s</context>\n" % (old, "".join(kept), rest) if kept else ""
        ts = ts[: m.start()] + block + ts[m.end():]
        break
    if not moved:
        return ts, 0
    target = [m for m in contexts(ts) if m.group(1) == new]
    if target:
        m = target[0]
        present = set(re.findall(r"<source>(.*?)</source>", m.group(2), re.S))
        add = [x for x in moved if re.search(r"<source>(.*?)</source>", x, re.S).group(1) not in present]
        insert_at = m.end() - len("</context>\n") if m.group(0).endswith("\n") else m.end() - len("</context>")
        ts = ts[:insert_at].rstrip(" ") + "".join(add).lstrip("\n") + "\n" + ts[insert_at:]
        ts = ts.replace("</message>\n</context>", "</message>\n</context>")
    else:
        end = ts.rindex("</TS>")
        ts = ts[:end] + "<context>\n    <name>%s</name>%s\n</context>\n" % (new, "".join(moved)) + ts[end:]
    return ts, len(moved)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    old, new, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
    root = os.environ.get("TS_DIR") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "translations")
    for path in sorted(glob.glob(os.path.join(root, "*.ts"))):
        with open(path, encoding="utf-8") as f:
            ts = f.read()
        ts, count = move(ts, old, new, sources)
        with open(path, "w", encoding="utf-8") as f:
            f.write(ts)
        print("%s: %d moved from %s to %s" % (os.path.basename(path), count, old, new))


if __name__ == "__main__":
    main()
