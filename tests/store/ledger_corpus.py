"""A generated corpus for the crash test: thousands of articles, with reprints and exact copies among them.

Deterministic for a seed. Figures are written in the form the tests' rule
extractor reads ("The ministry said 500 soldiers were killed.").
"""

from __future__ import annotations

import json
import random
from pathlib import Path

WORDS = (
    "officials residents convoy border town province offensive ceasefire talks shelling front line"
    " villages bridge highway hospital aid agencies reporters briefing capital governor commander"
    " brigade positions artillery drones night morning evening week month district river hills"
    " crossing checkpoint supplies fuel water electricity negotiators envoy statement council"
).split()
SOURCES = ("The ministry", "The army", "The United Nations", "The Red Cross")
WHO = (("soldiers", "killed"), ("soldiers", "wounded"), ("fighters", "captured"), ("people", "displaced"),
       ("civilians", "killed"))


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 16))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def _paragraphs(rng: random.Random) -> list[str]:
    paragraphs = []
    for _ in range(rng.randint(4, 7)):
        sentences = [_sentence(rng) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.5:
            who, verb = rng.choice(WHO)
            sentences.insert(rng.randint(0, len(sentences)), f"{rng.choice(SOURCES)} said {rng.randint(2, 9000)} {who} were {verb}.")
        paragraphs.append(" ".join(sentences))
    return paragraphs


def articles(n: int, seed: int = 1) -> list[dict[str, str]]:
    """``n`` export rows: about 70% new stories, 20% reprints of an earlier one, 10% exact copies."""
    rng = random.Random(seed)
    stories: list[tuple[list[str], dict[str, str]]] = []
    rows: list[dict[str, str]] = []
    for i in range(n):
        roll = rng.random()
        day = f"2031-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if stories and roll < 0.1:
            rows.append(dict(rng.choice(rows)))
            continue
        if stories and roll < 0.3:
            paragraphs, meta = rng.choice(stories)
            kept = list(paragraphs)
            if len(kept) > 4:
                kept.pop(rng.randrange(1, len(kept)))
            byline = f"By {rng.choice(['staff', 'wire reports', 'our correspondent'])}"
            rows.append({"title": f"Reprint {i}: {meta['title']}", "text": "\n\n".join([byline, *kept]),
                         "outlet": f"Outlet {rng.randint(1, 40)}", "published": day, "url": f"https://x.example/{i}"})
            continue
        paragraphs = _paragraphs(rng)
        meta = {"title": f"Story {i}", "outlet": f"Outlet {rng.randint(1, 40)}", "published": day,
                "url": f"https://x.example/{i}"}
        stories.append((paragraphs, meta))
        rows.append({**meta, "text": "\n\n".join(paragraphs)})
    return rows


def write(directory: Path, n: int, seed: int = 1, per_file: int = 250) -> Path:
    """The corpus as JSON Lines files of ``per_file`` articles, plus every tenth article as a text file."""
    directory.mkdir(parents=True, exist_ok=True)
    rows = articles(n, seed)
    texts = directory / "texts"
    texts.mkdir(exist_ok=True)
    exported = []
    for i, row in enumerate(rows):
        if i % 10 == 9:
            (texts / f"{i:05d}.txt").write_text(
                f"---\ntitle: {row['title']}\noutlet: {row['outlet']}\npublished: {row['published']}\n---\n{row['text']}\n",
                encoding="utf-8",
            )
        else:
            exported.append(row)
    for start in range(0, len(exported), per_file):
        with (directory / f"export_{start // per_file:03d}.jsonl").open("w", encoding="utf-8") as f:
            for row in exported[start : start + per_file]:
                f.write(json.dumps(row) + "\n")
    return directory
