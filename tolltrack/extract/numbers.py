"""Numbers as reporting writes them: the one number parser.

``find_quantities(text)`` gives every quantity in a text with its character
span and its value as an interval: digits with separators ("11,000"), decimals
with scales ("1.3 million", "3.7m"), words ("three thousand", "twenty-five"),
vague quantities from ``vague_quantities.tsv`` ("hundreds", "two dozen"),
ranges in their usual forms ("3,000 to 4,000", "3,000-4,000", "between 3,000
and 4,000"), percentages and fractions of a whole ("30 percent", "a third").
It does not decide whether a quantity counts people; the figure reader does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tolltrack.extract import vocab
from tolltrack.extract.vocab import DIGIT_RE, WordGate, caseless, compiled, trie_regex

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SUFFIX_SCALES = {"m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
FRACTIONS = {
    "a third": 33.3, "one third": 33.3, "one-third": 33.3, "a quarter": 25.0, "one quarter": 25.0,
    "one-quarter": 25.0, "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0, "a tenth": 10.0,
    "one tenth": 10.0, "one-tenth": 10.0, "two-thirds": 66.7, "two thirds": 66.7,
    "three-quarters": 75.0, "three quarters": 75.0, "half": 50.0, "a half": 50.0, "one half": 50.0,
    "one-half": 50.0, "two-fifths": 40.0, "three-fifths": 60.0,
}

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# tries: a number word costs one walk, not one try a word (longer words win over their prefixes, "seventeen" over "seven")
W_UNIT = trie_regex(sorted(UNITS))
W_TENS = trie_regex(sorted(TENS))
# atomic: "twenty five" is never retried as "twenty" then "five", which made chains of number words exponential
W_SMALL = rf"(?>(?:{W_TENS})(?:[\s-](?:{W_UNIT}))?|(?:{W_UNIT}))"
W_SCALE = "hundred|thousand|million|billion"
WORDNUM = (
    rf"(?:(?:a|{W_SMALL}|{DIGITS})(?:[\s-]+(?:{W_SCALE}))+(?:[\s-]+(?:and[\s-]+)?(?:{W_SMALL}|{W_SCALE}|\d+))*"
    rf"|{W_SMALL})"
)
DIGITNUM = rf"(?:{DIGITS})(?:\s*(?:million|billion|thousand)\b|(?:m|mn|mln|bn|k)\b)?"
NUMBER = rf"(?:{DIGITNUM}|{WORDNUM})"
PERCENT = r"\s*(?:%|percent\b|per\s+cent\b|pc\b)"

RANGE_RE = caseless(
    rf"(?<![\w.,])(?:between\s+(?P<b1>{NUMBER})(?:{PERCENT})?\s+and\s+(?P<b2>{NUMBER})"
    rf"|(?P<r1>{NUMBER})(?:{PERCENT})?\s*(?:-|–|—|to)\s*(?P<r2>{NUMBER}))(?P<pct>{PERCENT})?(?![\w])"
)
ORDINAL_TAIL = r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b"  # "twenty-first" is no number
SINGLE_RE = caseless(rf"(?<![\w.,])(?P<n>{NUMBER})(?P<pct>{PERCENT})?(?![\w])(?!{ORDINAL_TAIL})")
IN_RE = caseless(
    rf"(?<![\w-])(?P<a>{W_UNIT}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>two|three|four|five|ten|\d+)(?![\w-])(?!\s+(?:days|weeks|months|years|hours))"
)
ZERO_RE = caseless(r"\b(?:no\s+one|nobody|none)\b|\bno(?=\s+(?:\w+\s+)?(?:[a-z]+)\b)")
# A number written in words holds one of these, whole or run into what may follow it ("fivepercent", "fiveto"): in a
# text without them every quantity opens with a digit, or with "between" before one.
_WORDS_OF_NUMBERS = WordGate(w + tail for w in (*UNITS, *TENS, *SCALES) for tail in ("", "percent", "pc", "per", "to"))


def _first_start(text: str) -> int:
    """No quantity in ``text`` starts before this offset."""
    if _WORDS_OF_NUMBERS.may_match(text):
        return 0
    digit = DIGIT_RE.search(text)
    if digit is None:
        return len(text)
    between = text[: digit.start()].lower().find("between")
    return between if between >= 0 else digit.start()


@dataclass(frozen=True)
class Quantity:
    """A quantity found in text: span, interval and how it was written."""

    start: int
    end: int
    low: int | float | None
    high: int | float | None
    hedge: str  # exact, range, or the vague table's hedge
    percent: bool
    text: str
    kind: str  # digits, words, vague, fraction, zero


def _num(n: float) -> int | float:
    return int(n) if float(n).is_integer() else round(n, 1)


def parse_number(text: str) -> int | float | None:
    """The value of one number written in digits, words or both; None if it is not one."""
    t = text.strip().lower()
    m = re.fullmatch(rf"({DIGITS})\s*(million|billion|thousand|m|mn|mln|bn|k)?", t)
    if m:
        base = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        if scale:
            base *= SCALES.get(scale) or SUFFIX_SCALES[scale]
        return _num(base)
    words = [w for w in compiled(r"[\s-]+").split(t) if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w == "a" and not seen:
            current = 1
            seen = True
        elif w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif re.fullmatch(DIGITS, w):
            current += float(w.replace(",", ""))
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in ("thousand", "million", "billion"):
            total += (current or 1) * SCALES[w]
            current = 0
        else:
            return None
    if not seen or words == ["a"]:
        return None  # the article alone is no number
    return _num(total + current)


@lru_cache(maxsize=1)
def _vague_hint_re() -> vocab.Caseless:
    """The longest word of each vague quantity: a text without one holds none of them (a cheap first look)."""
    return caseless("|".join(sorted({re.escape(max(p.split(), key=len)) for p in vocab.vague_quantities()})))


# the word each fraction holds
FRACTION_HINT_RE = caseless(r"third|quarter|fifth|tenth|half")


@lru_cache(maxsize=1)
def _vague_re() -> re.Pattern[str]:
    return vocab.phrase_pattern(list(vocab.vague_quantities()))


@lru_cache(maxsize=1)
def _fraction_re() -> re.Pattern[str]:
    alts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(FRACTIONS, key=len, reverse=True))
    return caseless(rf"(?<![\w-])(?:{alts})(?=\s+(?:of|the|their|its)\b)")


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def _is_change(text: str, start: int) -> bool:
    """'rose from 3,000 to 4,000' is a change between two figures, not a range."""
    before = text[max(0, start - 30) : start]
    if compiled(r"\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+from\s*$", re.IGNORECASE).search(before):
        return False  # "estimates range from 30,000 to 100,000": a range
    return bool(compiled(r"\bfrom\s*$", re.IGNORECASE).search(before[-8:]))


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of position."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(q: Quantity) -> None:
        found.append(q)
        taken.append((q.start, q.end))

    start = _first_start(text)
    for m in RANGE_RE.finditer(text, start):
        a_txt = m.group("b1") or m.group("r1")
        b_txt = m.group("b2") or m.group("r2")
        if m.group("r1") and _is_change(text, m.start()) and compiled(r"\s*to\s*$").match(text[m.end("r1") : m.start("r2")]):
            continue
        a, b = parse_number(a_txt), parse_number(b_txt)
        if a is None or b is None:
            continue
        sep = text[m.end("r1") : m.start("r2")] if m.group("r1") else " and "
        # "1-2 million": the scale of the second number carries to the first.
        if a < b / 100 and b >= 1000 and compiled(r"(million|billion|thousand|m|bn|k)$", re.I).search(b_txt):
            scale = compiled(r"(million|billion|thousand|mn|mln|m|bn|k)$", re.I).search(b_txt).group(1).lower()  # type: ignore[union-attr]
            a = _num(a * (SCALES.get(scale) or SUFFIX_SCALES[scale]))
        if a >= b:
            continue
        # A hyphen between digits can be a score, a date or an id; keep plausible ranges only.
        if sep.strip() in ("-", "–", "—") and (a < 2 or compiled(r"(19|20)\d\d").fullmatch(a_txt)):
            continue
        if compiled(r"(19|20)\d\d").fullmatch(a_txt.strip()) and not compiled(r"(19|20)\d\d").fullmatch(b_txt.strip()):
            continue  # "since 2023 to 46,788": a year, then a figure
        if compiled(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                     r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$").search(text[: m.start()]) and a < 32:
            continue  # "on October 27 to 195": a date, then a figure
        add(Quantity(m.start(), m.end(), a, b, "range", bool(m.group("pct")), m.group(0), "digits"))

    for m in _vague_re().finditer(text) if _vague_hint_re().search(text) else ():
        if _overlaps(taken, m.start(), m.end()):
            continue
        low, high, hedge = vocab.vague_quantities()[compiled(r"\s+").sub(" ", m.group(0).lower())]
        add(Quantity(m.start(), m.end(), low, high, hedge, False, m.group(0), "vague"))

    for m in _fraction_re().finditer(text) if FRACTION_HINT_RE.search(text) else ():
        if _overlaps(taken, m.start(), m.end()):
            continue
        v = FRACTIONS[compiled(r"\s+").sub(" ", m.group(0).lower())]
        add(Quantity(m.start(), m.end(), v, v, "exact", True, m.group(0), "fraction"))

    for m in IN_RE.finditer(text, start):
        if _overlaps(taken, m.start(), m.end()):
            continue
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a and b and a < b:
            v = _num(round(100 * a / b, 1))
            add(Quantity(m.start(), m.end(), v, v, "exact", True, m.group(0), "fraction"))

    for m in SINGLE_RE.finditer(text, start):
        if _overlaps(taken, m.start(), m.end()):
            continue
        raw = m.group("n")
        v = parse_number(raw)
        if v is None:
            continue
        kind = "digits" if raw[:1].isdigit() else "words"
        add(Quantity(m.start(), m.end(), v, v, "exact", bool(m.group("pct")), m.group(0), kind))

    found.sort(key=lambda q: q.start)
    return found
