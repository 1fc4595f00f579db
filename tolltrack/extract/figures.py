"""The figure reader: which quantities in a sentence count people, what they count, of whom, and how hedged.

For each quantity (``numbers``) the reader looks at its neighbourhood, the
text between it and the quantities on either side:

- what is counted: an active verb just before it ("the strike killed 40"),
  a measure after its noun phrase ("1,200 soldiers were killed or wounded",
  "4,000 casualties"), a measure named before and linked to it ("the death
  toll rose to 45,000"), or the measure of the figure it belongs to
  ("including 310 children", "of whom 95 were women", "bringing the total to");
- whose people: a party in its noun phrase, in "among ..."/"X's losses", the
  sender or loser of the verb, the figure it refers back to ("of them"), or,
  for civilians, the country of the place;
- the hedge: words in front from ``hedges.tsv``, or after it ("or more");
  a hedge carries to a coordinated second number that has none.

Quantities that are years, ages, money, times, distances, ordinals or counts
of things other than people are not figures. The vocabularies live in
``tolltrack/data``; this module holds the grammar only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from tolltrack.extract import vocab
from tolltrack.extract.vocab import WordGate, caseless, compiled, exact
from tolltrack.extract.entities import INSTITUTION_HEADS, NOT_NAME_WORDS
from tolltrack.extract.numbers import Quantity, find_quantities


@dataclass
class Draft:
    """A figure being read: sentence-relative span and what is known of it so far."""

    start: int
    end: int
    low: int | float | None
    high: int | float | None
    hedge: str
    percent: bool
    metric: str | None = None
    party: str | None = None
    role: str = "unknown"
    subject_text: str = ""
    place: str | None = None
    projection: bool = False
    subset_of: int | None = None  # index of the figure this one is part of
    inherit: bool = False  # takes metric from a coordinated or enclosing figure
    np_end: int = 0
    notes: list[str] = field(default_factory=list)


@lru_cache(maxsize=None)
def _measure_re(kind: str) -> re.Pattern[str]:
    return vocab.phrase_pattern([w for w, _ in vocab.measures().get(kind, [])])


@lru_cache(maxsize=None)
def _measure_map(kind: str) -> dict[str, str]:
    return {w.lower(): m for w, m in vocab.measures().get(kind, [])}


def _measure(kind: str, phrase: str) -> str | None:
    return _measure_map(kind).get(compiled(r"\s+").sub(" ", phrase.lower()))


@lru_cache(maxsize=1)
def _hedge_tail_re() -> re.Pattern[str]:
    # one trie: at a place the hedges that match are prefixes of one another, and the trie tries the longest first
    alts = vocab.trie_regex(sorted(w for w in vocab.hedges().entries if w != "or so"))
    return caseless(rf"(?<![\w-])(?P<h>{alts})\s+(?:(?:an?|some|the)\s+)?(?:estimated\s+)?$")


NOUN_STOP = exact(
    r"\b(?:was|were|is|are|be|been|being|has|have|had|will|would|could|may|might|in|near|at|on|by|since|as|during|"
    r"over|across|from|to|and|or|but|after|before|when|while|who|which|that|with|according|including|among|"
    r"killed|wounded|injured|died|dead|missing|fled|captured|taken|sent|deployed|remain|remained|lost|said|says|"
    r"told|of|for|amid|into|inside|outside|around|last|this|so|because|the|a|an|their|its|his|her|these|those|whose|"
    r"it|they|he|she|we|you|i|there|under|below|above|aged|up|whom|if|unless|than|per|each|earlier|later|today|yesterday|"
    r"went|gone|go|goes|got|became|become|flee|flees|fled|fleeing|die|died|dying|perished|arrive|arrived|arriving|crossed|surrender|surrendered|remain|remains|"
    r"forced|driven|evacuated|held|being|seized|freed|released|returned|buried|found|recovered|"
    r"live|lives|living|lived|stay|stays|stayed|staying|face|faces|faced|need|needs|needed|"
    r"hanged|lynched|executed|murdered|massacred|slaughtered|beheaded|shot|abroad|home|"
    r"overnight|now|ago|next|alone|already|still|then|again|within|between|toward|towards|onto|"
    r"nationwide|countrywide|worldwide|overall|altogether|apiece|combined|in\s+all|in\s+total)\b|[,;:()—–]|(?<![A-Z])\.(?=\s|$)"
)
RIGHT_CUT_RE = exact(r",\s+(?=(?:the|a|an|according|citing|said|says|he|she|it|they|which|who|whose)\b)|,\s+(?=[A-Z])")
NEUTRAL_VERBS = {
    "estimated", "reported", "confirmed", "recorded", "documented", "counted", "numbered", "totalled", "totaled",
    "exceeded", "surpassed", "topped", "passed", "crossed", "reached", "listed", "registered", "verified", "included",
    "including", "exceeding", "surpassing", "topping", "passing", "reaching", "numbering", "totalling", "totaling",
    "involved", "involving", "identified", "named", "tallied", "received", "hosted", "hosting", "sheltered", "treated",
    "treating", "admitted", "admitting", "received", "receiving", "compiled", "logged", "assessed", "raised", "revised",
    "lowered", "increased", "updated", "put", "putting", "bringing", "brought", "raising", "pushing", "pushed", "taking",
    "claimed", "claiming", "blamed", "attributed", "returned", "returning", "repatriated", "exchanged", "freed", "released",
    "swapped", "handed", "according", "ranging", "ranged", "varying", "averaging", "averaged", "nearing", "approaching",
    "approached", "neared", "accounted", "suffered", "suffering", "sustained", "sustaining", "incurred", "inflicted",
    "inflicting", "caused", "causing", "leaving", "left", "rising", "climbing", "jumping", "growing", "standing",
    "remaining", "missing", "wounded", "injured", "displaced", "detained", "killed", "estimated", "expected",
}
MILITARY_CONTEXT_RE = caseless(r"\b(?:troops|soldiers|forces|contingent|deployment|deployed|units|battalions?|brigades?|servicemen|fighters|corps|infantry|military)\b")
PAREN_RE = exact(r"\s[—–]\s[^—–]{1,160}?\s[—–]\s|\s--\s[^-]{1,160}?\s--\s|\([^()]{1,160}\)")
CURRENCY_BEFORE = caseless(r"(?:[$€£¥₴₽]|US\$|USD|EUR|GBP)\s*$")
NOT_PEOPLE_AFTER = caseless(
    r"^(?:-|\s)?(?:year-old|years?\s+old|-year|year\b|years\b(?!\s+(?:of|in))|-day|-hour|-week|-month|-km|-mile|-metre|-meter|"
    r"-page|-word|-point|-seat|-bed|-room|-storey|-story|-floor|-tonne|-ton\b|"
    r"km\b|kilomet|mile|metre|meter|square|sq\b|hectare|acre|tonne|ton\b|dollars|euros|pounds|won\b|hryvnia|rouble|ruble|"
    r"bn\b|billion|per\s+cent\s+of\s+(?:the\s+)?(?:territory|budget|gdp|land|country|region|area)|:\d|[ap]\.?m\b|GMT|"
    r"mm\b|caliber|calibre|th\b|st\b|nd\b|rd\b|times\b|aid\s+trucks|trucks|(?:,\s*(?:\w+\s+)?\w+){1,3},?\s+times\b)"
)
NOT_PEOPLE_BEFORE = caseless(
    # (one \b for all the words: tried at each position, a pattern whose alternatives each open with \b is slow)
    r"(?:\b(?:aged?|ages|aged?\s+\d{1,2}\s*(?:,|and|to|-|–)\s*|No\.|Resolution|Article|Unit|Brigade|Route|Highway|Km|page|flight|"
    r"from\s+\d{1,2}\s+to|scale\s+of|code|grade|category|phase|level|section|paragraph|"
    r"chapter|building|room|plot|gate|platform|bloc|G|"
    r"(?:children|kids|boys|girls|those|people|men|women)\s+(?:under|below|over|above|aged|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?|"
    r"(?:country|city|town|nation|state|region|province|district|village|camp|capital)\s+of\s+(?:(?:some|about|around|nearly|more\s+than|roughly|over|almost)\s+)?|"
    r"(?:population\s+of|home\s+to|inhabitants\s+of|residents\s+of)\s+(?:(?:some|about|around|nearly|more\s+than|roughly|over|almost)\s+)?)|\d[:.])\s*$"
)
SUBSET_BEFORE = caseless(
    r"\b(?:including|included|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+those|of\s+the\s+total|"
    r"those\s+included|out\s+of\s+(?:them|those|whom)|among\s+the\s+dead\s+(?:were|are)|among\s+the\s+(?:killed|wounded|victims)(?:\s+(?:were|are))?|"
    r"(?:the|its|their)\s+(?:dead|victims|casualties|killed|wounded|injured)\s+(?:were|are|included|include)|"
    r"they\s+included|of\s+the\s+dead|of\s+the\s+(?:killed|wounded|victims|casualties)|most\s+of\s+them|"
    r"in(?:cluding)?\s+addition\s+to)\s*[:,]?\s*(?:(?:at\s+least|some|about|around|nearly|more\s+than|over)\s+)?$"
)
FIGURE_REF_BEFORE = caseless(
    r"\b(?:put|puts|putting|placed|places|set|sets)\s+it\s+at\s+(?:(?:more\s+than|at\s+least|about|around|nearly|some|over|almost|roughly)\s+)?$|"
    r"\b(?:the|that|this|their|its)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+(?:'s|’s)\s+)?(?:overall\s+|total\s+|final\s+|latest\s+|new\s+)?"
    r"(?:number|figure|total|tally|count)\b[^.;]{0,60}?\b(?:reach|reached|reaches|"
    r"rise|rose|risen|climb|climbed|top|topped|stand|stood|stands|exceed|exceeded|hit|at|to|is|was|near|neared|double|surpass\w*)\b\s*"
    r"(?:(?:more\s+than|at\s+least|about|around|nearly|some|over|almost|roughly|approximately|above|as\s+many\s+as|up\s+to)\s+)?$"
)
APPOSED_PART_RE = caseless(
    r"\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s*(?:(?:at\s+least|some|about|around|nearly|more\s+than|over)\s+)?")
PREVIOUS_VALUE_BEFORE = caseless(
    r"\b(?:up|down|rising|risen|rose|climbed|jumped|increased|fell|dropped|compared|revised|revising|corrected|correcting|"
    r"raised|lowered|cut)\s+(?:\w+\s+){0,2}?(?:from|with)\s+(?:(?:an?|the|its|their)\s+(?:(?:earlier|previous|record|wartime)\s+)?"
    r"(?:peak|high|low|total|figure|level|estimate|count|tally)\s+of\s+)?$|\bfrom\s+(?:an?\s+)?(?:earlier|previous|initial|prior)\s+"
    r"(?:\w+\s+){0,2}?(?:of\s+)?$|\b(?:against|versus|vs\.?)\s+$"
)
TOTAL_BEFORE = caseless(
    r"\b(?:bringing|brought|brings|raising|raised|pushing|pushed|taking|took|lifting)\s+to\s+$|"
    r"\b(?:bringing|brought|brings|raising|raised|pushing|pushed|taking|took|putting|puts?|lifting|placed|places|placing)\s+(?:the|its|their|overall|that|(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+(?:'s|’s)?)?\s*"
    r"(?:overall\s+|total\s+|cumulative\s+|death\s+|casualty\s+|military\s+)?(?:total|toll|tally|count|number|figure|estimate|losses|dead|wounded|injured|casualties)(?:\s+[\w'’,-]+){0,14}?\s+(?:(?:to|at)\s+)?"
    r"(?:(?:more\s+than|at\s+least|about|around|nearly|some|over|almost|roughly|approximately)\s+)?$"
)
REINFORCE_BEFORE = caseless(
    r"\b(?:an?\s+)?(?:additional|further|another|fresh|extra|second\s+(?:wave|batch|contingent|group|deployment)\s+of|"
    r"new\s+(?:wave|batch|contingent)\s+of|third\s+(?:wave|batch)\s+of|more)\s+(?:(?:of\s+)?(?:some|about|around|up\s+to|as\s+many\s+as|roughly|nearly|approximately)\s+)?$"
)
LINK_TO_NUMBER = caseless(
    # atomic: a word is read one way, never retried as the other ("[A-Z]..." matches any word under re.I), so a
    # failing tail costs a pass, not a search of every split
    r"\s*(?>\b(?:rose|risen|rising|rises|climbed|climbing|climbs|reached|reaching|reaches|reach|hit|hits|stands?|stood|standing|is|was|are|were|at|to|of|"
    r"surpassed|surpassing|surpasses|exceeded|exceeds|exceeding|exceed|topped|tops|topping|passed|passing|crossed|numbered|"
    r"numbers|number|totalled|totaled|totals|passes|totalling|totaling|jumped|increased|increasing|grew|neared|nearing|approached|"
    r"approaching|approaches|estimated|put|puts|now|already|has|have|had|been|could|may|might|will|would|likely|probably|"
    r"possibly|be|stand|surpass|top|pass|past|around|about|some|over|more|than|least|nearly|almost|roughly|approximately|"
    r"up|as|many|much|an?|well|close|just|under|beyond|below|above|than|fewer|less|estimated|the|mark|only|"
    r"officially|reportedly|upwards?|in|excess|region|north|between|amounted|amounts|amount|rise|fall|fell|drop|dropped|grow|"
    r"climb|go|went|gone|stand|so|far|since|then|now|risen|reportedly|further|another|which|puts|put|estimates|estimated|"
    r"numbered|numbering)\b\s*|[A-Z][\w'’-]+\s+|[,:—–-]\s*)*$"
)
INTERJECTION_RE = caseless(r",\s*(?:he|she|it|they|the\s+\w+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:said|says|added|noted|told\s+\w+)\s*,")
TOPIC_QUALIFIER = caseless(
    r"\s*(?:(?:people|persons|civilians|soldiers|troops|staff|fighters|children|residents|workers)\s+)?(?:(?:among|of|for|suffered\s+by|in|on|inside|across|from)\s+[^;]{1,90}?)?(?=\s+(?:has|have|had|is|was|are|were|rose|risen|climbed|"
    r"reached|hit|stands?|stood|surpass\w*|exceed\w*|top\w*|pass\w*|cross\w*|number\w*|total\w*|jumped|increased|grew|near\w*|"
    r"approach\w*|now|already|could|may|might|will|would|likely|probably|at|to|amount\w*|rise|rising|rises|climb\w*|reach\w*|"
    r"since|so\s+far)\b)"
)
PROJECTION_RE = caseless(
    r"\b(?:could|may|might|would|will|is\s+expected\s+to|are\s+expected\s+to|expected\s+to|is\s+likely\s+to|are\s+likely\s+to|"
    r"likely\s+to|threatens\s+to|risks?|projected\s+to|forecast\s+to|set\s+to|on\s+track\s+to|feared\s+to|"
    r"is\s+feared\s+to|were\s+to|if)\b"
)
ZERO_RE = re.compile(
    r"\b(?P<q>no\s+one|nobody|none(?:\s+of\s+(?:them|the\s+\w+))?|no\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?P<noun>civilians|soldiers|troops|people|personnel|"
    r"residents|crew|casualties|deaths|fatalities|injuries|lives))\b(?P<rest>[^.;]{0,70})",
    re.I,  # holds a case-sensitive part: no caseless pattern
)
# Each zero ("no one", "nobody", "none", "no civilians") holds one of these words: a sentence without them holds none.
ZERO_WORDS = WordGate(("no", "nobody", "none"))
PEOPLE_AFTER_OF = caseless(
    r"^\s*(?:of\s+)?(?:the|their|its|his|her|those|all|North\s+Korea's|[A-Z][\w.'’-]*(?:'s|’s)?)?\s*(?:[\w,.’'-]+\s+){0,4}?"
    r"(?:men|troops|soldiers|force|forces|personnel|contingent|corps|unit|units|battalion|brigade|division|army|"
    r"fighters|those\s+deployed|deployed|strength|manpower|combat\s+strength|deployment|people|population|residents|civilians|"
    r"them|those|whom)\b"
)


def _is_year(q: Quantity, sent: str) -> bool:
    return (
        q.kind == "digits"
        and not q.percent
        and q.hedge == "exact"
        and compiled(r"(?:19|20)\d\d").fullmatch(q.text.strip()) is not None
    )


def _without(sent: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``sent[start:end]`` with the given spans inside it blanked out."""
    chars = list(sent[start:end])
    for a, b in spans:
        for k in range(max(a, start), min(b, end)):
            chars[k - start] = " "
    return "".join(chars)


ACCEPTABLE_HEADS = {
    "more", "others", "other", "people", "persons", "them", "whom", "strong", "odd", "plus", "additional", "new",
    "fresh", "further", "dead", "killed", "wounded", "injured", "missing", "displaced", "casualties", "deaths",
    "fatalities", "refugees", "hostages", "prisoners", "captives", "detainees", "bodies", "lives", "evacuees",
    "losses", "idps", "pows", "reinforcements", "total", "in", "all", "each", "apiece", "alone", "altogether", "overall",
    "so", "or", "and", "among", "including", "men", "women", "children", "including", "such", "total",
}


def _acceptable_head(np: str) -> bool:
    """Does the noun phrase after a number name people (or nothing)? "three lists" does not."""
    words = compiled(r"[A-Za-z][\w'’-]*").findall(np)
    if not words:
        return True
    head = words[-1]
    if head[:1].isupper():
        return True
    h = head.lower().replace("’", "'")
    if h in ACCEPTABLE_HEADS:
        return True
    nouns = vocab.nouns()
    for form in (h, h.rstrip("s"), h + "s", h[:-2] + "en" if h.endswith("an") else h, compiled(r"y$").sub("ies", h), compiled(r"on$").sub("ople", h)):
        if nouns.get(form, "nonpeople") != "nonpeople":
            return True
    if _measure("after", h) or _measure("topic", h):
        return True
    if h.endswith("-strong") or h in ("war",) or compiled(r"-?\s*strong\b").search(np):
        return True
    return False


def _np(sent: str, start: int, limit: int, vague: bool = False) -> tuple[str, int]:
    """The noun phrase after a number: up to the first verb, preposition or punctuation."""
    seg = sent[start:limit]
    # "1,200 Eritrean soldiers", "4,000-strong contingent", "dozens of wounded people"
    m = compiled(r"(?:\s*-?\s*(?:strong|odd|plus))?").match(seg)
    pos = m.end() if m else 0
    if vague:
        om = compiled(r"\s+of\s+").match(seg[pos:])
        if om:
            pos += om.end()
    # "two wounded North Korean soldiers": a measure word used as an adjective stays in the phrase
    am = compiled(r"\s+(?:(?:newly|recently|internally)\s+)?(?:wounded|injured|dead|missing|captured|displaced|fleeing|surviving|arrived|"
                  r"registered|uprooted|evacuated)\s+(?=[A-Z]|(?:soldiers|troops|civilians|people|fighters|men|women|children|servicemen|"
                  r"residents|refugees|families|villagers)\b)").match(seg[pos:])  # "16,000 newly arrived Rohingya"
    if am:
        pos += am.end()
    # "84 members of Russia's Wagner Group": the phrase goes on through "of" to its owner
    cap = compiled(r"\s+(?:members|fighters|soldiers|troops|militants|personnel|officers|elements)\s+of\s+(?:the\s+)?"
                   r"(?:(?:[A-Z]|(?:al|el|ad|ash|as)-[A-Z])[\w'’-]*(?:'s|’s)?(?:\s+|$|(?=[.,;:)]))){1,5}").match(seg[pos:])
    if cap:
        return seg[: pos + cap.end()].rstrip(), start + pos + len(seg[pos : pos + cap.end()].rstrip())
    pm = compiled(r"\s+of\s+(?:its|their|his|her|our|the|those|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:'s|’s))\s+(?=[\w-]+\s*(?:[\w-]+\s*)?(?:,|and\b|were\b|was\b|had\b|have\b|who\b|in\b|$))").match(seg[pos:])
    if pm and not compiled(r"\s+of\s+the\s+(?:dead|killed|wounded|injured|victims|total)\b").match(seg[pos:]):
        pos += pm.end()
    stop = NOUN_STOP.search(seg, pos)
    end = stop.start() if stop else len(seg)
    # allow "of whom/them" handled elsewhere; keep "prisoners of war"
    if stop and compiled(r"of\s+war\b", re.I).match(seg[stop.start() :]):
        end = stop.start() + 6
    return seg[:end], start + end


def people_noun(np: str) -> tuple[str | None, str | None]:
    """(role, noun) of the head noun of a noun phrase (its last known noun); role 'nonpeople' for things."""
    nouns = vocab.nouns()
    words = compiled(r"[A-Za-z][\w'-]*").findall(np)
    # the head stands last: "special operations troops" counts troops; two-word nouns first
    for i in reversed(range(len(words))):
        for n in (2, 1):
            if n == 2 and i < 1:
                continue
            w = " ".join(words[i - n + 1 : i + 1]).lower()
            if w in nouns:
                return nouns[w], w
            if n == 1 and w.endswith("s") and w[:-1] in nouns and nouns[w[:-1]] != "nonpeople":
                return nouns[w[:-1]], w
    return None, None


def _party_in(text: str) -> str | None:
    """The party a phrase names; of "Russia's Wagner Group", the owned one, not the owner."""
    # "soldiers killed in Lebanon": a place after a preposition is where, not whose
    hits = [h for h in vocab.parties().finditer(text)
            if not compiled(r"\b(?:in|at|near|into|inside|across|from|toward|towards|on|fighting|battling|opposing)\s+(?:the\s+)?$", re.I).search(text[: h[0]])]  # nor the enemy
    for _, e, entry in hits:
        if not compiled(r"(?:'s|’s)\s+[A-Z]").match(text[e:]):
            return entry.party  # type: ignore[union-attr]
    return hits[0][2].party if hits else None  # type: ignore[union-attr]


def _hedge_before(left: str) -> tuple[str | None, int]:
    m = _hedge_tail_re().search(left)
    if m and m.group("h").lower() == "over" and compiled(r"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|took|taken|take|takes|taking)\s+$", re.I).search(left[: m.start()]):
        return None, len(left)
    if m:
        return vocab.hedges().get(m.group("h")), m.start()  # type: ignore[return-value]
    return None, len(left)


def _hedge_after(sent: str, end: int) -> str | None:
    after = sent[end : end + 12]
    if compiled(r"(?:\s+or\s+more|\s*-?\s*plus\b|\+)", re.I).match(after):
        return "at_least"
    if compiled(r"(?:\s+or\s+so|\s*-?\s*odd\b)", re.I).match(after):
        return "approx"
    if compiled(r"\s+or\s+(?:fewer|less)\b", re.I).match(after):
        return "at_most"
    return None


def apply_hedge(low: int | float | None, high: int | float | None, hedge: str) -> tuple[int | float | None, int | float | None]:
    """The one place a hedge turns a number into the schema's low/high."""
    n = low if low is not None else high
    if hedge == "at_least":
        return n, None
    if hedge == "at_most":
        return None, (high if high is not None else n)
    if hedge in ("approx", "exact"):
        return n, n
    return low, high


TITLE_WORD_RE = caseless(
    r"\b(?:director|minister|president|spokes(?:man|woman|person)|ambassador|envoy|chief|commander|general|head|leader|"
    r"official|representative|secretary)\b")


BODY_AFTER_RE = caseless(
    r"\s+(?:intelligence|agency|ministry|spokes(?:man|woman|person)|command|chief|chiefs|leadership|officials?|"
    r"authorities|said|says|told|estimates?|reported|spokespeople|court|prosecutors?)\b")


MOVED_PEOPLE_RE = caseless(r"\b(?:moved|relocated|evacuated|transferred)\s+(?:in)?to\s+(?:[\w-]+\s+){0,3}?(?:shelters?|camps?|schools?|safety)\b")
DEMONYM_LOSSES_RE = exact(
    r"\b(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:military\s+|combat\s+|troop\s+|battlefield\s+)?(?:losses|casualties|death\s+toll|deaths|dead)\b")
GROUP_NOUNS = r"(?:group|faction|guerrillas|rebels|insurgents|militants|separatists|militia|movement|jihadists|organi[sz]ation|insurgency)"
# (only where a clause ends matters: the words share one \b and one walk)
CLAUSE_END_RE = exact(r"[;(]|\s[—–]\s|\b(?:a(?:fter|lthough)|b(?:ut|ecause)|if|unless|wh(?:ile|ere(?:as)?|en))\b")
AGES_BEFORE_RE = exact(r"\b(?P<who>[A-Za-z]+)\s*,\s*(?:\d{1,3}\s*(?:,|and)\s*)*$")
AGES_AFTER_RE = re.compile(r"(?:\s*(?:,|and)\s*\d{1,3})*\s*,")
STATE_SUBJECT_RE = exact(r"\b[Tt]he\s+(government|army|military|junta|authorities|state|regime)\s*$")
GROUP_MEMBERS_RE = caseless(r"\s*(?:members|men|recruits|combatants|cadres)\b")
GROUP_REF_RE = caseless(rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?{GROUP_NOUNS}\s*$")
GROUP_POSSESSIVE_RE = caseless(rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?{GROUP_NOUNS}(?:'s|’s|s'|s’)\s+(?:[\w-]+\s+){{0,3}}")
STRUCK_RE = caseless(
    r"\b(?:struck|hit|targeted|attacked|bombed|shelled|ambushed|raided|pounded|bombarded)\s+(?P<what>(?:the\s+)?[^,;]{2,40}?)"
    r"\s+(?:columns?|positions?|convoys?|fighters|troops|units|bases?|camps?|hideouts?|vehicles|formations?|lines|strongholds?)\b")


@lru_cache(maxsize=1)
def _shared_verb_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<v>{_measure_re('before').pattern})\s+(?:\d[\d,.]*|a|an|some|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+"
        rf"(?:[\w-]+\s+){{1,2}}(?:and|as\s+well\s+as|plus)\s+(?:(?:some|about|around|nearly|more\s+than|at\s+least)\s+)?$", re.I)


def candidates(sent: str) -> list[Quantity]:
    """The quantities of a sentence that may count people: not years, money, ages, unit numbers or "one of".

    Only what the sentence's own words rule out; ``read_sentence`` reads the rest. A sentence without candidates
    holds no figure but perhaps a zero ("no one was killed", see ``zero_figures``).
    """
    kept: list[Quantity] = []
    for q in find_quantities(sent):
        if _is_year(q, sent):
            if not re.match(r"\s+(?:" + "|".join(["soldiers", "troops", "people", "civilians", "fighters", "were", "have", "had"]) + r")\b", sent[q.end :], re.I):
                continue
        if CURRENCY_BEFORE.search(sent[: q.start]) or NOT_PEOPLE_BEFORE.search(sent[: q.start]):
            continue
        if NOT_PEOPLE_AFTER.match(sent[q.end :]):
            continue
        ages = AGES_BEFORE_RE.search(sent[max(0, q.start - 60) : q.start])
        if ages and q.low is not None and q.low < 120 and AGES_AFTER_RE.match(sent[q.end :]) \
                and people_noun(ages.group("who"))[0] not in (None, "nonpeople"):
            continue  # "Two brothers, 8 and 10, were killed": their ages
        if q.kind in ("digits",) and q.low is not None and q.low >= 1_000_000_000:
            continue
        if q.text.lower() == "one" and compiled(r"\b(?:no|any|every|each|the|this|that|which|only)\s+$", re.I).search(sent[: q.start]):
            continue
        if q.text.lower() in ("one",) and compiled(r"\s+(?:of|another|day|side|way|thing|time|point|another)\b", re.I).match(sent[q.end :]):
            continue
        kept.append(q)
    return kept


@lru_cache(maxsize=1)
def _verb_before_re() -> re.Pattern[str]:
    """A measure verb just before a number, past its hedge or container ("killed at least", "sent a contingent of")."""
    return re.compile(
        rf"(?P<v>{_measure_re('before').pattern})\s+(?:(?:an?|some|the|about|around|nearly|almost|at\s+least|more\s+than|over|up\s+to|"
        rf"as\s+many\s+as|roughly|approximately|an\s+estimated|estimated|another|additional|further|a\s+further|an\s+additional|"
        rf"at\s+most|fewer\s+than|less\s+than|close\s+to|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than|"
        rf"what\s+(?:it|they)\s+(?:said|says)\s+(?:was|were)|nearly|(?:a|an|the|its|their)\s+(?:first|second|third|new|further|fresh|initial)?\s*(?:contingent|group|batch|wave|unit|force|detachment|deployment)\s+of)\s+)*$",
        re.I,
    )


def read_sentence(sent: str, period_spans: list[tuple[int, int]] | None = None, context: str = "",
                  quantities: list[Quantity] | None = None) -> list[Draft]:
    """Draft figures of one sentence (offsets relative to it), before party fallbacks and attribution.

    ``quantities`` are the sentence's ``candidates`` when the caller has them already.
    """
    period_spans = period_spans or []
    # a number inside a date ("on March 3") is the date's
    kept = [q for q in (candidates(sent) if quantities is None else quantities)
            if q.percent or not any(q.start < b and a < q.end for a, b in period_spans)]
    drafts: list[Draft] = []
    parens = [(m.start(), m.end()) for m in PAREN_RE.finditer(sent)]
    for i, q in enumerate(kept):
        prev_end = kept[i - 1].end if i > 0 else 0
        in_paren = next(((a, b) for a, b in parens if a <= q.start and q.end <= b), None)
        # The clause goes on past a parenthesis that follows the number ("1.9 million people — 85 percent of the
        # population — have fled"): the next quantity that bounds it is the first outside such a parenthesis.
        nxt = i + 1
        while nxt < len(kept) and in_paren is None and any(a >= q.end and a <= kept[nxt].start and kept[nxt].end <= b for a, b in parens):
            nxt += 1
        next_start = kept[nxt].start if nxt < len(kept) else len(sent)
        if in_paren is not None:
            next_start = min(next_start, in_paren[1])
        left = sent[prev_end : q.start]
        clause_left = sent[: q.start]
        right = _without(sent, q.end, next_start, [] if in_paren else parens)
        end = CLAUSE_END_RE.search(right)
        right_clause = right[: end.start()] if end else right
        np, np_end = _np(sent, q.end, next_start, vague=q.kind == "vague" or q.text.lower().endswith(("dozen", "million", "thousand", "hundred")))
        d = Draft(q.start, q.end, q.low, q.high, q.hedge, q.percent, np_end=np_end)
        role, noun = people_noun(np)
        if role == "nonpeople":
            continue
        head_ok = q.percent or _acceptable_head(np)
        if q.percent:
            # A share counts only as a share of a force or of people.
            if not PEOPLE_AFTER_OF.match(sent[q.end : q.end + 80]):
                continue
            d.role = "military"

        # -- hedge
        h, h_at = _hedge_before(left)
        h_after = _hedge_after(sent, q.end)
        if q.hedge == "range":
            d.hedge = "range"
        elif h:
            d.hedge = h
        elif h_after:
            d.hedge = h_after
        d.low, d.high = apply_hedge(q.low, q.high, d.hedge) if d.hedge != "range" else (q.low, q.high)
        if q.kind == "vague" and not h:
            d.hedge = q.hedge
            d.low, d.high = q.low, q.high
        lead = left[:h_at] if h else left

        # -- metric
        metric = None
        topic_party: str | None = None
        before_verb = _verb_before_re().search(clause_left[max(0, len(clause_left) - 90) :])
        if before_verb is None:
            # "lost 12 helicopters and 300 soldiers": the verb before a first object that was no figure governs this one
            before_verb = _shared_verb_re().search(clause_left[max(0, len(clause_left) - 90) :])
        right_clause = RIGHT_CUT_RE.split(right_clause, maxsplit=1)[0]
        np_len = max(0, np_end - q.end)
        after = _measure_re("after").search(right_clause, np_len) or _measure_re("after").search(right_clause[:np_len])
        if not head_ok and not (before_verb and _measure("before", before_verb.group("v")) not in (None, "deployed")) \
                and not (after is not None and after.start() >= np_len and after.start() - np_len < 40):
            continue
        if before_verb:
            verb = compiled(r"\s+").sub(" ", before_verb.group("v").lower())
            metric = _measure("before", verb)
            if verb in ("has", "had", "have"):
                if role != "military" and GROUP_MEMBERS_RE.match(np) and GROUP_REF_RE.search(clause_left[: len(clause_left) - len(before_verb.group(0))]):
                    role = "military"  # "the faction has about 3,500 members": its fighters
                metric = "deployed" if role == "military" and not after else None
            if metric == "casualties" and q.percent is False and verb.startswith("los") and noun is None and after is None:
                pass
            if metric in ("deployed",) and REINFORCE_BEFORE.search(lead + " "):
                metric = "reinforcements"
            if after is not None and metric in ("deployed", "casualties") and verb in ("sent", "send", "sends", "sending", "has", "had", "have"):
                other = _measure("after", after.group(0))
                if other and other not in ("deployed",):
                    metric = other
            d.notes.append(f"verb:{verb}")
        own = compiled(r"\s*(?:of\s+(?:them|those|the\s+(?:hostages|victims|captives|prisoners))\s*,?\s*(?:were\s+|are\s+)?)?(?P<w>(?:dead|killed|wounded|injured)(?:\s+(?:or|and)\s+(?:wounded|injured|killed|dead))?)\b|\s*of\s+the\s+(?P<w2>dead|killed|wounded|injured)\b", re.I).match(sent[q.end :])
        if metric is None and own and (own.group("w2") or compiled(r"\s*of\s").match(sent[q.end :])):
            word = compiled(r"\s+").sub(" ", (own.group("w") or own.group("w2")).lower())
            metric = "casualties" if " " in word else {"dead": "killed", "killed": "killed", "wounded": "wounded", "injured": "wounded"}[word]
            d.subset_of = -1
            d.notes.append("of-the-dead")
        if metric is None and (compiled(r"^\s*Of\s+(?:the\s+)?[^,;]{3,120},\s*(?:(?:some|about|around|nearly|more\s+than|at\s+least|over|roughly)\s+)?$").match(clause_left)
                               or compiled(r"\b(?:the\s+)?(?:remaining|rest\s+of\s+the|other|another)\s+$", re.I).search(lead)):
            d.inherit = True
            d.subset_of = -1
            d.notes.append("part")
        if metric is None and compiled(r"\s*of\s+(?:them|whom|those|these|the\s+(?:victims|dead|killed|wounded|injured|casualties|total|refugees|displaced))\b", re.I).match(sent[q.end :]) \
                and not (after is not None and re.match(r"\s*of\s+\w+\s+(?:(?:\w+\s+)?(?:were|was|are|had\s+been|have\s+been)\s+)?" + re.escape(after.group(0)), sent[q.end :], re.I)):
            # ("taken eight of them prisoner", "two of them were killed": the part's own measure)
            d.inherit = True
            d.subset_of = -1
            d.notes.append("of-them")
            after = None
        amt = compiled(r"\bamong\s+(?:those|the\s+\w+)\s+(?:who\s+|that\s+)?(?:were\s+|had\s+been\s+|have\s+been\s+)?(?P<v>\w+(?:\s+\w+)?)\s+(?:were|are|was)\s+(?:(?:some|about|at\s+least|more\s+than)\s+)?$", re.I).search(lead)
        if metric is None and amt and (_measure("after", amt.group("v")) or _measure("after", amt.group("v").split()[0])):
            metric = _measure("after", amt.group("v")) or _measure("after", amt.group("v").split()[0])
            d.notes.append("among-those")
        if metric is None and SUBSET_BEFORE.search(lead) and after is not None and compiled(r"\s*[\w-]*\s*$").match(right_clause[: after.start()]) and after.start() < 12:
            metric = _measure("after", after.group(0))
            d.subset_of = -1
            d.notes.append("subset-own-measure")
        if metric is None and SUBSET_BEFORE.search(lead) and not (after is not None and after.start() < 25 and compiled(r"[\w\s-]{0,25}$").match(right_clause[: after.start()])
                                                                and compiled(r"\b(?:were|was|are|had\s+been|have\s+been)\s*$").search(right_clause[: after.start()])):
            d.inherit = True
            d.subset_of = -1
            after = None
        other_verb = compiled(r"\b(?P<w>[a-z]+ed|[a-z]+ing|sunk|sank|hit|struck|shot\s+down|downed|built|bought|sold|won|spent|seen|made|took\s+over)\s+(?:(?:an?|some|about|around|nearly|more\s+than|at\s+least|over|roughly|approximately|another|the)\s+)*$").search(lead)
        if metric is None and other_verb and other_verb.group("w").lower() not in NEUTRAL_VERBS and not _measure("before", other_verb.group("w")) \
                and not _measure("topic", other_verb.group("w")) and (after is None or after.start() > 40):
            continue
        if after is not None and compiled(r"(?:\band|\bor|,)\s*(?:its|their|the|his|her)?\s*$").search(right_clause[np_len: after.start()] if after.start() >= np_len else "") \
                and (TOTAL_BEFORE.search(clause_left) or _measure_re("topic").search(lead)):
            after = None  # "put the dead at 43,000 and wounded at 370,000": "wounded" is the next figure's
        if metric is None and after is not None and PREVIOUS_VALUE_BEFORE.search(lead) and after.start() - np_len > 10:
            after = None  # "down from a peak of about 5,800, and ... would leave": the series, not a later verb
        if metric is None and after is not None:
            metric = _measure("after", after.group(0))
            if metric == "displaced" and after.group(0).lower() in ("arriving", "arrived", "crossed", "crossing", "leave", "have left", "had left") \
                    and (role == "military" or (noun is None and (MILITARY_CONTEXT_RE.search(sent) or MILITARY_CONTEXT_RE.search(context)))) \
                    and not compiled(r"\b(?:refugees?|displaced|civilians|asylum|migrants|families|residents|people|evacuat\w*|homes)\b", re.I).search(sent):
                metric = "deployed"
            if metric == "deployed" and after.group(0).lower() == "strong":
                metric = "deployed"
            d.notes.append(f"after:{after.group(0)}")
        if metric is None and SUBSET_BEFORE.search(lead):
            d.inherit = True
            d.subset_of = -1
        if metric is None and (PREVIOUS_VALUE_BEFORE.search(lead) or (i > 0 and compiled(r"\s*(?:to|and\s+then\s+to|then\s+to)\s*", re.I).fullmatch(left))):
            d.inherit = True
            d.notes.append("series")
        if metric is None and in_paren is not None and i > 0 and kept[i - 1].end <= in_paren[0]:
            d.inherit = True
            d.notes.append("apposition")
        if REINFORCE_BEFORE.search(lead):
            d.notes.append("reinforce-lead")
        if metric is None and i > 0 and not np.strip() and compiled(r"[^.;]{0,90}?\b(?:and|or|with|,|that)\s+(?:(?:another|a\s+further|some|about|around|nearly|more\s+than|at\s+least|over|roughly|an\s+estimated)\s+)?", re.I).fullmatch(lead) \
                :
            d.inherit = True
            d.notes.append("series")
            d.notes.append("elided")
        fr = FIGURE_REF_BEFORE.search(clause_left) if metric is None else None
        if fr and not _measure_re("topic").search(clause_left[-60:]):
            d.inherit = True
            d.notes.append("total")
            topic_party = _party_in(fr.group(0))
            fm = _measure_re("after").search(fr.group(0))
            if fm:
                metric = _measure("after", fm.group(0))
        tm_total = TOTAL_BEFORE.search(clause_left) if metric is None else None
        if tm_total and tm_total.start() < prev_end:
            tm_total = None  # its words belong to the figure before
        if tm_total:
            of_m = compiled(r"\b(?:number|toll|total|tally|count)\s+of\s+([^,;]{1,50})", re.I).search(tm_total.group(0))
            pre_m2 = compiled(r"(?:put|puts|putting|bringing|raising|taking)\s+([A-Z][\w'’ -]{1,40}?)(?:'s|’s)?\s+(?:military\s+|total\s+|own\s+)?(?:losses|dead|toll|casualties)").search(tm_total.group(0))
            topic_party = _party_in(of_m.group(1)) if of_m else (_party_in(pre_m2.group(1)) if pre_m2 else None)
            r_, n_ = people_noun(tm_total.group(0))
            if r_ and r_ != "nonpeople" and role is None:
                role, noun = r_, n_
            am = _measure_re("after").search(tm_total.group(0))
            if am and _measure("after", am.group(0)) not in ("deployed",):
                metric = _measure("after", am.group(0))
            named = compiled(r"death|toll|killed|dead", re.I).search(tm_total.group(0)) if metric is None else None
            if metric is None and compiled(r"\b(?:wounded|injured)\s+(?:\w+\s+){0,3}?at\s+$", re.I).search(tm_total.group(0)):
                named, metric = None, "wounded"
            if named:
                metric = "killed"
            elif compiled(r"casualt|losses", re.I).search(tm_total.group(0)):
                metric = "casualties"
            d.inherit = True
            d.notes.append("total")
        if metric is None and not d.inherit:
            topic = None
            for tm in _measure_re("topic").finditer(clause_left):
                topic = tm
            if topic is not None and len(clause_left) - topic.end() < 140:
                # periods between the measure and the number ("since October 7 has passed") are no obstacle
                gap = INTERJECTION_RE.sub(" ", _without(sent, topic.end(), q.start, period_spans))
                qual = TOPIC_QUALIFIER.match(gap)
                rest = gap[qual.end() :] if qual else gap
                if LINK_TO_NUMBER.fullmatch(rest) is not None and (qual is None or rest.strip()):
                    metric = _measure("topic", topic.group(0))
                    d.notes.append(f"topic:{topic.group(0)}")
                    pre = clause_left[max(0, topic.start() - 40) : topic.start()]
                    pre_m = compiled(r"(?P<who>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)(?:'s|’s)?\s+(?:(?:official|overall|total|cumulative|combined|reported|latest|military|civilian|battlefield|estimated|confirmed|own)\s+)*$").search(pre)
                    if compiled(r"\b(?:contingent|troops|force|forces|army|unit|units|military|soldiers|battalion|brigade|corps)(?:'s|’s)?\s+(?:own\s+)?$", re.I).search(pre) and role is None:
                        role = "military"
                    if pre_m:
                        topic_party = _party_in(pre_m.group("who"))
                        if topic_party is None:
                            for _, _, country in vocab.places().finditer(pre_m.group("who")):
                                topic_party = country if isinstance(country, str) else None
                    if topic_party is None and qual and compiled(r"\s*(?:among|of|suffered\s+by)\b", re.I).match(qual.group(0)):
                        topic_party = _party_in(qual.group(0))
                        r_, n_ = people_noun(qual.group(0))
                        if r_ and r_ != "nonpeople":
                            role, noun = (role or r_), (noun or n_)
        if metric is None and compiled(r"\b(?:bodies|remains)\s+of\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than|over)\s+)?$", re.I).search(lead):
            metric = "killed"  # "the bodies of 12 soldiers were recovered"
            d.notes.append("bodies")
        if metric is None and not d.inherit:
            if REINFORCE_BEFORE.search(lead) and (role == "military" or compiled(r"\b(?:troops|soldiers|sent|deploy|dispatch|arrived|followed|deployment|contingent)", re.I).search(sent)):
                metric = "reinforcements"
            elif role == "military" and noun not in ("casualties", "dead", "bodies", "prisoners", "captives", "detainees"):
                # a force's size, unless a coordinated figure says what happened to them (decided below)
                d.inherit = True
                d.notes.append("default-deployed")
            elif role in ("civilian", "unknown") and noun is not None and noun not in ("casualties", "dead", "bodies"):
                d.inherit = True  # "300 soldiers and 45 civilians were killed": from the coordinated figure
                d.notes.append("series")
            elif noun in ("casualties",):
                metric = "casualties"
            elif noun in ("dead", "bodies"):
                metric = "killed"
        if metric in ("deployed",) and (REINFORCE_BEFORE.search(lead) or compiled(r"\s*(?:more|additional|extra|fresh|new)\b", re.I).match(sent[q.end :])):
            metric = "reinforcements"
        if metric == "deployed" and noun is None and role is None and not compiled(r"strong").search(right[:8]):
            # "sent 11,000" with no noun: still a deployment when a military word is near
            if not (MILITARY_CONTEXT_RE.search(sent) or MILITARY_CONTEXT_RE.search(context)):
                metric = None
        d.metric = metric
        if metric is None and not d.inherit:
            continue

        after_total = compiled(r"\s+the\s+(?:number|toll|total|tally)\s+of\s+([^,;.]{1,60})", re.I).match(sent[q.end :]) if "total" in d.notes else None
        if after_total:
            r_, n_ = people_noun(after_total.group(1))
            if r_ and r_ != "nonpeople":
                role, noun = r_, n_
            topic_party = topic_party or _party_in(after_total.group(1))
            am = _measure_re("after").search(after_total.group(1))
            if am and metric is None:
                metric = _measure("after", am.group(0))
        # -- subject
        d.subject_text = np.strip()
        if noun:
            d.role = role or "unknown"
        if metric in ("deployed", "reinforcements") and d.role == "civilian" or (
                metric == "deployed" and d.role == "unknown" and MOVED_PEOPLE_RE.search(sent[q.end : q.end + 120])):
            metric = d.metric = "displaced"  # "2,500 residents had been moved into relief camps": the moved are displaced
        if metric in ("deployed", "reinforcements") and d.role == "unknown":
            d.role = "military"
        d.party = _party_in(np) or topic_party
        if compiled(r"\b(?:on|from)\s+(?:both|each|all|either)\s+sides?\b", re.I).search(sent[q.end : q.end + 60]):
            d.notes.append("both-sides")
        if d.party is None:
            # "casualties among North Korean troops surpassed 4,000", "Russia's losses reached ..."
            lm = compiled(r"\bamong\s+(?:the\s+)?(?P<who>[^,;]{2,60}?)\s+(?:\w+\s+){0,6}?$", re.I).search(clause_left)
            if lm:
                d.party = _party_in(lm.group("who"))
                if d.party:
                    r, n = people_noun(lm.group("who"))
                    if r and r != "nonpeople" and d.role == "unknown":
                        d.role = r
                    d.subject_text = d.subject_text or lm.group("who")
        if d.party is None and d.subset_of is None:
            # "Russian losses since the invasion had passed one million troops": whose losses they are
            for lm_ in DEMONYM_LOSSES_RE.finditer(clause_left[-120:]):
                d.party = vocab.party_ending(lm_.group("who")) or d.party
        if d.party is None and d.subset_of is None:  # a part's party is its whole's
            pm = None
            for pm_ in compiled(r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)(?:'s|’s)\s+(?P<between>(?:\w+\s+){0,3}?)(?P<what>losses|casualties|death\s+toll|toll|dead|troops|forces|soldiers|army|military|contingent|deployment|personnel|fighters|prisoners|POWs|wounded|killed)\b").finditer(clause_left):
                if TITLE_WORD_RE.search(pm_.group("between")) or BODY_AFTER_RE.match(clause_left[pm_.end() :]):
                    # "India's director general of military operations", "Ukraine's military intelligence agency":
                    # a party's official or body, not its people
                    continue
                pm = pm_
            if pm:
                d.party = _party_in(pm.group("who"))
                if d.party and d.role == "unknown" and pm.group("what").lower() in ("troops", "forces", "soldiers", "army", "military", "contingent", "personnel", "fighters"):
                    d.role = "military"
        if d.party is None and metric in ("casualties", "killed", "wounded", "captured", "missing"):
            sv = compiled(r"\b(?:has|have|had)?\s*(?:suffered|sustained|incurred|taken|lost|endured|suffers?|sustains?|incurs?|takes?|lose|loses)\s+"
                           r"(?:(?:an?|some|about|around|nearly|more\s+than|at\s+least|over|roughly|approximately|an\s+estimated)\s+)*$", re.I).search(lead)
            if sv:
                subj = compiled(r";|\b(?:said|says|told|that)\b").split(clause_left[: len(clause_left) - len(lead) + sv.start()])[-1]
                found = None
                for _, _, entry in vocab.parties().finditer(subj):
                    found = entry.party  # type: ignore[union-attr]
                    break
                d.party = found
                if found and compiled(r"\b(?:troops|soldiers|forces|contingent|army|units|fighters)\b", re.I).search(subj) and d.role == "unknown":
                    d.role = "military"
        if d.party is None and before_verb:
            verb = before_verb.group("v").lower()
            if verb.startswith(("los", "sen", "dep", "dis", "sta", "mob", "ha", "mov", "red", "tra", "cal", "mas", "ama", "bro", "rec", "dra", "con",
                                "kep", "kee", "mai", "fie")) \
                    and not verb.startswith(("displac", "drove", "driv", "forc")):  # who displaced people is not whose they are
                # the subject of "lost"/"sent": the nearest party before the verb in the clause
                subj = clause_left[: len(clause_left) - len(before_verb.group(0))]
                subj = compiled(r";|\b(?:said|says|told|that)\b").split(subj)[-1]
                found = None
                for _, _, entry in vocab.parties().finditer(subj):
                    found = entry.party  # type: ignore[union-attr]
                d.party = found
                if found is None and GROUP_REF_RE.search(subj):
                    d.notes.append("group-ref")  # "the guerrillas have about 6,000 fighters": the group last named
                elif found is None and STATE_SUBJECT_RE.search(subj):
                    # "the government deployed about 3,000 soldiers": the state named before, else the article's
                    d.notes.append("state-subject:" + STATE_SUBJECT_RE.search(subj).group(1).lower())  # type: ignore[union-attr]
        if d.party is None and "group-ref" not in d.notes and GROUP_POSSESSIVE_RE.search(clause_left[-80:]):
            d.notes.append("group-ref")  # "put the group's strength at 300 to 500 fighters"
        if d.party is None and before_verb and compiled(r"(?:killing|killed|wounding|wounded)\b", re.I).match(before_verb.group("v")):
            struck = STRUCK_RE.search(clause_left)
            if struck:
                # "its aircraft struck RSF columns west of the city, killing hundreds": the struck side's dead
                for _, _, entry in vocab.parties().finditer(struck.group("what")):
                    d.party = entry.party  # type: ignore[union-attr]
                    break
        if compiled(r"\b(?:its|their)\s+own\s+(?:dead|losses|casualties|death\s+toll|toll)\s+(?:at\s+)?(?:\w+\s+){0,3}$", re.I).search(clause_left[-60:]):
            d.notes.append("own-forces")  # "Cambodia's defence ministry put its own dead at 13"
        if compiled(r"\s*of\s+(?:its|their)\s+(?:own\s+)?(?:soldiers|troops|fighters|men|forces|personnel|members|servicemen|peacekeepers|officers|staff)\b", re.I).match(sent[q.end :]):
            d.notes.append("own-forces")
        if compiled(r"\s*of\s+(?:them|whom|those)\b", re.I).match(sent[q.end :]) or compiled(r"\b(?:of\s+)?(?:them|whom)\s*,?\s*$", re.I).search(left):
            d.subset_of = -1
            d.notes.append("of-them")
            were = compiled(r"\s*of\s+(?:them|whom|those)\s+(?:were|are|was)\s+(?P<what>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\b", re.I).match(sent[q.end :])
            if were and d.party is None:
                # "at least 120 of them were RSF fighters": whose the part is, and what
                d.party = _party_in(were.group("what"))
                r_, _ = people_noun(were.group("what"))
                if d.party is not None and r_ and r_ != "nonpeople":
                    d.role = r_
                    d.notes.append("party-decided")
            if d.party is None:
                ante = compiled(r"([^,;]{0,60}),\s*(?:(?:at\s+least|some|about|more\s+than)\s+)?$").search(clause_left)
                if ante:
                    d.party = _party_in(ante.group(1))
                    r_, _ = people_noun(ante.group(1))
                    if r_ and r_ != "nonpeople" and d.role == "unknown":
                        d.role = r_
        if q.percent:
            d.unit_percent = True  # type: ignore[attr-defined]
            share = PEOPLE_AFTER_OF.match(sent[q.end : q.end + 80])
            if share and d.party is None:
                d.party = _party_in(share.group(0))
        # -- projection
        window = sent[max(0, q.start - 40) : q.start]
        if PROJECTION_RE.search(window) and compiled(r"\b(?:reach|rise|exceed|top|surpass|climb|hit|double|increase|grow|be|pass|displace|kill|die|flee|face)\w*\b", re.I).search(window + sent[q.end : q.end + 30]):
            if not compiled(r"\b(?:said|says|told)\b[^,]*$").search(window):
                d.projection = True
        drafts.append(d)

    # Coordination: "300 soldiers and 45 civilians were killed"; "killed 40 and wounded 75" is already explicit.
    for i, d in enumerate(drafts):
        if d.metric is None and d.subset_of is None and i + 1 < len(drafts) and drafts[i + 1].subset_of is None:
            # (a part of it, "about 4,700, some 600 of them killed", does not say what the whole counts)
            gap = sent[d.np_end : drafts[i + 1].start]
            if drafts[i + 1].metric is None and i + 2 < len(drafts):
                # a list: "48 of its fighters, 700 soldiers and 11 civilians were killed"
                k = i + 1
                while k < len(drafts) and drafts[k].metric is None:
                    k += 1
                if k < len(drafts) and compiled(r"(?:\s*(?:,|and|,\s*and)\s*(?:(?:at\s+least|some|about|around|nearly|more\s+than|over)\s+)?[^.;,]{0,40}?)+", re.I).fullmatch(sent[d.np_end : drafts[k].start]):
                    d.metric = drafts[k].metric
                    continue
            # ("125 members of the government's security forces and 148 fighters among the dead")
            if compiled(r"(?:\s*\bof\s+[^,;.]{1,50}?)?\s*(?:,|and|,\s*and|as\s+well\s+as|plus)\s*(?:(?:at\s+least|some|about|around|nearly|more\s+than|over)\s+)?", re.I).fullmatch(gap):
                d.metric = drafts[i + 1].metric
        if d.metric is None and d.inherit and i > 0 and d.subset_of is None and "default-deployed" not in d.notes:
            d.metric = drafts[i - 1].metric
        elif d.metric is None and "default-deployed" in d.notes and i > 0 and any(n.startswith("verb:") for n in drafts[i - 1].notes) \
                and compiled(r"\s*(?:,|and|,\s*and)\s*(?:(?:at\s+least|some|about|around|nearly|more\s+than|over|another)\s+)?", re.I).fullmatch(sent[drafts[i - 1].np_end : d.start]):
            d.metric = drafts[i - 1].metric  # "had killed 84 members of the Wagner Group and 47 Malian soldiers"
    # "Twelve people, including three children, were killed": the verb after the aside says what both count.
    for i in range(len(drafts) - 1):
        whole, part = drafts[i], drafts[i + 1]
        if whole.metric is not None and "default-deployed" not in whole.notes or part.metric is not None:
            continue
        if not APPOSED_PART_RE.fullmatch(sent[whole.np_end : part.start]) and not (
                compiled(r"\s*,\s*").fullmatch(sent[whole.np_end : part.start]) and compiled(r"\s+of\s+(?:them|whom)\b").match(sent[part.end :])):
            continue  # ("25 Palestinians, three of them children, had been killed")
        # the parts may be a list: "319 civilians, among them 48 women and 19 children, were killed"
        last = i + 1
        while last + 1 < len(drafts) and compiled(r"\s*(?:,|and|,\s*and)\s*").fullmatch(sent[drafts[last].np_end : drafts[last + 1].start]):
            last += 1
        tail = compiled(r"(?:\s*of\s+(?:them|whom)(?:\s+[\w-]+){0,3})?\s*,\s*(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|are\s+|is\s+)?").match(sent[drafts[last].np_end :])
        am = _measure_re("after").match(sent, drafts[last].np_end + tail.end()) if tail and "," in tail.group(0) else None
        if am and _measure("after", am.group(0)):
            whole.metric = _measure("after", am.group(0))
            for p_ in drafts[i + 1 : last + 1]:
                p_.metric = p_.metric or whole.metric
                p_.subset_of = -1
    for d in drafts:
        if d.metric is None and "default-deployed" in d.notes:
            d.metric = "deployed"
            d.inherit = False
        if d.metric == "deployed" and "reinforce-lead" in d.notes:
            d.metric = "reinforcements"
    for i in range(1, len(drafts)):
        a, b = drafts[i - 1], drafts[i]
        gap = sent[a.np_end : b.start]
        if b.party is None and a.party and not (b.subject_text or "").strip() and (
                compiled(r"[^.;]{0,80}?\band\s+\w+\s*").fullmatch(sent[a.end : b.start])
                or compiled(r"[^.;]{0,80}?\band\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than|another|a\s+further)\s+)?").fullmatch(sent[a.end : b.start])):
            b.party = a.party
            if b.role == "unknown":
                b.role = a.role
        if b.party is None and a.party and compiled(r"\s*(?:others|more)\b.*", re.I | re.S).fullmatch(b.subject_text or ""):
            b.party = a.party
            if b.role == "unknown":
                b.role = a.role
        if b.party is None and a.party and compiled(r"\s*(?:,|and|,\s*and|as\s+well\s+as|plus)\s*(?:(?:at\s+least|some|about|around|nearly|more\s+than|over)\s+)?", re.I).fullmatch(gap):
            b.party = a.party
    # A leading hedge carries to a coordinated second number without one.
    for i in range(1, len(drafts)):
        a, b = drafts[i - 1], drafts[i]
        gap = sent[a.end : b.start]
        elided = _measure_re("after").search(gap) or _measure_re("before").search(gap)
        first_of_list = i == 1 or drafts[i - 2].hedge != "exact" or compiled(r"[.;]").search(sent[drafts[i - 2].end : a.start])
        short_list = first_of_list and len(compiled(r"[\w'-]+").findall(gap)) <= 4
        if (elided or short_list) and a.hedge in ("at_least", "at_most", "approx") and b.hedge == "exact" and len(gap) < 90 and compiled(r"\band\b|,").search(gap) \
                and not compiled(r"[;.]|\b(?:while|but|whereas|including|of\s+whom|among\s+(?:them|whom|those)|of\s+them|that)\b").search(gap) and not _hedge_before(gap)[0] and not b.percent and not a.percent \
                and not compiled(r"\s+of\s+(?:them|whom|those)\b").match(sent[b.end :]):  # "46 wounded, 13 of them police": a part
            b.hedge = a.hedge
            b.low, b.high = apply_hedge(b.low, b.high, b.hedge)
    return drafts


@lru_cache(maxsize=1)
def _zero_noun_re() -> re.Pattern[str]:
    people = [w for w, r in vocab.nouns().items() if r not in ("nonpeople",)]
    alts = "|".join(re.escape(w) for w in sorted(people, key=len, reverse=True))
    return re.compile(
        rf"\b(?P<q>no\s+(?:(?-i:[A-Z])[\w.-]*\s+){{0,2}}(?:(?-i:[a-z])+\s+)?(?P<noun>{alts}))\b(?P<rest>[^.;]{{0,70}})",
        re.I,  # holds case-sensitive parts: no caseless pattern
    )


def zero_figures(sent: str) -> list[Draft]:
    """'No one was killed', 'there were no casualties': exact zeros."""
    out: list[Draft] = []
    if not ZERO_WORDS.may_match(sent):
        return out
    for m in list(ZERO_RE.finditer(sent)) + list(_zero_noun_re().finditer(sent)):
        rest = m.group("rest")
        noun = (m.group("noun") or "").lower()
        metric = None
        if noun in ("casualties",):
            metric = "casualties"
        elif noun in ("deaths", "fatalities", "lives"):
            metric = "killed"
        elif noun in ("injuries",):
            metric = "wounded"
        else:
            am = _measure_re("after").search(rest)
            if am and compiled(r"\s+(?:aboard|on\s+board|in|at|on|inside|among|from)\s+[^,;]{1,50}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+(?:\w+\s+)?", re.I).fullmatch(rest[: am.start()]) \
                    or am and re.match(r"\s*(?:\w+\s+){0,3}?" + re.escape(am.group(0)), rest, re.I):
                metric = _measure("after", am.group(0))
        if metric is None or metric in ("deployed", "reinforcements", "displaced"):
            continue
        verb = compiled(r"\s+(?:(?:has|have|had|was|were|is|are|been|yet|so\s+far|ever|reported(?:ly)?|believed|thought|known|said|"
                        r"confirmed)\s+)*(?P<w>[a-z]+(?:ed|en))\b(?=\s+(?:the|a|an|any|their|its|his|her)\b)").match(rest)
        if not noun and verb and _measure("after", verb.group("w")) is None:
            continue  # "nobody has counted the dead": the zero is of whoever counted, not of the dead
        if noun in ("lives",) and not compiled(r"\blost\b", re.I).search(sent[max(0, m.start() - 20) : m.start()]):
            continue
        if any(o.start == m.start("q") for o in out):
            continue
        role, _ = people_noun(noun)
        d = Draft(m.start("q"), m.end("q"), 0, 0, "exact", False, metric=metric, role=role if role and role != "nonpeople" else "unknown")
        d.subject_text = m.group("q")
        d.party = _party_in(m.group("q"))
        out.append(d)
    return out


COMPASS = (r"(?:southern|northern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|"
           r"northeastern|northwestern|southeastern|southwestern|north|south|east|west)")
PLACE_LEAD_RE = exact(
    r"\b(?i:in|near|around|across|outside|at|from|inside|within|throughout|on|into|fled|fleeing|left|escaped|of)\s+(?:the\s+)?"
    r"(?:(?P<owner>[A-Z][\w'’-]+)(?:'s|’s)\s+)?(?:(?P<compass>" + COMPASS + r")\s+)?")
# "the village of Kairu", "the town of Djibo": a place named by what it is
PLACE_OF_RE = caseless(r"(?:village|town|city|district|region|province|state|county|settlement|camp|area)\s+of\s+$")
# A name not in the table: up to three capitalised words standing alone after "in", "near", "outside"
UNKNOWN_PLACE_RE = re.compile(r"([A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){0,2})(?!\s+[A-Z])(?!['’]s\b)")
NOT_FIGURE_PLACE_BEFORE_RE = exact(
    r"(?:\b(?:reporters|journalists|briefing|conference|lawmakers|diplomats|speaking|spoke|based|headquartered|"
    r"think\s+tank|research\s+group|rights\s+group|research\s+institute|organi[sz]ation|consultancy)|"
    r"\b(?:University|Institute|Centre|Center|College|School|Observatory|Foundation|Council|Court)(?:\s+of\s+[A-Z][\w'’-]+)?)\s+$")
BARE_PLACE_LEAD_RE = re.compile(r"(?i:in|near|outside|around|inside)\s+$")
NOT_PLACE_WORDS = {
    "parliament", "congress", "english", "arabic", "french", "islam", "ramadan", "christmas", "eid", "court", "office",
    "government", "brief", "total", "addition", "response", "particular", "fact", "part", "general", "recent", "god",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
}


def country_of(place: str | None) -> str | None:
    """The country of a place the table knows, with or without a compass word ("southern Lebanon" is Lebanon)."""
    if not place:
        return None
    found = vocab.places().get(place)
    if found is None:
        bare = _without_compass(place)
        found = vocab.places().get(bare) if bare != place else None
    return found if isinstance(found, str) else None


def _without_compass(place: str) -> str:
    """"southern Lebanon" without its compass word: "Lebanon"."""
    return re.sub(rf"^{COMPASS}\s+", "", place, flags=re.I)


def place_in(sent: str, start: int, end: int) -> str | None:
    """The place a figure at [start, end) is located in, from its clause.

    A place of the table first ("in Kharkiv", "in southern Lebanon", with its compass word), then one named by what
    it is ("Sumy region", "the village of Kairu"), then a capitalised name standing alone after "in" or "near" that
    is no party, person, body, month or day ("near Tibú").
    """
    seg_end = len(sent)
    nxt = compiled(r";|\b(?:while|whereas|but)\b").search(sent[end:])
    if nxt:
        seg_end = end + nxt.start()
    seg_start = 0
    prv = None
    for prv in compiled(r";|\b(?:while|whereas|but)\b").finditer(sent[:start]):
        pass
    if prv:
        seg_start = prv.end()
    seg = sent[seg_start:seg_end]
    best = None
    for pm in PLACE_LEAD_RE.finditer(seg):
        if NOT_FIGURE_PLACE_BEFORE_RE.search(seg[max(0, pm.start() - 40) : pm.start()]):
            continue  # "told reporters in Geneva", "a team at Ghent University in Belgium": where someone speaks or works
        tail = seg[pm.end() :]
        found = None
        trust = 1
        head = vocab.places().opening(tail[:60])  # a place of the table right after the word
        if head is not None and not _adjectival(tail[head[0] :]):
            found = tail[: head[0]]
        if found is None:
            cm = compiled(r"([A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?)\s+(?:region|province|oblast|state|district|(?:(?:refugee|displacement|IDP|displaced\s+persons)\s+)?camp|"
                          r"city|town|village|governorate|township|area|county|municipality|prefecture|territory)\b").match(tail)
            if cm and not _is_not_place(cm.group(1)) and (vocab.parties().get(cm.group(1)) is None or vocab.places().get(cm.group(1))):
                found, trust = cm.group(1), 0  # "Nasir county": as sure as the table (not "the Tigrayan town")
        if found is None and pm.group("owner") and isinstance(vocab.places().get(pm.group("owner")), str):
            found = pm.group("owner")  # "at Quetta's railway station"
        if found is None and not pm.group("owner") and (PLACE_OF_RE.search(seg[max(0, pm.start() - 30) : pm.end()]) or BARE_PLACE_LEAD_RE.match(pm.group(0))):
            um = UNKNOWN_PLACE_RE.match(tail)
            if um and _could_be_place(um.group(1), tail[um.end() :]) and not any(s == 0 for s, _, _ in vocab.parties().finditer(tail[:60])):
                found, trust = um.group(1), 2
        if found is None:
            continue
        if pm.group("compass") and found != pm.group("owner"):
            found = f"{pm.group('compass')} {found}"
        pos = seg_start + pm.end()
        known = country_of(found)
        bare = _without_compass(found)
        score = (0 if known and vocab.places().get(bare) != bare else trust, abs(pos - end))
        if compiled(r"(?i:into)\b").match(pm.group(0)) or compiled(r"\b(?:border|frontier)\s+$").search(seg[max(0, pm.start() - 12) : pm.start()]):
            score = (score[0] + 3, score[1])  # "crossed the border into Ethiopia": where they went, after where they were
        if best is None or score < best[0]:
            best = (score, found)
    return best[1] if best else None


def _could_be_place(name: str, after: str) -> bool:
    """A capitalised name after "in" that is a place for all the tables know: no party, person, body, month or day."""
    words = name.split()
    if any(_is_not_place(w) or w.lower() in NOT_PLACE_WORDS or w.lower() in NOT_NAME_WORDS for w in words):
        return False
    if vocab.parties().get(name) is not None or any(vocab.parties().get(w) is not None for w in words):
        return False
    if vocab.persons().get(name) is not None or vocab.sources().get(name) is not None:
        return False
    if any(re.fullmatch(INSTITUTION_HEADS, w) for w in words):
        return False  # "Northern Command"
    if re.match(rf"\s+(?:{INSTITUTION_HEADS})\b", after) or compiled(r"\s*(?:'s|’s)").match(after):
        return False  # "at Oxford University", "in Reuters' count"
    return _adjectival(after) is False


PLACE_TYPES = r"(?:region|province|oblast|state|district|camp|city|town|village|governorate|township|area|border|front|frontline|strip|valley|corridor|county|municipality|neighbourhood|neighborhood|port|coast|islands?|river|city\b)"
AFTER_PLACE_OK = re.compile(
    rf"^(?:'s|’s)?\s*(?:$|[,.;:)—–-]|(?:on|in|at|and|or|but|from|since|after|before|during|over|as|where|which|that|when|while|to|of|with|"
    rf"by|near|for|late|early|last|this|alone|itself|until|through|between|overnight|earlier|later|so|were|was|had|have|has|is|are|"
    rf"{PLACE_TYPES})\b|[A-Z][\w'’-]*\s+{PLACE_TYPES}|(?:City|Oblast|Region|Province|State|Governorate|Strip|District|Camp)\b)"
)


def _adjectival(after: str) -> bool:
    """A place name used as a modifier ("US strikes", "the Aden Policy Institute") is not where a figure is."""
    return AFTER_PLACE_OK.match(after.lstrip(" ") if not after.startswith(("'", "’")) else after) is None


def _is_not_place(word: str) -> bool:
    w = word.lower()
    return w in {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "a", "an",
    }


def with_metric(d: Draft, metric: str) -> Draft:
    return replace(d, metric=metric)
