"""The extractor's entry point: article text and publication date in, claim records out.

Sentences are read in order, keeping what the article has said so far: the
entities it named (for "the agency", "he", a surname), the attribution in
force (carried over to following sentences without one of their own, with
its date), and the last figure (for "including 310 children", "of them").
A sentence with no digit, number word, quotation mark or reporting verb is
skipped without analysis: most sentences hold no figure. Extraction never
raises: a sentence that cannot be read is passed over.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import Any
from dataclasses import dataclass, replace
from functools import lru_cache

from tolltrack.extract import vocab
from tolltrack.extract.vocab import DIGIT_RE, caseless, compiled, exact
from tolltrack.extract.attribution import (
    HEADLINE_RE, HEADLINE_TELLS, VERB_RE, Attribution, attributions, clauses, forget_verbs, has_pre, reporting_verbs,
)
from tolltrack.extract.entities import Memory, Mention, find_mentions, forget_mentions
from tolltrack.extract.figures import Draft, candidates, country_of, people_noun, place_in, read_sentence, zero_figures
from tolltrack.extract.periods import SINCE_EVENT_RE, PeriodMention, find_periods
from tolltrack.extract.segment import Sentence, sentences
from tolltrack.extract.statements import holds_quotation_mark, quotations, reported
from tolltrack.records import Figure, Period, Record, Relay, Source, Statement, Subject, Value

def _strict() -> bool:
    """TOLLTRACK_STRICT=1 lets an error in one sentence surface (for development and tests)."""
    return bool(os.environ.get("TOLLTRACK_STRICT"))

DATELINE_RE = re.compile(
    r"^\s*[^\W\d_][^\W\d_ .'’/-]*(?:[ .'’/-]+[^\W\d_]+){0,5}(?:,\s*[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3})?,?\s+"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})"
    r"(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-)\s*"
    r"|^\s*[A-Z][A-Z .'’/-]{2,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–)\s*"
)
# A number: a digit, or a number word (found apart: the digit's search skips along the text without trying each word)
NUMBER_WORDS = ("no", "nobody", "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
                "million", "dozen", "dozens", "hundreds", "thousands", "millions", "scores", "handful", "third", "quarter",
                "half", "thirds")
NUMBER_WORD_RE = caseless(rf"\b(?:no\s+one|{'|'.join(NUMBER_WORDS[1:])}|no\s+[\w-]+)\b", gate_words=NUMBER_WORDS)
INNER_CAPITAL_RE = exact(r"[A-Z]")
FIRST_PERSON_RE = exact(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
FIRST_PERSON_VERB_RE = exact(r"\b[Ww]e\s+(?:also\s+|now\s+|still\s+)?(?P<v>believe|fear|estimate|expect|warn|urge|call|think|assess|say)\b")
COORDINATED_RE = caseless(
    r"[^.;:]{0,60}?(?:\band(?:\s+that)?|,)\s+(?:(?:another|a\s+further|some|about|around|nearly|more\s+than|at\s+least|over|roughly)\s+)?")
PUBLISHED_BEFORE_RE = caseless(r"\b(?:published|released|issued|presented|unveiled|made\s+public)\s+$")
LEADING_NUMBER_RE = exact(r"\b\d[\d,.]*\s+(?!(?:percent|per\s+cent)\b)[a-z]")
ACTOR_AFTER_RE = re.compile(
    r"(?:'s|’s)?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:fired|launched|struck|attacked|bombed|shelled|killed|invaded|sent|"
    r"deployed|says|said|claims|claimed|denies|denied|accused|accuses)\b")
OWN_PLACE_RE = re.compile(r"\s+(?:in|at|inside)\s+(?:the\s+)?[A-Z]")
SURROGATE_RE = re.compile("[\ud800-\udfff]")
SINCE_WHEN_RE = caseless(r"\bsince\s+(?P<p>[^,;]{3,40}?),\s+when\b")
SAME_PERIOD_RE = caseless(
    r"\b(?:over|in|during|for)\s+the\s+same\s+(?:(?:\w+|\d+)\s+)?(?:period|time|span|weeks?|months?|days|hours|years)\b|\b(?:over|in|during)\s+that\s+(?:period|time|span)\b"
    r"|\bat\s+the\s+time\b(?!\s+of\b)")
# "in", "across", "throughout", "inside", "from", "fled" as words, opening with their first letter (the engine skips to it)
PLACE_FOCUS_RE = exact(r"[aAfFiItT](?<!\w.)(?i:(?<=i)(?:n|nside)|(?<=a)cross|(?<=t)hroughout|(?<=f)(?:rom|led))\s+(?:the\s+)?"
                       r"(?:(?:southern|northern|eastern|western|central)\s+)?")


# A headline's speaker named by surname alone: "Japarov says ceasefire is holding"
HEADLINE_SURNAME_RE = re.compile(r"^(?P<who>[A-Z][a-zà-ÿ'’-]+)\s+(?P<v>says|warns|claims|denies|vows|insists)\s+(?=[a-z\d])")
HEADLINE_ATTRIBUTION_RE = caseless(
    rf"(?:,|:|—|–)\s*[^,:—–]{{2,60}}?\s+(?:says|say|said|claims|warns|reports|{HEADLINE_TELLS})\s*$|:\s*[A-Z][\w .'’-]{{1,40}}$"
    r"|^[^,:]{2,50}?\s+(?:says|say|claims|warns|believes|denies)\s+\w"
)
MODIFIER_RE = re.compile(
    r"\s+(?:human\s+rights|peacekeeping|peacekeepers|special|security\s+council|humanitarian|refugee|panel|commission|"
    r"agency|staff|premises|mission|office|officials?|chief|envoy|report|schools?|facilities|convoys?|trucks|workers|"
    r"personnel|compound|peacekeepers|body|investigators|experts|monitors|secretary|shelters?|clinics?|warehouses?|"
    r"special\s+rapporteurs?|rapporteurs?|relief|aid|humanitarian|-run)\b"
)


@lru_cache(maxsize=None)
def _figure_cue() -> re.Pattern[str]:
    """A word that says what a number counts (a measure, or people): a number without one is no figure."""
    words = [w for kind in vocab.measures().values() for w, _ in kind]
    words += [w for w, role in vocab.nouns().items() if role != "nonpeople"]
    words += ["figure", "number", "total", "tally", "count", "estimate", "toll"]  # "the figure was about 2 million"
    words += ["of them", "of whom"]  # "about 262,000 of them in Albania": a part of the figure before
    return vocab.phrase_pattern(words, plurals=True)


def _has_attribution_hint(text: str) -> bool:
    return holds_quotation_mark(text) or bool(reporting_verbs(text)) or has_pre(text)


@dataclass
class Carry:
    """The attribution in force, and its date."""

    source: Source | None = None
    via: tuple[Relay, ...] = ()
    date: Period | None = None
    paragraph: int = -1
    speaker: object = None


VERB_DATE_GAP_RE = caseless(
    r"\s*(?:(?:lawmakers|legislators|reporters|journalists|parliament|members|MPs|diplomats|deputies|"
    r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:committee|council|commission|session|hearing)|"
    r"a\s+(?:news|press)\s+conference|a\s+(?:closed-door\s+)?briefing|in\s+a\s+(?:[\w-]+\s+){0,2}(?:statement|report|update|post|address|briefing)|"
    r"late|early|also|again|first|separately|,)\s*)*"
)


def _verbs_in(stext: str) -> list[Attribution]:
    """Every reporting verb of a sentence, as bare attributions (for telling dates of reporting from dates of events)."""
    return [Attribution(None, (), None, m.start(), m.end()) for m in reporting_verbs(stext)]


def _attached_to_verb(stext: str, att: Attribution, p: PeriodMention) -> bool:
    """Is this the date of the reporting ("said on Monday", "told lawmakers on Thursday") rather than of a figure?"""
    if att.verb_end <= p.start and VERB_DATE_GAP_RE.fullmatch(stext[att.verb_end : p.start]):
        return True
    return p.end <= att.verb_start and att.verb_start - p.end <= 3


def _attribution_date(att: Attribution, periods: list[PeriodMention], stext: str = "") -> Period | None:
    for p in periods:
        if p.period.start and p.period.start == p.period.end and (_attached_to_verb(stext, att, p) if stext else att.verb_end <= p.start <= att.verb_end + 45):
            return p.period
        if att.verb_start - 30 <= p.end <= att.verb_start and p.period.start and p.period.start == p.period.end and p.period.text.lower().startswith("on "):
            return p.period
    return None


def _nearest_period(d: Draft, periods: list[PeriodMention], lo: int, hi: int, att_dates: set[int] | None = None,
                    stext: str = "", windows: list[tuple[int, int]] | None = None, shared: tuple[int, int] | None = None,
                    follows: PeriodMention | None = None) -> PeriodMention | None:
    """The period a figure describes.

    In order: a period in the figure's own stretch of the sentence; one it shares with the figure it is
    coordinated with ("killed 3,365 and wounded 14,344 since October 2023"); the date of the reporting verb
    ("said on Thursday"); the nearest other period not in another figure's stretch.
    """
    # "a study published on Thursday": the date of the publication, like that of a reporting verb
    att_dates = (att_dates or set()) | {p.start for p in periods if PUBLISHED_BEFORE_RE.search(stext[max(0, p.start - 25) : p.start])}
    # A period inside a relative clause the figure is not in ("In Lebanon, where Israel has escalated since late
    # September, the government says ...") describes something else.
    asides = [(m.start(), m.end()) for m in compiled(r",\s*(?:where|which|when|who|whose)\b[^,;]*,").finditer(stext)]
    usable = [p for p in periods if not any(a <= p.start < b and not a <= d.start < b for a, b in asides)]

    def dist(p: PeriodMention) -> int:
        if p.start >= d.end:
            return p.start - d.end
        if p.end <= d.start:
            return d.start - p.end + 5  # a period after the figure is its more usual place
        return 0

    own = [p for p in usable if p.start >= lo and p.end <= hi and p.start not in att_dates]
    if own:
        return min(own, key=dist)
    if shared:
        coord = [p for p in usable if shared[0] <= p.start and p.end <= shared[1] and p.start not in att_dates]
        if coord:
            return min(coord, key=dist)
    if follows is not None:
        return follows
    verb_dates = [p for p in usable if p.start in att_dates]
    if verb_dates:
        return min(verb_dates, key=dist)
    others = [p for p in usable if not any(a <= p.start and p.end <= b for a, b in (windows or []))]
    return min(others or usable, key=dist) if usable else None


def _attribution_for(stext: str, d: Draft, atts: list[Attribution]) -> Attribution | None:
    """The attribution governing a figure: the one in its own clause, else the nearest in the sentence."""
    if not atts:
        return None
    if len(atts) == 1:
        return atts[0]
    for lo, hi in clauses(stext):
        if lo <= d.start < hi:
            same = [a for a in atts if lo <= a.verb_start < hi]
            if same:
                return same[0]
    return min(atts, key=lambda a: abs(a.verb_start - d.start))


def _dedupe_key(f: Figure) -> tuple:
    return (f.metric, f.subject.party, f.unit, f.value.low, f.value.high, f.value.hedge, f.projection)


def _merge(a: Figure, b: Figure, headline_end: int = -1) -> Figure:
    """One figure met twice: the first mention's record, filled in from the second's, with both spans.

    A headline's figure takes the body's period, source, relays and place: the body says more.
    """
    spans = tuple(a.spans or (a.span,)) + tuple(b.spans or (b.span,))
    if a.span[0] < headline_end <= b.span[0]:
        return replace(
            a,
            subject=b.subject if b.subject.role != "unknown" else a.subject,
            as_of=b.as_of or a.as_of,
            place=b.place or a.place,
            source=b.source or a.source,
            via=b.via or a.via,
            spans=spans,
        )
    return replace(
        a,
        subject=a.subject if a.subject.role != "unknown" or b.subject.role == "unknown" else b.subject,
        as_of=a.as_of if (a.as_of and a.as_of.start) else (b.as_of or a.as_of),
        place=a.place or b.place,
        source=a.source or b.source,
        via=a.via or b.via,
        spans=spans,
    )


def _same_figure(a: Figure, b: Figure, headline_end: int = -1) -> bool:
    if _dedupe_key(a) != _dedupe_key(b):
        return False
    if a.span[0] < headline_end <= b.span[0]:
        return True
    if a.as_of and b.as_of and a.as_of.start and b.as_of.start and (a.as_of.start, a.as_of.end) != (b.as_of.start, b.as_of.end):
        return False
    if a.source and b.source and a.source.name != b.source.name:
        return False
    return True


def extract(text: str, published: dt.date | None = None) -> list[Record]:
    """Every figure and statement in ``text``, as claim records.

    ``published`` anchors relative periods ("last week", "mid-March"); without
    it they keep their text and no dates. Never raises on any input text.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    # A lone surrogate is a valid str but no text; the same length keeps every offset.
    if not text.isascii():
        text = SURROGATE_RE.sub("\ufffd", text)
    try:
        return _extract(text, published)
    except RecursionError:  # pragma: no cover - defensive: extraction never raises
        return []


def _extract(text: str, published: dt.date | None) -> list[Record]:
    # What the tables remember of sentences serves one article's readers; another article starts afresh.
    vocab.forget()
    forget_mentions()
    forget_verbs()
    memory = Memory()
    carry = Carry()
    figures: list[Figure] = []
    by_key: dict[tuple, list[int]] = {}  # indices into figures by dedupe key
    statements: list[Statement] = []
    last_fig: Figure | None = None
    last_fig_sentence = -1
    place_focus: str | None = None  # the country of the last place the article named
    last_sides: list[str] = []  # the two parties last named together ("Ukraine and Russia")
    last_event: str | None = None  # the start of the last period the article named, for "since then"
    para_topic: str | None = None  # the party whose toll the paragraph is about ("Iran's figure is disputed")
    issuer: Mention | None = None  # the body the article opens with, for "we" and "our" outside quotations
    last_refugees: str | None = None  # whose the last displaced people counted were
    straight_quotes = curly_open = 0  # the paragraph's quotation marks before the sentence being read
    headline_said: tuple[Sentence, Any, list[tuple[int, int]]] | None = None  # a headline's "Surname says ..."
    sents = sentences(text)
    groups_named = _LastGroup(sents)
    paragraphs: dict[int, list[Sentence]] = {}
    for s in sents:
        paragraphs.setdefault(s.paragraph, []).append(s)
    first_par = sents[0].paragraph if sents else 0
    article_country = _Once(_article_country, text)  # what the article is about: read only when a figure asks
    headline_end = paragraphs[first_par][-1].end if sents and len(paragraphs[first_par]) == 1 and len(paragraphs) > 1 else -1
    article_force = _Once(_article_force, text)
    since_then = SINCE_EVENT_RE.search(text) is not None

    # Quotations, paragraph by paragraph (they cross sentence boundaries).
    quote_ranges: list[tuple[int, int]] = []

    for si, sent in enumerate(sents):
        try:
            stext = sent.text
            skip_dateline = 0
            if si == 0 or sents[si - 1].paragraph != sent.paragraph:
                dm = DATELINE_RE.match(stext) if "-" in stext or "—" in stext or "–" in stext else None  # a dateline ends with a dash
                if dm:
                    skip_dateline = dm.end()
            memory.next_sentence(si)
            if si == 0 or sents[si - 1].paragraph != sent.paragraph:
                para_topic = None
                straight_quotes = curly_open = 0
            # inside a quotation an earlier sentence of the paragraph opened (the middle of a quote of three sentences)
            in_quotation = straight_quotes % 2 == 1 or curly_open > 0
            straight_quotes += stext.count('"')
            curly_open += stext.count("“") - stext.count("”")
            for tm in TOPIC_TOLL_RE.finditer(stext) if ("'s " in stext or "’s " in stext) else ():
                # "Iran's figure is disputed. The health ministry said 627 had been killed": whose dead the paragraph counts
                para_topic = vocab.party_ending(tm.group("who")) or para_topic
            if _correction_hint(stext) and CORRECTION_RE.match(stext):
                continue  # "Correction: An earlier version of this story said 267 ...": a figure withdrawn, not reported
            has_number = DIGIT_RE.search(stext) is not None or NUMBER_WORD_RE.search(stext) is not None
            has_attr = _has_attribution_hint(stext)
            # who the sentence names, for "it said", "the agency" and surnames later, whether or not it holds a figure
            # (a sentence left unread without a capital past its first letter names nobody)
            for m in find_mentions(stext) if has_number or has_attr or INNER_CAPITAL_RE.search(stext, 1) else ():
                if (m.person or not m.generic or m.source.party) and not MODIFIER_RE.match(stext[m.end :]):
                    if m.person and m.source.name.split()[-1] == m.source.name and memory.person(m.source.name):
                        continue
                    memory.remember(m)
                    if issuer is None and sent.paragraph <= first_par + 2 and not m.person and not m.generic \
                            and m.source.type in ("NGO", "UN", "government", "military"):
                        issuer = m  # the body the headline or lede names first: who "we" are in a release
            if not has_number and not has_attr:
                continue
            # the costly reading only where a number that may count people stands with a word for what it counts
            cue = has_number and _figure_cue().search(stext) is not None
            quantities = candidates(stext[skip_dateline:]) if cue else []
            zeros = zero_figures(stext) if cue else []
            has_figure = bool(quantities or zeros)
            headline = sent.paragraph == first_par and len(paragraphs[first_par]) == 1 and not stext.rstrip().endswith((".", '."', ".”"))
            atts = attributions(stext, memory, headline=headline) if has_attr or headline else []
            # periods date figures and attributions; elsewhere only an article that says "since then" needs them
            periods = [p for p in find_periods(stext, published) if p.start >= skip_dateline] \
                if has_figure or atts or since_then else []
            # "since then": since the last event the article dated; "over the same period": the last figure's
            periods = [replace(p, period=Period(last_event, p.period.end, p.period.text))
                       if last_event and SINCE_EVENT_RE.match(p.period.text) else p for p in periods]
            if last_fig is not None and last_fig.as_of is not None:
                periods += [PeriodMention(m.start(), m.end(), replace(last_fig.as_of, text=m.group(0)))
                            for m in SAME_PERIOD_RE.finditer(stext)]
                periods.sort(key=lambda p: p.start)
            for p in periods:
                # the dates of events, not of the reporting ("said on Wednesday")
                if p.period.start and not p.since and not SINCE_EVENT_RE.match(p.period.text) \
                        and not any(_attached_to_verb(stext, a, p) for a in _verbs_in(stext)):
                    last_event = p.period.start
            own_voice = issuer is not None and not holds_quotation_mark(stext) and not in_quotation
            we = FIRST_PERSON_VERB_RE.search(stext) if own_voice and not atts else None
            if we:
                # "We believe that clearing the south will take a year": the issuer of the release speaks
                atts = [Attribution(issuer.source, (), issuer, we.start("v"), we.end("v"))]  # type: ignore[union-attr]
            att_here = [a for a in atts if not a.empty]
            if atts and not att_here:
                # Attributed, but to nobody named: the figures have no source, and none carries over.
                carry = Carry(None, (), _attribution_date(atts[0], periods, stext), sent.paragraph, None)
            if att_here:
                a0 = att_here[0]
                if issuer is None and sent.paragraph <= first_par + 2 and a0.speaker is not None and a0.source is not None \
                        and not a0.via:
                    issuer = a0.speaker  # "..., Sheba Relief warns": whose release it is
                if a0.speaker is not None:
                    memory.spoke(next((m for m in reversed(memory.entities) if a0.source and m.source.name == a0.source.name), a0.speaker))
                date = _attribution_date(a0, periods, stext)
                if carry.paragraph == sent.paragraph and carry.source and a0.source and carry.source.name == a0.source.name and date is None:
                    date = carry.date
                carry = Carry(a0.source, a0.via, date, sent.paragraph, a0.speaker)
            elif carry.paragraph != sent.paragraph:
                # Attribution carries over within a paragraph, not into the next one.
                carry = Carry(paragraph=sent.paragraph)

            named_sides = _sides(stext, [])
            if len(named_sides) == 2:
                last_sides = named_sides
            for pm_ in PLACE_FOCUS_RE.finditer(stext):
                head = vocab.places().opening(stext[pm_.end() : pm_.end() + 40])
                country = head[1] if head is not None else None
                if not isinstance(country, str):
                    continue
                if NATIONALS_FROM_RE.search(stext[max(0, pm_.start() - 30) : pm_.start() + 5]):
                    continue  # "21 sailors from the Philippines": where people are from, not where the story is
                if FIRED_FROM_RE.search(stext[max(0, pm_.start() - 30) : pm_.start() + 5]):
                    continue  # "rockets fired from Syria": where the attack came from, not where the story is
                place_focus = country
            att_date_starts = {p.start for a in atts for p in periods if _attached_to_verb(stext, a, p)}
            context = (sents[si - 1].text if si > 0 and sents[si - 1].paragraph == sent.paragraph else "") + " " + sents[0].text
            drafts = read_sentence(stext[skip_dateline:], [(p.start - skip_dateline, p.end - skip_dateline) for p in periods], context,
                                   quantities) if quantities else []
            for d in drafts:
                d.start += skip_dateline
                d.end += skip_dateline
                d.np_end += skip_dateline
            drafts += zeros
            drafts.sort(key=lambda d: d.start)
            sent_figs: list[Figure] = []
            for k, d in enumerate(drafts):
                lo = drafts[k - 1].end if k > 0 else 0
                hi = drafts[k + 1].start if k + 1 < len(drafts) else len(stext)
                # a figure's own stretch ends at the next clause (", and on Saturday each side handed over ...")
                cut = compiled(r",\s+(?:and|but)\s+(?!(?:at\s+least|about|some|nearly|more\s+than)?\s*\d)|;|,\s+(?:bringing|raising|taking|pushing|lifting)\b").search(stext[d.end : hi])
                if cut and (d.subset_of is not None or k + 1 < len(drafts)):
                    hi = d.end + cut.start()
                parent: Figure | None = None
                if d.subset_of is not None or d.inherit:
                    # a part of a number the sentence has that is no figure ("interviewed 42 people, including 38
                    # Ethiopians") is no part of an earlier sentence's figure either
                    same_sentence_only = any(n in ("series", "apposition") for n in d.notes) \
                        or (d.subset_of is not None and not sent_figs and LEADING_NUMBER_RE.search(stext[max(0, d.start - 80) : d.start]) is not None)
                    parent = sent_figs[-1] if sent_figs else (None if same_sentence_only else (last_fig if last_fig_sentence >= si - 2 else None))
                metric = d.metric or (parent.metric if parent else None)
                if metric is None:
                    continue
                # as_of
                windows = [(drafts[j - 1].end if j > 0 else 0, drafts[j + 1].start if j + 1 < len(drafts) else len(stext))
                           for j in range(len(drafts)) if j != k]
                shared = None
                if k + 1 < len(drafts) and compiled(r"[^.;]{0,60}?\b(?:and|or)\b[^.;]{0,20}").fullmatch(stext[d.end : drafts[k + 1].start]) \
                        and not VERB_RE.search(stext[d.end : drafts[k + 1].start]):
                    shared = (drafts[k + 1].end, drafts[k + 2].start if k + 2 < len(drafts) else len(stext))
                # A part of the figure before it ("two of them children"), or a figure coordinated with it
                # ("and wounded 117"), describes the same period when it names none of its own.
                follows = None
                if sent_figs and sent_figs[-1].as_of is not None and k > 0 and (
                        d.subset_of is not None or compiled(r"[^.;]{0,80}?\band\b[^.;]{0,30}").fullmatch(stext[drafts[k - 1].end : d.start])
                        and not VERB_RE.search(stext[drafts[k - 1].end : d.start])):
                    follows = PeriodMention(-1, -1, sent_figs[-1].as_of)
                pm = _nearest_period(d, periods, lo, hi, att_date_starts, stext, windows, shared, follows)
                as_of = pm.period if pm else None
                when = SINCE_WHEN_RE.search(stext[: d.start])
                if when and ";" not in stext[when.end() : d.start]:
                    # "the deadliest since October 2017, when a truck bomb killed 500": the figure is of that date
                    then = [p for p in find_periods(when.group("p"), published) if not p.since]
                    if then:
                        as_of = replace(then[0].period, text=when.group("p"))
                if as_of is None:
                    own_att = _attribution_for(stext, d, att_here) or next((a for a in att_here), None)
                    as_of = _attribution_date(own_att, periods, stext) if own_att else None
                if as_of is None and parent is not None and parent.as_of is not None:
                    as_of = parent.as_of
                # source
                att = _attribution_for(stext, d, atts)
                source, via = (att.source, att.via) if att else (carry.source, carry.via)
                if source is None and own_voice and FIRST_PERSON_RE.search(stext):
                    source = issuer.source  # "Our mobile clinics have treated 300 wounded": the body whose release it is
                denied, owner = _denied_report(stext, d.start)
                if denied:
                    source, via = owner, ()  # "denied reports that 1,300 were killed": not the denier's figure
                if as_of is None and (source is None or carry.source is None or source.name == carry.source.name):
                    as_of = carry.date  # the date the carried attribution gave, for its own figures only
                # party
                party = d.party
                role = d.role
                if "own-forces" in d.notes and party is None and source is not None and source.party:
                    party = source.party  # "of its soldiers": the source's own (an aid group's staff: where they were)
                    d.notes.append("party-decided")
                if "both-sides" in d.notes:
                    d.notes.append("party-decided")
                if party is None and (compiled(r"\bjunta\b", re.I).search(d.subject_text)
                                      or d.percent and compiled(r"\s*(?:percent\s+|per\s+cent\s+|%\s*)?of\s+(?:the\s+)?junta", re.I).match(stext[d.end : d.end + 40])):
                    # "junta troops": the army of the country the article is about, never the side its source is on
                    party = article_country()
                    d.notes.append("party-decided")
                place = place_in(stext, d.start, d.end)
                # hostages named by no demonym have no party: where they are held is not whose they are
                decided = "party-decided" in d.notes or (party is None and HOSTAGES_RE.match(d.subject_text) is not None)
                several = SEVERAL_COUNTRIES_RE.match(stext[d.end :]) if party is None else None
                if several and sum(1 for _, _, e in vocab.parties().finditer(several.group("list")) if e.kind == "country") >= 2:  # type: ignore[union-attr]
                    decided = True  # "a regional force of about 10,000 soldiers from Nigeria, Niger, Cameroon and Chad": no one party
                last_group = groups_named.upto(si) if party is None and "group-ref" in d.notes else None
                if last_group is not None:
                    party, decided = last_group, True  # "the group had 1,500 fighters": the armed group last named
                state = next((n.split(":", 1)[1] for n in d.notes if n.startswith("state-subject:")), None)
                if party is None and state is not None:
                    # "the army called up 360,000 reservists": the army the article named, else its country's
                    named = memory.resolve(state)
                    party = named.source.party if named is not None and named.source.party else article_country()
                    decided = party is not None
                if parent is not None and party is None and not decided:
                    party = parent.subject.party
                    # (refugees counted where they fled to are still of where they fled from)
                    own = country_of(place) if place and d.subset_of is None and metric != "displaced" and OWN_PLACE_RE.match(stext[d.end :]) else None
                    if isinstance(own, str):
                        party = own  # "1,200 were killed in Lebanon and 165 in Israel": the second its own place's
                if party is None and last_fig is not None and si - last_fig_sentence <= 2 and last_fig.metric == metric \
                        and compiled(r"\s*more\b", re.I).match(d.subject_text or ""):
                    party = last_fig.subject.party  # "18,000 more had arrived"
                if parent is not None and place is None and (d.subset_of is not None):
                    place = parent.place
                if party is None and not decided and sent_figs and k > 0 and not d.subject_text.strip() \
                        and sent_figs[-1].value.low == drafts[k - 1].low and COORDINATED_RE.fullmatch(stext[max(drafts[k - 1].end, drafts[k - 1].np_end) : d.start]) \
                        and not OWN_PLACE_RE.match(stext[d.end :]):  # "and 165 in Israel": its own place
                    # "13 service members were killed and 18 wounded": a bare number counts the people named before it
                    party = sent_figs[-1].subject.party
                    if role in (None, "unknown"):
                        role = sent_figs[-1].subject.role
                most = MOST_OF_THEM_RE.match(stext[d.end :]) if party is None and role in ("civilian", "unknown") and not decided else None
                if most:
                    # "540,000 people have crossed into Syria, most of them Syrians": whose most of them are
                    party = next((e.party for s_, _, e in vocab.parties().finditer(most.group("who")) if s_ == 0), None)  # type: ignore[union-attr]
                if party is None and metric == "displaced" and not decided:
                    party = _fled_from(stext)  # "fled from Sudan into Chad", "flee Tigray fighting": where they left
                if party is None and role in ("civilian", "unknown") and place and not decided and not _destination(stext, place):
                    party = country_of(place)
                    if metric == "displaced" and "refugee" in d.subject_text.lower() and last_refugees not in (None, party):
                        party = last_refugees  # refugees counted in a camp abroad are of where the article's refugees came from
                side = SIDE_RE.search(stext) if party is None and role in ("civilian", "unknown") and not decided else None
                if side:
                    # "On the Indian side of the Line of Control, Pakistani artillery fire killed 15 civilians"
                    party = vocab.party_ending(side.group("who"))
                if party is None and role in ("civilian", "unknown") and not decided and parent is None \
                        and metric in ("killed", "wounded", "casualties", "missing", "displaced") and source is not None \
                        and source.party and source.type == "government" and not SOURCE_ACTS_RE.search(stext[: d.start]):
                    # "Iran's health ministry said 224 people had been killed": a government counts its own people
                    party = source.party
                if party is None and role == "military" and not decided and article_country() and GOVERNMENT_FORCES_RE.match(d.subject_text or ""):
                    party = article_country()  # "government forces had lost about 130 soldiers": the state's
                if party is None and role == "military" and not decided:
                    # An army reporting bare "soldiers" counts its own; otherwise the party the passage is about.
                    # (a ministry or army named without its country is the article's country's: "the defence ministry")
                    own = (source.party or article_country()) if source is not None else None
                    if source is not None and own and _speaks_for_army(source) and metric != "captured" and d.subject_text.strip() and not (
                            _is_group(own) and d.subject_text.lower().startswith(("troops", "soldiers"))) \
                            and not ENEMY_NOUN_RE.match(d.subject_text):
                        party = own
                    elif ENEMY_NOUN_RE.match(d.subject_text) and country_of(place):
                        party = country_of(place)  # "killed 100 militants in Pakistan"
                    else:
                        party = _only_party(stext, source) or article_force() or _focus_party(stext, source, last_fig, last_fig_sentence, si)
                if party is None and metric == "displaced" and not decided:
                    # the people who fled, when the sentence names them; else the country they fled or are in
                    party = _only_party(stext, source, people_only=True)
                    if party is None and place:
                        party = country_of(place)
                if party is None and role == "unknown" and metric == "casualties" and article_force() and parent is None and not decided \
                        and people_noun(d.subject_text)[0] in (None, "nonpeople"):
                    # "the casualty count passed 4,000": losses, in an article about one party's forces, are theirs
                    party = article_force()
                if party is None and role in ("civilian", "unknown") and metric in ("killed", "wounded", "casualties", "missing", "displaced") \
                        and para_topic is not None and parent is None and not decided:
                    party = para_topic
                if party is None and role in ("civilian", "unknown") and metric in ("killed", "wounded", "casualties", "missing", "displaced") \
                        and place_focus is not None and parent is None and d.low != 0 and not decided:
                    # Counted where the article is: the country of the last place it named.
                    party = place_focus
                if party is None and role in ("civilian", "unknown") and article_country() and parent is None and not decided \
                        and metric in ("killed", "wounded", "casualties", "missing", "displaced", "captured") \
                        and "hostage" not in d.subject_text.lower():
                    party = article_country()
                unit = "percent" if d.percent else "people"
                fig = Figure(
                    metric=metric,
                    subject=Subject(party, role if role in ("military", "civilian", "unknown") else "unknown", d.subject_text[:120]),
                    value=Value(d.low, d.high, d.hedge),
                    unit=unit,
                    as_of=as_of,
                    place=place,
                    source=source,
                    via=via,
                    span=(sent.start + d.start, sent.start + d.end),
                    sentence=stext,
                    spans=((sent.start + d.start, sent.start + d.end),),
                    projection=d.projection,
                )
                each = EACH_SIDE_RE.search(stext[max(0, d.start - 25) : d.end + 30])
                sides = _sides(stext, last_sides) if each else []
                if len(sides) == 2:
                    # "exchanged 303 soldiers each": one figure for each side
                    for side in sides:
                        sent_figs.append(replace(fig, subject=replace(fig.subject, party=side)))
                else:
                    sent_figs.append(fig)
            for fig in sent_figs:
                # one record a figure: its repeats join the first mention (only figures of the same key can match)
                bucket = by_key.setdefault(_dedupe_key(fig), [])
                for i in bucket:
                    if _same_figure(figures[i], fig, headline_end):
                        figures[i] = _merge(figures[i], fig, headline_end)
                        break
                else:
                    bucket.append(len(figures))
                    figures.append(fig)
            last_refugees = next((f.subject.party for f in reversed(sent_figs) if f.metric == "displaced" and f.subject.party), last_refugees)
            if sent_figs:
                last_fig = sent_figs[-1]
                last_fig_sentence = si
            # reported assessments: the content of each attribution that holds no figure
            fig_spans = [(f.span[0] - sent.start, f.span[1] - sent.start) for f in sent_figs]
            if headline and not att_here:
                said = HEADLINE_SURNAME_RE.match(stext)
                if said:
                    headline_said = (sent, said, fig_spans)  # "Japarov says ceasefire is holding": who, once the story names him
            for a in att_here:
                if headline and not HEADLINE_ATTRIBUTION_RE.search(stext):
                    continue
                for st in reported(stext, sent.start, a, fig_spans, memory, headline=headline):
                    if skip_dateline and st.span[0] < sent.start + skip_dateline < st.span[1]:
                        # "PORT-AU-PRINCE, April 3 -- Gangs seized ..., the ministry said": the dateline is no part of it
                        cut = sent.start + skip_dateline - st.span[0]
                        st = replace(st, text=st.text[cut:], span=(st.span[0] + cut, st.span[1]))
                    statements.append(st)
        except Exception:  # noqa: BLE001 - one unreadable sentence never spoils the article
            if _strict():
                raise
            continue

    if headline_said is not None:
        sent, said, fig_spans = headline_said
        who = memory.person(said.group("who"))
        if who is not None:
            att = Attribution(who.source, (), who, said.start("v"), said.end("v"))
            statements.extend(reported(sent.text, sent.start, att, fig_spans, memory, headline=True))

    # Quotations, per paragraph, with a memory of the entities named up to each (none past the last quotation).
    qmemory = Memory()
    last_quotes: list[Statement] = []
    quoted = [p for p, psents in paragraphs.items() if any(c in s.text for s in psents for c in '"“')]
    for p_index, psents in paragraphs.items():
        if not quoted or p_index > quoted[-1]:
            break
        try:
            pstart = psents[0].start
            pend = psents[-1].end
            ptext = text[pstart:pend]
            for s in psents:
                for m in find_mentions(s.text):
                    if m.person or not m.generic or m.source.party:
                        qmemory.remember(m)
            if '"' not in ptext and "“" not in ptext:
                continue
            found = quotations(ptext, pstart, qmemory, last_quotes)
            if found:
                last_quotes = found
                statements.extend(found)
        except Exception:  # noqa: BLE001
            if _strict():
                raise
            continue
    statements = _dedupe_statements(statements)
    if headline_end > 0:
        figures, statements = _headline_bodies(figures, statements, headline_end, text[:headline_end])
    if any(_asks_country(r) for r in figures) or any(_asks_country(r) for r in statements):
        country = article_country()
        if country:
            figures = [_junta(f, country) if _asks_country(f) else f for f in figures]
            statements = [_junta(st, country) if _asks_country(st) else st for st in statements]
    records: list[Record] = [*figures, *statements]
    records.sort(key=lambda r: r.span[0])
    return records


def _headline_bodies(figures: list[Figure], statements: list[Statement], headline_end: int,
                     headline: str) -> tuple[list[Figure], list[Statement]]:
    """"..., UN mission says": a headline names the body by its family and a noun; the story's first source of
    that family whose names hold the noun is it. "..., Somali spy agency tells lawmakers": a headline's body named
    by what it is, in lower case, is the story's first named source of that type and party."""
    figures, statements = _headline_generic_bodies(figures, statements, headline_end, headline)
    nm = HEADLINE_FAMILY_RE.search(headline)
    if nm is None:
        return figures, statements
    noun = nm.group("noun").lower()
    names = {str(v.name) for k, v in vocab.sources().entries.items() if noun in k.split()}  # type: ignore[attr-defined]
    body = [r.source for r in sorted([*figures, *statements], key=lambda r: r.span[0])
            if r.span[0] > headline_end and r.source and r.source.name in names]
    if not body:
        return figures, statements

    def specific(src: Source | None) -> Source | None:
        if src is None or src.name not in FAMILY_NAMES:
            return src
        return next((b for b in body if b.type == src.type and b.name not in FAMILY_NAMES), src)

    figures = [replace(f, source=specific(f.source)) if f.span[0] < headline_end else f for f in figures]
    out = []
    for st in statements:
        if st.span[0] < headline_end and st.source is not None and specific(st.source) is not st.source:
            new = specific(st.source)
            speaker = replace(st.speaker, name=new.name) if st.speaker and st.speaker.name == st.source.name else st.speaker  # type: ignore[union-attr]
            st = replace(st, source=new, speaker=speaker)
        out.append(st)
    return figures, out


def _headline_generic_bodies(figures: list[Figure], statements: list[Statement],
                             headline_end: int, headline: str) -> tuple[list[Figure], list[Statement]]:
    records = sorted([*figures, *statements], key=lambda r: r.span[0])
    body = [r.source for r in records if r.span[0] > headline_end and r.source and r.source.name[:1].isupper()]
    # "..., spy agency says" that nothing before resolved: the agency the story goes on to name
    hm = HEADLINE_RE.search(headline)
    who = compiled(r"^.*?\b(?=(?:spy|intelligence|military|army)\b)").sub("", hm.group("who").lower()) if hm else ""
    unresolved = Source(who, None, "military" if who in ("military", "army") else "intelligence") if who in HEADLINE_DESCRIPTORS else None

    def named(src: Source | None) -> Source | None:
        if src is None and unresolved is not None:
            src = unresolved
        if src is None or src.name.lower() not in HEADLINE_DESCRIPTORS:
            return src  # a name, a person, or a body named as written ("interior ministry")
        return next((b for b in body if b.type == src.type and (src.party is None or b.party == src.party)), src)

    figures = [replace(f, source=named(f.source)) if f.span[0] < headline_end else f for f in figures]
    out = []
    for st in statements:
        new = named(st.source) if st.span[0] < headline_end and st.source is not None else st.source
        if new is not st.source and new is not None and st.source is not None:
            speaker = replace(st.speaker, name=new.name) if st.speaker and st.speaker.name == st.source.name else st.speaker  # type: ignore[union-attr]
            st = replace(st, source=new, speaker=speaker)
        out.append(st)
    return figures, out


HEADLINE_DESCRIPTORS = {"spy agency", "intelligence agency", "intelligence service", "intelligence", "military", "army"}
HEADLINE_FAMILY_RE = exact(r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+(?:says?|said|warns?|reports?|estimates?)\b")
FAMILY_NAMES = {"United Nations"}  # a family of bodies a headline may name for one of them ("UN mission says")


NATIONALS_FROM_RE = caseless(
    r"\b(?:sailors|seafarers|crew(?:\s+members)?|workers|nationals|citizens|migrants|soldiers|troops|people|civilians|children|"
    r"men|women|tourists|volunteers|fighters|mercenaries|students|pilgrims|peacekeepers|engineers|doctors|staff)\s+from\s")
CORRECTION_HINT_RE = caseless(r"correction|clarification|editor|earlier")  # a word each notice holds
CORRECTION_HINTS = ("correction", "clarification", "editor", "earlier")


def _correction_hint(text: str) -> bool:
    """Does ``text`` hold a word each correction notice holds (what ``CORRECTION_HINT_RE`` finds)?"""
    if text.isascii():
        low = text.lower()
        return any(w in low for w in CORRECTION_HINTS)
    return CORRECTION_HINT_RE.search(text) is not None
CORRECTION_RE = caseless(r"\s*(?:Correction|Clarification|Editor['’]s\s+note)\s*:|.{0,40}\ban\s+earlier\s+version\s+of\s+this\s+(?:story|article|report)\b")
GOVERNMENT_FORCES_RE = caseless(r"\s*(?:[\w-]+\s+){0,2}?(?:government|state|regime|federal|national\s+army)\s+(?:forces|troops|soldiers)\b")
MOST_OF_THEM_RE = re.compile(r"[^.;]{0,80}?,\s*(?:most|the\s+majority|nearly\s+all|almost\s+all)\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?(?P<who>[A-Z][\w'’-]+)")
EACH_SIDE_RE = caseless(r"\b(?:each|apiece|per\s+side|from\s+each\s+side|on\s+each\s+side|each\s+side|from\s+both\s+sides)\b")


def _sides(stext: str, fallback: list[str]) -> list[str]:
    """The two countries a sentence names together, in order ("Ukraine and Russia exchanged ..."), else ``fallback``."""
    found: list[str] = []
    for s, _, entry in vocab.parties().finditer(stext):
        if entry.kind == "country" and entry.party not in found:  # type: ignore[union-attr]
            found.append(entry.party)  # type: ignore[union-attr]
    return found if len(found) == 2 else fallback


def _source_asks_country(src: Source | None) -> bool:
    """A body named without its country ("the army said", "the government") or a junta: the article's country is its."""
    return src is not None and (src.name == "junta" or src.party is None and src.name in ("army", "military", "police", "government"))


def _junta_subject(fig: Figure) -> bool:
    """Are a figure's people a junta's, named without their country ("junta troops")?"""
    return fig.subject.party is None and compiled(r"\bjunta\b", re.I).search(fig.subject.text or "") is not None


def _junta_source(src: Source | None, country: str) -> Source | None:
    if src is None or not _source_asks_country(src):
        return src
    if src.name in ("army", "military", "police"):
        return Source(src.name, country, src.type)  # "the army said": the army of the article's country
    if src.name == "government":
        return Source(f"Government of {country}", country, "government")
    return Source("Myanmar junta" if country == "Myanmar" else f"Government of {country}", country, "government")


class _Once:
    """A function of the article's text, computed when first asked for (most articles never ask)."""

    __slots__ = ("fn", "text", "value", "done")

    def __init__(self, fn: Any, text: str) -> None:
        self.fn, self.text, self.value, self.done = fn, text, None, False

    def __call__(self) -> Any:
        if not self.done:
            self.value, self.done = self.fn(self.text), True
        return self.value


def _asks_country(rec: Record) -> bool:
    """Does a record name a body or junta without its country (what ``_junta`` fills in)?"""
    if isinstance(rec, Figure):
        if _junta_subject(rec):
            return True
    elif rec.speaker is not None and rec.speaker.name == "junta":
        return True
    return _source_asks_country(rec.source)


def _junta(rec: Record, country: str) -> Record:
    """A junta named without its country is the government of the country the article is about."""
    if isinstance(rec, Figure):
        party = country if _junta_subject(rec) else rec.subject.party
        return replace(rec, source=_junta_source(rec.source, country), subject=replace(rec.subject, party=party))
    speaker = rec.speaker
    if speaker is not None and speaker.name == "junta":
        new = _junta_source(Source("junta", None, "government"), country)
        speaker = replace(speaker, name=new.name)  # type: ignore[union-attr]
    return replace(rec, source=_junta_source(rec.source, country), speaker=speaker)


def _article_country(text: str) -> str | None:
    """The country an article is about: the one its places name most often (None when that is unclear)."""
    counts: dict[str, int] = {}
    groups = _non_states()
    for _, e, country in vocab.places().finditer(text):
        if isinstance(country, str) and country not in groups:  # an armed group's or a people's name is no country
            if ACTOR_AFTER_RE.match(text, e):
                continue  # "Russia fired 120 missiles": a country acting, not the place where people were counted
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 1.5 > ranked[0][1]:
        return None
    return ranked[0][0]


# (?:'s|’s)?\s+ then a word for a force, opening with the one character it needs (the engine skips to it)
FORCE_NOUN_RE = exact(
    r"['’\s](?:(?<=['’])s\s+|(?<=\s)\s*)(?:own\s+|combat\s+|special\s+forces\s+|special\s+operations\s+)?"
    r"(?:troops|soldiers|forces|army|military|contingent|servicemen|fighters|infantrymen|personnel|units|losses|casualties)\b"
)


SIDE_RE = exact(r"\b[Oo]n\s+the\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+side\b")
TOPIC_TOLL_RE = exact(
    r"(?P<who>\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:'s|’s)\s+(?:own\s+|official\s+|overall\s+|civilian\s+)?"
    r"(?:figures?|toll|death\s+toll|count|tally|casualties|losses|dead)\b")
SEVERAL_COUNTRIES_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:from|of)\s+(?P<list>[A-Z][\w'’ -]{1,30}(?:,\s*[A-Z][\w'’ -]{1,30})*,?\s+and\s+[A-Z][\w'’-]+)")
HOSTAGES_RE = caseless(r"\s*(?:[\w-]+\s+){0,2}?(?:hostages?|captives?|abductees)\b")
# The source as the one who struck: its counts are of the other side's people.
SOURCE_ACTS_RE = caseless(
    r"\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:killed|struck|hit|bombed|shelled|targeted|destroyed|attacked)\b"
    r"|\b(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|forces|troops|aircraft|jets|drones|missiles|shelling|raids?|operations?|army|military)\b")
# What an army calls the other side: never its own dead ("Indian strikes killed more than 100 militants").
ENEMY_NOUN_RE = caseless(
    r"\s*(?:[\w-]+\s+){0,2}?(?:militants?|terrorists?|insurgents?|rebels?|jihadists?|attackers?|gunmen|separatists?|bandits?|"
    r"extremists?|infiltrators?|guerrillas?|enemy)\b")


def _speaks_for_army(source: Source) -> bool:
    """An army, the ministry over it, or the government of a state: bare "servicemen" in its figures are its own
    ("Benin says 28 soldiers killed")."""
    return source.type == "military" or (source.type == "government" and (
        compiled(r"defen[cs]e", re.I).search(source.name) is not None or source.name.startswith("Government of")
        or source.name.lower() in ("presidency", "army", "government")))


@lru_cache(maxsize=1)
def _non_states() -> frozenset[str]:
    return frozenset(e.party for e in vocab.parties().entries.values() if e.kind != "country")  # type: ignore[union-attr]


def _is_group(party: str) -> bool:
    return party in vocab.armed_groups()


def _article_force(text: str) -> str | None:
    """The party whose forces an article is mostly about ("North Korean troops"), or None when no party leads.

    The headline's parties count three times: a headline names what the story is about.
    """
    counts: dict[str, int] = {}
    headline = text.split("\n", 1)[0] if "\n\n" in text[:400] else ""
    for s, e, entry in vocab.parties().finditer(headline):
        if compiled(r"\b(?:in|into|to|from|inside|across|near|at|over)\s+$", re.I).search(headline[:s]):
            continue  # "its losses in Russia": a place, not a force
        if compiled(r"\s+(?:says|said|claims|reports|tells|estimates)\b").match(headline[e:]):
            continue  # "Arakan Army says ...": who reports, not whose forces
        if PARTY_ACTS_RE.match(headline[e:]):
            continue  # "... as JNIM overruns army positions": who attacked, not whose forces the story counts
        counts[entry.party] = counts.get(entry.party, 0) + 3  # type: ignore[union-attr]
    for m in FORCE_NOUN_RE.finditer(text):
        if KILLS_A_NUMBER_RE.match(text[m.end() : m.end() + 200]):
            continue  # "JNIM fighters killed more than 100 soldiers": the article is about whom they killed
        tail = text[max(0, m.start() - 30) : m.start()]
        found = None
        for _, e, entry in vocab.parties().finditer(tail):
            if e == len(tail):
                found = entry.party  # type: ignore[union-attr]
        if found:
            counts[found] = counts.get(found, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 1.5 > ranked[0][1]:
        return None
    return ranked[0][0]


class _LastGroup:
    """The armed group an article named last: whom "the group" or "the rebels" are. Its sentences are read only as
    far as a figure asks, and each once."""

    def __init__(self, sents: list[Sentence]) -> None:
        self.sents = sents
        self.read = -1
        self.last: str | None = None

    def upto(self, si: int) -> str | None:
        """The last group named up to the end of sentence ``si``."""
        while self.read < si:
            self.read += 1
            for _, _, entry in vocab.parties().finditer(self.sents[self.read].text):
                if entry.kind == "group":  # type: ignore[union-attr]
                    self.last = entry.party  # type: ignore[union-attr]
        return self.last


def _dedupe_statements(sts: list[Statement]) -> list[Statement]:
    """One statement a stretch of text: of overlapping ones, the first (a quotation before a paraphrase)."""
    out: list[Statement] = []
    reach = -1  # the furthest end of the statements kept; they are taken in order of start
    starts: set[int] = set()
    for s in sorted(sts, key=lambda x: (x.span[0], not x.quote)):
        if s.span[0] < reach or (s.span[0] in starts and s.span[1] > s.span[0]):
            continue
        out.append(s)
        reach = max(reach, s.span[1])
        starts.add(s.span[0])
    return out


THING_AFTER_PARTY_RE = caseless(
    r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:navy|ships?|vessels?|aircraft|jets?|drones?|missiles?|rockets?|strikes?|attacks?|"
    r"shelling|artillery|bombardment|bombing|uniforms|weapons|officials|authorities|media|government|ministry|embassy|"
    r"territory|border|side|lines|positions|forces'?\s+(?:said|say)|"
    # a party's people who speak: "India's director general", "Iran's foreign minister"
    r"director|minister|president|spokes(?:man|woman|person)|ambassador|envoy|chief|leader|representative|delegation|premier)\b"
)


# A party as the subject of a killing or taking that a number follows: the perpetrator, not the victims' side.
KILLS_A_NUMBER = (
    r"\s+(?:(?:had|have|has)\s+)?(?:killed|kill|kills|killing|shot\s+dead|shot|executed|massacred|"
    r"abducted|kidnapped|seized|captured|took|wounded|injured)\s+(?:(?:more\s+than|at\s+least|about|around|nearly|some|over|up\s+to|"
    r"as\s+many\s+as|an\s+estimated|roughly|almost|approximately|another|dozens\s+of|hundreds\s+of|thousands\s+of|scores\s+of)\s+)?"
    r"(?:\d|dozens|hundreds|thousands|scores|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)"
)
KILLS_A_NUMBER_RE = caseless(KILLS_A_NUMBER)
PARTY_ACTS_RE = caseless(
    r"(?:'s|’s)?(?:\s+(?:fighters|militants|rebels|insurgents|jihadists|gunmen|troops|forces|soldiers|army|military|units))?(?:"
    + KILLS_A_NUMBER
    # or an attack told in the present or in a past that is never passive: "as JNIM overruns army positions"
    + r"|\s+(?:overruns|overran|storms|stormed|attacks|ambushes|raids|seizes|captures|shells|bombs)\b)")


FLED_FROM_RE = exact(
    r"\b(?i:fled|flee|flees|fleeing|escaped|escaping|(?:crossed|came|arrived|driven|displaced|forced|evacuated)\s+from)\s+"
    r"(?i:from\s+)?(?:the\s+)?(?P<where>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
FIRED_FROM_RE = caseless(r"\b(?:fired|launched|rockets?|missiles?|drones?|shells?|mortars?|artillery|strikes?|attacks?)\s+from\s")


DENIED_REPORT_RE = caseless(
    r"\b(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|disputed|disputes|disputing|contested|contests)\s+"
    r"(?:on\s+\w+\s+)?(?:the\s+|a\s+)?(?P<owner>(?:[\w-]+\s+){0,4}?[\w-]+(?:'s|’s)\s+)?(?:media\s+|news\s+)?"
    r"(?:reports?|claims?|findings?|accounts?|allegations?|suggestions?)\s+(?:that|of)\b[^;]*$")


def _denied_report(stext: str, pos: int) -> tuple[bool, Source | None]:
    """Does a figure at ``pos`` stand in a report someone denies ("denied reports that 1,300 were killed"), and whose
    is it then: the report's owner's when the sentence names one ("rejects the commission's finding that ..."), else
    nobody's. Never the denier's."""
    m = DENIED_REPORT_RE.search(stext[:pos]) if "report" in stext or "claim" in stext or "finding" in stext \
        or "account" in stext or "allegation" in stext or "suggestion" in stext else None
    if m is None:
        return False, None
    owner = next((x for x in find_mentions(stext) if m.start("owner") <= x.start < m.end("owner") and not x.generic), None) \
        if m.group("owner") else None
    return True, owner.source if owner is not None else None


def _fled_from(stext: str) -> str | None:
    """The country people fled, where the sentence names it ("fled from Sudan into Chad", "flee Tigray fighting")."""
    for m in FLED_FROM_RE.finditer(stext):
        where = m.group("where")
        found = country_of(where) or vocab.party_ending(where)
        if found:
            return found
    return None


def _destination(stext: str, place: str) -> bool:
    """Is ``place`` where people were taken or went ("taken across the border into Congo"), not where they were?"""
    at = stext.find(place)
    return at > 0 and compiled(r"\b(?:into|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I).search(stext[max(0, at - 40) : at]) is not None


def _only_party(stext: str, source: Source | None, people_only: bool = False) -> str | None:
    """The one party a sentence names other than as a destination, an ally or the source.

    With ``people_only``, only demonyms and groups count ("Rohingya", "Sudanese"), not countries named as places.
    """
    parties = set()
    for s, end, e in vocab.parties().finditer(stext):
        if people_only and (vocab.places().get(stext[s:end]) is not None or e.kind == "group"):  # type: ignore[union-attr]
            continue  # a country named as a place, or an armed group: not the people who fled
        if compiled(r"\b(?:to|in|into|for|against|from|with|by|near|inside|toward|towards|on|at|across|of)\s+(?:the\s+)?$", re.I).search(stext[max(0, s - 12) : s]):
            continue
        if THING_AFTER_PARTY_RE.match(stext[end:]):
            continue  # "Russian navy transport ships", "Israeli strikes": a party's things, not its people
        if PARTY_ACTS_RE.match(stext[end:]):
            continue  # "JNIM fighters killed more than 100 soldiers": who killed, not whose dead
        if people_only and compiled(r"-(?:backed|led|allied|aligned|run|held|controlled|based|supported)\b", re.I).match(stext[end:]):
            continue  # "Turkish-backed factions": the backer, not the people who fled
        parties.add(e.party)  # type: ignore[union-attr]
    if source and source.party:
        parties.discard(source.party)
    return parties.pop() if len(parties) == 1 else None


def _focus_party(stext: str, source: Source | None, last_fig: Figure | None, last_si: int, si: int) -> str | None:
    only = _only_party(stext, source)
    if only:
        return only
    if last_fig is not None and si - last_si <= 3:
        return last_fig.subject.party
    return None
