"""The period resolver: time expressions in reporting, as ISO date ranges.

``find_periods(text, published)`` finds every expression of a period in a
text and resolves it against the article's publication date, following the
conventions of ``docs/annotation.md``: a month is its first to last day,
"early/mid/late" a third of it, a weekday its latest occurrence on or before
publication, "last week" the Monday-to-Sunday week before, "since X" a
running total from X to publication, seasons meteorological. Nothing resolves
after the publication date. Without a publication date, expressions that
need one keep their text and no dates. dateparser reads the explicit dates;
the relative and partial forms it does not know are resolved here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from tolltrack.extract.vocab import DIGIT_RE, caseless, compiled, exact, trie_regex
from tolltrack.records import Period

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
YEAR = r"(?:19|20)\d\d"
PART = r"(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end|start)"
LEAD = r"(?P<lead>as\s+of|by|since|from|until|through|in|on|during|at|before|after|between|over|and|to)?"
# Every month form as a word, alone or with the lead word a pattern lets run into it ("inMarch"): each match of a
# pattern that names a month holds one, so a sentence without them is not searched for it.
_MONTH_FORMS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_LEAD_WORDS = ("of", "by", "since", "from", "until", "through", "in", "on", "during", "at", "before", "after", "between",
               "over", "and", "to")
MONTH_WORDS = frozenset(_MONTH_FORMS) | {lead + form for lead in _LEAD_WORDS for form in _MONTH_FORMS}
# The same for weekdays, for the words of relative periods ("yesterday", "last week") and for units of time.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_WORDS = frozenset(_WEEKDAYS) | {lead + day for lead in ("on", "since", "by", "last", "until", "of") for day in _WEEKDAYS}
_ALONE = ("yesterday", "today", "overnight", "tonight")  # the relative periods of one word
RELATIVE_WORDS = frozenset({*_ALONE, "week", "month", "year", "weekend", "day", "morning", "afternoon", "evening", "night"}) \
    | {lead + word for lead in ("since", "by", "of", "until") for word in _ALONE}
UNIT_WORDS = frozenset({"hours", "days", "weeks", "months", "day", "week", "month", "year"})
SINCE_WAR = (
    r"since\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:war|conflict|fighting|invasion|full-scale\s+invasion|hostilities|coup|offensive|siege)"
    r"|the\s+(?:coup|takeover|siege|offensive|uprising|insurgency|hostilities)(?![\w-])(?!\s+(?:began|started|of)\b)"
    r"|the\s+(?:war|conflict|fighting|full-scale\s+invasion|invasion)\s+(?:began|started|erupted|broke\s+out)"
    r"|the\s+(?:full-scale\s+)?invasion|the\s+war|the\s+conflict)"
)

# "since then", "since that day", "since the attack": since an event the article dated before (see ``pipeline``)
SINCE_EVENT = (r"since\s+(?:then|that\s+(?:day|date|time|attack|strike|assault)|"
               r"the\s+(?:attack|strike|assault|raid|massacre|ambush|bombing|killings)(?!\s+(?:on|in|at|of|began|started)\b))")
SINCE_EVENT_RE = caseless(SINCE_EVENT)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("since_war", caseless(SINCE_WAR)),
    ("since_year_start", caseless(r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b")),
    ("since_then", caseless(rf"\b{SINCE_EVENT}\b")),
    ("month_range", caseless(
        rf"\bbetween\s+(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?\s+and\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?\b",
        gate_words=MONTH_WORDS)),
    ("week_of", caseless(
        rf"\b(?:in\s+|during\s+)?the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b",
        gate_words=MONTH_WORDS)),
    ("date_md_range", caseless(
        rf"\b{LEAD}\s*(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|-|–|to|through)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{YEAR}))?(?![\d:])",
        gate_words=MONTH_WORDS)),
    ("date_dm_range", caseless(
        rf"\b{LEAD}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|-|–|to|through)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b",
        gate_words=MONTH_WORDS)),
    ("date_md", caseless(
        rf"\b{LEAD}\s*(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{YEAR})|\s+(?P<ly>last\s+year))?(?![\d:])",
        gate_words=MONTH_WORDS)),
    ("part_relative", caseless(
        r"\b(?P<lead>since|by|as\s+of|in|until)?\s*(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[\s-]+(?P<rel>last|this)\s+(?P<unit>month|year)\b",
        gate_words=frozenset({"month", "year"}))),
    ("last_month_name", caseless(
        rf"\b(?P<lead>since|by|in|until)?\s*(?P<rel>last|this|next)\s+(?P<m>{MONTH})(?![\w])",
        gate_words=MONTH_WORDS)),
    ("date_dm", caseless(
        rf"\b{LEAD}\s*(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b",
        gate_words=MONTH_WORDS)),
    ("month", caseless(
        rf"\b{LEAD}\s*(?:{PART}[\s-]+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?(?![\w])",
        gate_words=MONTH_WORDS)),
    ("season", caseless(
        rf"\b(?P<lead>since|in|during|over|by|through)?\s*(?:(?P<rel>last|this|past|previous)\s+|the\s+)?(?:(?P<part2>early|mid|late)[\s-]+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b")),
    ("half_year", caseless(
        rf"\b(?:in\s+|during\s+|over\s+)?the\s+(?P<which>first|second|latter)\s+(?P<part>half|quarter)\s+of\s+"
        rf"(?:(?P<rel>the|this|last)\s+year|(?P<y>{YEAR}))\b")),
    ("first_months", caseless(
        rf"\b(?:in\s+|during\s+|over\s+)?the\s+(?P<which>first|last)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+months\s+of\s+(?:the\s+year|this\s+year|(?P<y>{YEAR}))\b",
        gate_words=frozenset({"months"}))),
    ("past_n", caseless(
        r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\s+(?P<n>\d+|two|three|four|five|six|seven|ten|24|48|72)?\s*(?P<u>hours|hour|days|day|weeks|week|months|month|years|year)\b")),
    # "fled into Burundi in two weeks": the last N units before publication (not "over two days in late November")
    ("in_n", caseless(
        r"\bin\s+(?:just\s+|only\s+|barely\s+)?(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?P<u>hours|days|weeks|months|day|week|month|year)\b(?!\s+(?:time|from|ago|later|earlier|before|after|in|of|during|between)\b)",
        gate_words=UNIT_WORDS)),
    ("relative", caseless(
        r"\b(?P<lead>since|by|as\s+of|until)?\s*(?P<rel>last\s+week|this\s+week|earlier\s+this\s+week|last\s+month|this\s+month|earlier\s+this\s+month|"
        r"last\s+year|this\s+year|earlier\s+this\s+year|yesterday|today|overnight|over\s+the\s+weekend|last\s+weekend|this\s+weekend|"
        r"the\s+previous\s+day|the\s+day\s+before|a\s+day\s+earlier|the\s+previous\s+week|the\s+previous\s+month|so\s+far\s+this\s+year|"
        r"earlier\s+today|later\s+today|this\s+morning|this\s+afternoon|this\s+evening|tonight|last\s+night)\b",
        gate_words=RELATIVE_WORDS)),
    ("weekday", caseless(
        r"\b(?P<lead>on|since|by|last|until|as\s+of)?\s*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b(?!,?\s+" + MONTH + ")",
        gate_words=WEEKDAY_WORDS)),
    ("year", caseless(rf"\b(?P<lead>in|since|during|throughout|by|for|of|from|between|and|to|until|through)\s+(?:the\s+end\s+of\s+)?(?P<y>{YEAR})\b(?![-–]\d)")),
]


@dataclass(frozen=True)
class PeriodMention:
    """A time expression's span in the text and the period it resolves to."""

    start: int
    end: int
    period: Period
    since: bool = False


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _year_for_month(m: int, year: str | None, pub: dt.date | None) -> int | None:
    if year:
        return int(year)
    if pub is None:
        return None
    return pub.year if m <= pub.month else pub.year - 1


def _third(y: int, m: int, part: str | None) -> tuple[dt.date, dt.date]:
    last = _month_end(y, m)
    p = (part or "").lower()
    p = compiled(r"\s+").sub(" ", p)
    if p in ("early", "the beginning of", "the start of", "start"):
        return dt.date(y, m, 1), dt.date(y, m, 10)
    if p in ("mid", "the middle of"):
        return dt.date(y, m, 11), dt.date(y, m, 20)
    if p in ("late", "the end of", "end"):
        return dt.date(y, m, 21), last
    return dt.date(y, m, 1), last


def _latest_weekday(wd: int, pub: dt.date, strictly_before: bool = False) -> dt.date:
    delta = (pub.weekday() - wd) % 7
    if strictly_before and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


# A date after publication that no figure can describe ("would leave by August 31"); built at run time so that
# it is its own object, told apart from other results by identity.
FUTURE: tuple[None, None, bool] = tuple([None, None, False])  # type: ignore[assignment]

WORD_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _resolve(kind: str, m: re.Match[str], pub: dt.date | None) -> tuple[dt.date | None, dt.date | None, bool] | None:
    """(start, end, since) for one match; None when the match is not a period after all."""
    g = m.groupdict()
    lead = compiled(r"\s+").sub(" ", (g.get("lead") or "").lower())
    since = lead in ("since", "from")
    if kind in ("since_war", "since_then"):
        return None, pub, True
    if kind == "since_year_start":
        return (dt.date(pub.year, 1, 1), pub, True) if pub else (None, None, True)
    if kind == "month_range":
        m1, m2 = _month_num(g["m1"]), _month_num(g["m2"])
        y2 = _year_for_month(m2, g.get("y2") or g.get("y1"), pub)
        if y2 is None:
            return None, None, False
        y1 = int(g["y1"]) if g.get("y1") else (y2 if m1 <= m2 else y2 - 1)
        return dt.date(y1, m1, 1), _month_end(y2, m2), False
    if kind == "week_of":
        mo = _month_num(g["m"])
        y = _year_for_month(mo, g.get("y"), pub)
        if y is None:
            return None, None, False
        nth = g["nth"].lower()
        if nth in ("last", "final"):
            end = _month_end(y, mo)
            return end - dt.timedelta(days=6), end, False
        i = ["first", "second", "third", "fourth"].index(nth)
        return dt.date(y, mo, 1 + 7 * i), dt.date(y, mo, 7 + 7 * i), False
    if kind == "part_relative":
        if pub is None:
            return None, None, since
        if g["unit"].lower() == "month":
            first = pub.replace(day=1)
            if g["rel"].lower() == "last":
                first = (first - dt.timedelta(days=1)).replace(day=1)
            start, end = _third(first.year, first.month, g.get("part"))
        else:
            y = pub.year - (1 if g["rel"].lower() == "last" else 0)
            p = compiled(r"\s+").sub(" ", (g.get("part") or "").lower())
            if p in ("early", "the beginning of", "the start of"):
                start, end = dt.date(y, 1, 1), dt.date(y, 4, 30)
            elif p == "mid":
                start, end = dt.date(y, 5, 1), dt.date(y, 8, 31)
            else:
                start, end = dt.date(y, 9, 1), dt.date(y, 12, 31)
        return (start, pub, True) if since else (start, end, False)
    if kind == "last_month_name":
        if pub is None:
            return None, None, since
        mo = _month_num(g["m"])
        rel = g["rel"].lower()
        if rel == "next":
            return None
        y = pub.year if mo < pub.month or (rel == "this" and mo <= pub.month) else pub.year - 1
        start, end = dt.date(y, mo, 1), _month_end(y, mo)
        return (start, pub, True) if since else (start, end, False)
    if kind in ("date_md_range", "date_dm_range"):
        mo = _month_num(g["m"])
        y = _year_for_month(mo, g.get("y"), pub)
        if y is None:
            return None, None, since
        try:
            a, b = dt.date(y, mo, int(g["d"])), dt.date(y, mo, int(g["d2"]))
        except ValueError:
            return None
        if a > b:
            return None
        return (a, pub, True) if since else (a, b, False)
    if kind in ("date_md", "date_dm"):
        mo = _month_num(g["m"])
        day = int(g["d"])
        y = _year_for_month(mo, g.get("y"), pub)
        if g.get("ly") and pub is not None:
            y = pub.year - 1
        if y is None:
            return None, None, since
        deadline = compiled(r"\b(?:by|until|till|before)\s+$", re.I).search(m.string[: m.start()] + " ") or compiled(r"(?:by|until|till|before)\b", re.I).match(m.group(0))
        if not g.get("y") and not g.get("ly") and pub is not None and not since and deadline:
            try:
                ahead = dt.date(pub.year, mo, day) - pub
            except ValueError:
                return None
            if dt.timedelta(0) < ahead <= dt.timedelta(days=62):
                return FUTURE  # "would leave by August 31", written on August 27: a deadline to come, no period of a figure
        if not g.get("y") and not g.get("ly") and pub is not None:
            # A day later in this month than publication belongs to last year.
            if mo == pub.month and day > pub.day:
                y -= 1
        try:
            d = dt.date(y, mo, day)
        except ValueError:
            return None
        if since:
            if not g.get("y") and pub is not None and d >= pub - dt.timedelta(days=1):
                try:
                    d = d.replace(year=d.year - 1)  # "since October 7", said on October 7: a year before
                except ValueError:
                    d = d - dt.timedelta(days=365)
            return d, pub, True
        return d, d, False
    if kind == "month":
        word = g["m"].rstrip(".").lower()
        if word == "may" and not (g.get("y") or g.get("lead") or g.get("part")):
            return None  # "may" the verb
        if word in ("mar", "jun", "jul", "aug", "oct", "dec", "jan", "feb", "apr", "nov", "sep", "sept") and not g["m"].endswith(".") and not g.get("y"):
            if g["m"][0].islower():
                return None
        if not g.get("lead") and not g.get("part") and not g.get("y"):
            # A bare month name needs a preposition or a year to be a period.
            return None
        mo = _month_num(g["m"])
        y = _year_for_month(mo, g.get("y"), pub)
        if y is None:
            return None, None, since
        start, end = _third(y, mo, g.get("part"))
        if lead == "by" and not g.get("part"):
            pass
        if since:
            return start, pub, True
        return start, end, False
    if kind == "season":
        if not (g.get("lead") or g.get("rel") or g.get("y")):
            return None
        s = g["s"].lower()
        first, last = SEASONS[s]
        rel = (g.get("rel") or "").lower()
        if g.get("y"):
            y = int(g["y"])
        elif pub is None:
            return None, None, since
        else:
            # "this" season: the latest to have started by publication; "last": the latest to have ended.
            if s == "winter":
                y = pub.year + 1 if pub.month == 12 else pub.year
            else:
                y = pub.year if pub.month >= first else pub.year - 1
            if rel in ("last", "previous", "past"):
                ended = dt.date(y, last, 1) < pub.replace(day=1)
                if not ended:
                    y -= 1
        if s == "winter":
            start, end = dt.date(y - 1, 12, 1), _month_end(y, 2)
        else:
            start, end = dt.date(y, first, 1), _month_end(y, last)
        part = (g.get("part2") or "").lower()
        if part:
            months = [(start.year, start.month)] + [((start.replace(day=28) + dt.timedelta(days=4 + 31 * i)).year, (start.replace(day=28) + dt.timedelta(days=4 + 31 * i)).month) for i in range(2)]
            yy, mm = {"early": months[0], "mid": months[1], "late": months[2]}[part]
            start, end = dt.date(yy, mm, 1), _month_end(yy, mm)
        if since:
            return start, pub, True
        return start, end, False
    if kind == "half_year":
        rel = (g.get("rel") or "").lower()
        y = int(g["y"]) if g.get("y") else (pub.year - 1 if rel == "last" and pub else (pub.year if pub else None))
        if y is None:
            return None, None, False
        second = g["which"].lower() in ("second", "latter")
        if g["part"].lower() == "half":
            return (dt.date(y, 7, 1), dt.date(y, 12, 31), False) if second else (dt.date(y, 1, 1), dt.date(y, 6, 30), False)
        return (dt.date(y, 4, 1), dt.date(y, 6, 30), False) if second else (dt.date(y, 1, 1), dt.date(y, 3, 31), False)
    if kind == "first_months":
        n_raw = g["n"].lower()
        n = int(n_raw) if n_raw.isdigit() else {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                                                   "nine": 9, "ten": 10, "eleven": 11}[n_raw]
        y = int(g["y"]) if g.get("y") else (pub.year if pub else None)
        if y is None or not 1 <= n <= 12:
            return None, None, False
        if g["which"].lower() == "first":
            return dt.date(y, 1, 1), _month_end(y, n), False
        return dt.date(y, 13 - n, 1), dt.date(y, 12, 31), False
    if kind in ("past_n", "in_n"):
        if pub is None:
            return None, None, False
        n_raw = (g.get("n") or "1").lower()
        n = int(n_raw) if n_raw.isdigit() else WORD_N.get(n_raw, 1)
        unit = g["u"].lower().rstrip("s")
        if unit == "hour":
            days = max(1, round(n / 24))
        elif unit == "day":
            days = n
        elif unit == "week":
            days = 7 * n
        elif unit == "month":
            return _months_before(pub, n), pub, False  # "in 18 months": to the same day 18 months back
        else:
            return _months_before(pub, 12 * n), pub, False
        return pub - dt.timedelta(days=days), pub, False
    if kind == "relative":
        if pub is None:
            return None, None, since
        rel = compiled(r"\s+").sub(" ", g["rel"].lower())
        monday = pub - dt.timedelta(days=pub.weekday())
        if rel in ("last week", "the previous week"):
            s, e = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
        elif rel in ("this week", "earlier this week"):
            s, e = monday, pub
        elif rel in ("last month", "the previous month"):
            first = pub.replace(day=1)
            prev_end = first - dt.timedelta(days=1)
            s, e = prev_end.replace(day=1), prev_end
        elif rel in ("this month", "earlier this month"):
            s, e = pub.replace(day=1), pub
        elif rel == "last year":
            s, e = dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31)
        elif rel in ("this year", "earlier this year", "so far this year"):
            s, e = dt.date(pub.year, 1, 1), pub
        elif rel in ("yesterday", "the previous day", "the day before", "a day earlier"):
            s = e = pub - dt.timedelta(days=1)
        elif rel in ("today", "earlier today", "later today", "this morning", "this afternoon", "this evening", "tonight"):
            s = e = pub
        elif rel == "last night":
            s = e = pub - dt.timedelta(days=1)
        elif rel == "overnight":
            s, e = pub - dt.timedelta(days=1), pub
        elif rel in ("over the weekend", "last weekend", "this weekend"):
            sat = _latest_weekday(5, pub, strictly_before=False)
            if rel == "last weekend" and pub.weekday() >= 5:
                sat -= dt.timedelta(days=7)
            s, e = sat, min(sat + dt.timedelta(days=1), pub)
        else:
            return None
        if since:
            return s, pub, True
        return s, e, False
    if kind == "weekday":
        if pub is None:
            return None, None, since
        wd = WEEKDAYS[g["wd"].lower()]
        d = _latest_weekday(wd, pub, strictly_before=(lead == "last"))
        if since:
            return d, pub, True
        return d, d, False
    if kind == "year":
        y = int(g["y"])
        if pub is not None and y > pub.year:
            return None
        if since or lead == "since":
            return dt.date(y, 1, 1), pub, True
        return dt.date(y, 1, 1), dt.date(y, 12, 31), False
    return None


_MONTH_STEMS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# Hints: a word any time expression needs, found in one walk of a trie (a month's first three letters stand for it).
TIME_HINT_RE = caseless(
    trie_regex(sorted({*_MONTH_STEMS, "day", "week", "month", "year", "since", "today", "yesterday", "tonight", "overnight",
                       "night", "morning", "evening", "hour", "spring", "summer", "autumn", "fall", "winter", "then",
                       "time", "period", "quarter"}))
)  # (or a year: YEAR_HINT_RE)


_MONTH_GATE = dict(PATTERNS)["month"]  # its gate: does the text name a month?
# \b(?:19|20)\d\d\b, opening with its digit so that only a "1" or "2" is tried
YEAR_HINT_RE = exact(r"1(?<!\w1)9\d\d\b|2(?<!\w2)0\d\d\b")
# (checked as substrings of the lower-cased text: "yesterday" and "today" hold "day", "tonight" and "overnight" "night")
SEASON_HINTS = ("spring", "summer", "autumn", "fall", "winter")
PAST_HINTS = ("past", "last", "previous", "preceding")
RELATIVE_HINTS = ("day", "week", "year", "month", "night", "hour", "morning", "evening", "afternoon")


def _holds(low: str, hints: tuple[str, ...]) -> bool:
    for hint in hints:
        if hint in low:
            return True
    return False


# The words each form needs: a sentence without them is not searched for it.
NEEDS: dict[str, tuple[str, ...]] = {
    "since_war": ("since",), "since_year_start": ("since",), "since_then": ("since",),
    "month_range": ("month", "between"), "week_of": ("month", "week"), "date_md_range": ("month", "digit"),
    "date_dm_range": ("month", "digit"), "date_md": ("month", "digit"), "date_dm": ("month", "digit"), "month": ("month",),
    "last_month_name": ("month",),
    "first_months": ("relative",), "half_year": ("half",), "part_relative": ("relative",), "season": ("season",), "past_n": ("past",), "in_n": ("relative",),
    "relative": ("relative",), "weekday": ("weekday",), "year": ("year",),
}


_PATTERN_NEEDS = [(kind, pattern, frozenset(NEEDS.get(kind, ()))) for kind, pattern in PATTERNS]


def _months_before(day: dt.date, n: int) -> dt.date:
    """The same day ``n`` months earlier (the month's last day when it has no such day)."""
    total = day.year * 12 + day.month - 1 - n
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(day.day, _month_end(year, month + 1).day))


def find_periods(text: str, published: dt.date | None) -> list[PeriodMention]:
    """Every time expression in ``text`` with the period it resolves to, in order of position."""
    found: list[PeriodMention] = []
    if not TIME_HINT_RE.search(text) and not YEAR_HINT_RE.search(text):
        return found
    low = text.lower()
    hints = {
        "since": "since" in low,
        "month": _MONTH_GATE.may_match(text),
        "weekday": "day" in low,
        "year": YEAR_HINT_RE.search(text) is not None,
        "season": _holds(low, SEASON_HINTS),
        "past": _holds(low, PAST_HINTS),
        "relative": _holds(low, RELATIVE_HINTS),
        "half": "half of" in low or "quarter of" in low,
        "digit": DIGIT_RE.search(text) is not None,
        "between": "between" in low,
        "week": "week" in low,
    }
    taken: list[tuple[int, int]] = []
    present = {h for h, on in hints.items() if on}
    for kind, pattern, needs in _PATTERN_NEEDS:
        if not needs.issubset(present):
            continue  # the words this form needs are not in the sentence
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            # trim leading whitespace the optional groups leave
            while s < e and text[s].isspace():
                s += 1
            if any(s < b and a < e for a, b in taken):
                continue
            try:
                resolved = _resolve(kind, m, published)
            except (ValueError, OverflowError):
                continue  # a date off the calendar ("in the past 9999 years"): no period, the figure stays
            if resolved is FUTURE:
                taken.append((s, e))  # a date to come: no period, and no shorter form read inside it
                continue
            if resolved is None:
                continue
            start, end, since = resolved
            if published is not None:
                if start and start > published:
                    continue
                if end and end > published:
                    end = published
            found.append(PeriodMention(s, e, Period(_iso(start), _iso(end), text[s:e]), since))
            taken.append((s, e))
    found.sort(key=lambda p: p.start)
    return _join_ranges(text, _since_events(text, found, published), published)


SUPERLATIVE_SINCE_RE = caseless(
    r"\b(?:the|its|their)\s+(?:\w+\s+)?(?:highest|lowest|deadliest|largest|worst|most\s+\w+|biggest|heaviest|first\s+time|fewest|"
    r"greatest|bloodiest|sharpest)\b[^.;]{0,60}$")


def _since_events(text: str, found: list[PeriodMention], published: dt.date | None) -> list[PeriodMention]:
    """'since fighting broke out in October 2023': a period named after 'since' and its event starts a running total."""
    out: list[PeriodMention] = []
    prev_end = 0
    merged: list[PeriodMention] = []
    for p in found:
        if merged and merged[-1].since and merged[-1].period.start is None and p.period.start \
                and compiled(r"\s*(?:in|on)?\s*", re.I).fullmatch(text[merged[-1].end : p.start]):
            last = merged.pop()
            end = published.isoformat() if published else None
            p = PeriodMention(last.start, p.end, Period(p.period.start, end, text[last.start : p.end]), True)
        merged.append(p)
    # "the deadliest day since 2009" compares; it does not date a figure
    merged = [p for p in merged if not (p.since and SUPERLATIVE_SINCE_RE.search(text[max(0, p.start - 80) : p.start]))]
    for p in merged:
        if not p.since and p.period.start and compiled(r"\bsince\b[^.;,]{0,130}$", re.I).search(text[prev_end : p.start]) \
                and not compiled(r"\b(?:ago|before|after)\s*$", re.I).search(text[prev_end : p.start]):
            end = published.isoformat() if published else None
            p = PeriodMention(p.start, p.end, Period(p.period.start, end, p.period.text), True)
        out.append(p)
        prev_end = p.end
    return out


def _in_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None  # February 29 in a year without one


def _join_ranges(text: str, found: list[PeriodMention], published: dt.date | None) -> list[PeriodMention]:
    """'between January 19 and March 1', 'from March 2015 to 2021', 'in January and February': one period."""
    out: list[PeriodMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            gap = text[a.end : b.start]
            before = text[max(0, a.start - 9) : a.start]
            joined = compiled(r"\s*(?:and|to|through|until|till|-|–)\s*(?:the\s+end\s+of\s+)?", re.I).fullmatch(gap) or (
                not gap.strip() and compiled(r"(?:and|to|through|until)\b", re.I).match(b.period.text))
            opener = compiled(r"\b(?:between|from)\s*$", re.I).search(before) or compiled(r"(?:between|from)\b", re.I).match(a.period.text) \
                or (compiled(r"in\b", re.I).match(a.period.text) and (compiled(r"\s*and\s*").fullmatch(gap) or (not gap.strip() and compiled(r"and\b", re.I).match(b.period.text))))
            from_to = compiled(r"from\b", re.I).match(a.period.text) or compiled(r"\bfrom\s*$", re.I).search(before)
            # "the civil war of 2013 to 2018": two years joined by "to" are one span
            opener = opener or (compiled(r"(?:\w+\s+)?(?:19|20)\d\d").fullmatch(a.period.text)
                                and compiled(r"(?:to|through|until)\s+(?:19|20)\d\d", re.I).fullmatch(b.period.text.strip()))
            if joined and opener and a.period.start and b.period.end and a.period.start > b.period.end \
                    and not compiled(r"\d{4}").search(a.period.text) and compiled(r"\d{4}").search(b.period.text):
                # "between April 7 and July 1994": the year named at the end is the start's too
                a_start = _in_year(dt.date.fromisoformat(a.period.start), int(b.period.end[:4]))
                a_end = _in_year(dt.date.fromisoformat(a.period.end or a.period.start), int(b.period.end[:4]))
                if a_start and a_end and a_start.isoformat() <= b.period.end:
                    a = PeriodMention(a.start, a.end, Period(a_start.isoformat(), a_end.isoformat(), a.period.text), a.since)
            if joined and opener and a.period.start and b.period.end and a.period.start <= b.period.end and (not a.since or from_to):
                out.append(PeriodMention(a.start, b.end, Period(a.period.start, b.period.end, text[a.start : b.end]), False))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
