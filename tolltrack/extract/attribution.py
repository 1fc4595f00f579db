"""Attribution: who a sentence's figures come from, and through whom.

For each reporting verb ("said", "told", "estimated", "according to",
"citing", a headline's trailing "..., spy agency says") the speaker is the
entity next to it. A sentence's speakers are then put in order: a body
(agency, ministry, UN office) a person cites, was briefed by or speaks for is
the source, the person a relay ("The NIS told lawmakers ..., Rep. Lee said":
source the agency, via Lee); an outlet that cites a named body is a relay too.
Attribution that a sentence lacks is carried over from the one before it
(see ``pipeline``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from tolltrack.extract import vocab
from tolltrack.extract.vocab import CaselessMatch, caseless, compiled, exact
from tolltrack.extract.entities import SPOKES_ROLES, Memory, Mention, find_mentions, with_role
from tolltrack.records import Relay, Source

VERBS = (
    r"said|says|say|saying|told|tells|tell|reported|reports|report|estimated|estimates|estimate|assessed|assesses|"
    r"assess|briefed|briefs|announced|announces|stated|states|claimed|claims|claim|confirmed|confirms|added|adds|"
    r"noted|notes|wrote|writes|posted|posts|believes|believe|believed|suspects|suspect|suspected|warned|warns|warn|"
    r"counted|counts|recorded|records|documented|documents|verified|disclosed|discloses|revealed|reveals|"
    r"acknowledged|acknowledges|admitted|admits|insisted|insists|insist|denied|denies|dismissed|alleged|alleges|"
    r"expects|expected|thinks|think|predicted|predicts|projects|projected|calculated|tallied|updated|put|puts|"
    r"concluded|concludes|judged|judges|fears|feared|accused|accuses|explained|explains|described|describes|"
    r"announced|informed|asserted|asserts|maintained|maintains|argued|argues|stressed|stresses|emphasised|emphasized|"
    r"cautioned|cautions|tweeted|quoted|indicated|indicates|showed|shows|suggested|suggests|found|finds|putting|raised|raises|"
    r"revised|revises|lowered|lowers|listed|lists|registered|registers|announces|acknowledged|confirmed|"
    r"declared|declares|conceded|concedes|estimating|claiming|saying|reporting|adding|noting|warning|citing|"
    r"gave|gives|giving|compiled|compiles"  # not "kept": "Rwanda has kept 2,500 troops there" reports nothing
)
VERB_WORDS = sorted(set(VERBS.split("|")))
VERBS = vocab.trie_regex(VERB_WORDS)  # one walk a position, not one try a verb
VERB_RE = caseless(rf"\b(?:{VERBS})\b", gate_words=VERB_WORDS)
PRE_RE = caseless(
    r"\b(?:according\s+to|citing|as\s+reported\s+by|reported\s+by|quoted\s+by|cited\s+by|per|in\s+the\s+words\s+of|"
    r"(?:a\s+|the\s+)?(?:closed-door\s+|private\s+|confidential\s+|parliamentary\s+)?briefing\s+(?:by|from|of|with)|briefed\s+by|told\s+by|"
    r"figures\s+(?:from|released\s+by|published\s+by)|data\s+(?:from|released\s+by|compiled\s+by)|estimates?\s+(?:from|by)|"
    r"(?:a|the|its|an)\s+(?:[\w-]+\s+){0,3}?(?:report|statement|tally|count|estimate|assessment|survey|analysis|update)\s+(?:from|by|of)|"
    r"compiled\s+by|kept\s+by|published\s+by|released\s+by|issued\s+by|"
    r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:study|report|survey|analysis|assessment)\s+(?:published|released|issued)\s+(?:[\w-]+\s+){1,3}?by)\s+",
    # the words without one of which no "according to"-style attribution can stand
    gate_words=("according", "citing", "reported", "quoted", "cited", "per", "words", "briefing", "briefed", "told", "figures",
                "data", "estimate", "estimates", "report", "statement", "tally", "count", "assessment", "survey", "analysis",
                "update", "compiled", "kept", "published", "released", "issued", "study"),
)


@lru_cache(maxsize=4096)
def reporting_verbs(text: str) -> tuple[CaselessMatch, ...]:
    """The reporting verbs of a sentence, found once for the readers that ask (``forget_verbs`` empties the memory)."""
    return tuple(VERB_RE.finditer(text))


def forget_verbs() -> None:
    """Empty the memory of the sentences asked about (the extractor forgets between articles)."""
    reporting_verbs.cache_clear()
    clauses.cache_clear()


def has_pre(text: str) -> bool:
    """Does ``text`` hold an attribution set before its source ("according to", "citing", "a report by")?"""
    return PRE_RE.search(text) is not None


# A headline's trailing "..., spy agency tells lawmakers": the audience a headline names after "tells"
HEADLINE_TELLS = r"(?:tells|told)\s+(?:lawmakers|legislators|parliament|reporters|journalists|the\s+\w+\s+council|mps)"
HEADLINE_RE = caseless(rf"(?:,|:|—|–|-)\s*(?P<who>[^,:—–]{{2,60}}?)\s+(?:says|say|said|claims|estimates|reports|warns|{HEADLINE_TELLS})\s*$")
AUDIENCE_RE = caseless(
    r"^\s*(?:the\s+)?(?:lawmakers|legislators|reporters|journalists|parliament|a\s+parliamentary\s+\w+|the\s+\w+\s+committee|"
    r"members|MPs|the\s+national\s+assembly|a\s+news\s+conference|a\s+press\s+conference|state\s+media|state\s+television|"
    r"the\s+security\s+council|diplomats|the\s+un\s+security\s+council|a\s+briefing|a\s+committee|the\s+committee)\b"
)


UNNAMED_VERBS = {"said", "says", "say", "told", "tells", "reported", "reports", "estimated", "estimates", "claimed", "claims", "confirmed", "added", "stated"}
UNNAMED_NOUNS = (
    "spokesperson", "spokesman", "spokeswoman", "lawmaker", "legislator", "official", "officials", "officer", "commander",
    "governor", "mayor", "minister", "doctor", "doctors", "medic", "medics", "nurse", "witness", "witnesses", "resident",
    "residents", "source", "sources", "rescuers", "volunteers", "activists", "authorities", "analysts", "analyst", "diplomat",
    "diplomats", "aid workers", "monitors", "police", "survivors", "survivor", "villagers", "relatives", "people",
    "administrator", "chief", "head", "representative", "envoy", "researchers", "experts", "observers", "groups", "agencies",
    "organisations", "organizations", "charities", "NGOs", "commanders", "soldiers", "fighters", "staff", "workers",
)
UNNAMED_RE = caseless(
    # (the nouns as one trie: with the \b after them, no two can match at one place, so their order does not matter)
    rf"(?:^|[,;“\"]\s*|\b(?:a|an|the|two|three|several|local|some|other)\s+)(?:[\w-]+\s+){{0,4}}?"
    rf"(?:{vocab.trie_regex(sorted({n.lower() for n in UNNAMED_NOUNS}))})\b"
    r"\s*(?:(?:at|in|from|with|of)\s+[^,]{1,60}?\s*)?(?:,[^,]{0,80},\s*)?"
    r"(?:(?:also|later|earlier|have|has|had|repeatedly|privately)\s+)*$",
    gate_words=[n.split()[0] for n in UNNAMED_NOUNS],
)


NOT_SPEAKER_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                     "earlier", "later", "reuters", "tuesday's"}


POSSESSIVE_RECORD_RE = exact(
    r"\b(?:(?:[Tt]he|[Tt]his)\s+(?:[A-Z][a-z]+\s+|(?:spy|intelligence|health|defen[cs]e|interior|rights|refugee|aid)\s+)?(?P<head>[a-z]+)(?:'s|’s)|[Ii]ts|[Tt]heir)\s+(?:own\s+|latest\s+|daily\s+|new\s+|updated\s+|revised\s+|weekly\s+|monthly\s+|official\s+|overall\s+|final\s+|provisional\s+)*"
    r"(?:count|figures?|tally|data|estimates?|toll|numbers?|records?|list|update|report|bulletin|database)\b",
    gate_words=("count", "figure", "figures", "tally", "data", "estimate", "estimates", "toll", "number", "numbers", "record",
                "records", "list", "update", "report", "bulletin", "database"),
)


@dataclass(frozen=True)
class Attribution:
    """Who a stretch of a sentence is attributed to: source, relays, the direct speaker, and the verb's place."""

    source: Source | None
    via: tuple[Relay, ...]
    speaker: Mention | None
    verb_start: int
    verb_end: int
    unnamed: bool = False  # a speaker the text does not name ("officials said", "a local governor said")

    @property
    def empty(self) -> bool:
        return self.source is None and not self.via


# what may stand between "according to" and whose figures they are: "the latest", "official", "new"
RECORD_QUALIFIERS = r"(?:(?:latest|new|official|preliminary|revised|updated|most\s+recent|recent|initial|final|provisional|last)\s+)*"


def _entity_after(mentions: list[Mention], pos: int, text: str, limit: int = 6) -> Mention | None:
    """The entity just after ``pos``: past an article and qualifiers ("according to the latest UN figures")."""
    for m in mentions:
        gap = compiled(r"[\s,]*(?:the\s+|a\s+|an\s+)?(?P<q>" + RECORD_QUALIFIERS + ")", re.I).fullmatch(text[pos : m.start]) if m.start >= pos else None
        if gap and m.start - pos - len(gap.group("q")) <= limit:
            return m
    return None


def _entity_before(mentions: list[Mention], pos: int, text: str) -> Mention | None:
    best: Mention | None = None
    for m in mentions:
        if m.end > pos:
            break
        gap = text[m.end : pos]
        if len(gap) > 120:
            continue
        # An appositive may stand between subject and verb: "Lee, a member of the committee, said".
        gap = compiled(r"^\s*\([^()]{1,40}\)").sub("", gap)  # "the UN refugee agency (UNHCR) said"
        gap = compiled(r"^\s*(?:[a-z-]+\s+){0,2}?(?:agency|service|ministry|office|command|directorate|mission|headquarters|group|monitor|"
                     r"organi[sz]ation|network|outlet|channel|newspaper|daily|alliance|coalition|militia|movement|"
                     r"staff|teams?|workers|doctors|medics|researchers|monitors|investigators|officials)\b").sub("", gap)  # "MSF staff counted"
        gap = compiled(r"^\s+(?:in|at|of|from)\s+[A-Z][\w'’ -]{1,30}?(?=,)").sub("", gap)
        gap = compiled(r"^\s+(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*$)").sub("", gap)  # "the defence ministry in Paris said"
        plain = compiled(r"\s*(?:(?:has|have|had|also|later|earlier|previously|again|then|now|on\s+\w+|in\s+a\s+statement|separately|"
                             r"long|often|always|still|already|since|first|\w+ly)\s+|,\s*)*", re.I).fullmatch(gap)
        appositive = compiled(r"\s*,[^,]{1,120},\s*(?:(?:has|have|had|also|later|again|long|often|always|still|\w+ly)\s+)*").fullmatch(gap)
        relative = compiled(r"\s*,?\s*(?:who|which)\s+[^,]{1,120},?\s*(?:(?:has|have|had|also)\s+)*").fullmatch(gap)
        spokes = re.fullmatch(rf"\s*{SPOKES_ROLES}\s*", gap, re.I)
        if plain or appositive or relative or spokes:
            best = m
    if best is not None:
        # "Gen. Eyal Ronen, a deputy commander in Northern Command, told reporters", "Mediazona, working with BBC Russian,
        # says": what stands in the apposition is not the speaker.
        for m in mentions:
            if m is best or m.end > best.start or (m.generic and not m.person):
                continue
            if (best.person and not m.person):
                continue
            if compiled(r"\s*,\s*(?:a|an|the|who|which|its|his|her|working|together|along|in\s+partnership)\b[^,]{0,120},\s*(?:(?:has|had|also|have)\s+)?").fullmatch(text[m.end : pos]) \
                    or compiled(r"\s+and\s+").fullmatch(text[m.end : best.start]):
                return m
    return best


# A capitalised word at the start or after a space, comma, quotation mark or bracket, opening with its capital (the
# engine skips to capitals), then only adverbs to the end
SURNAME_BEFORE_RE = exact(
    r"([A-Z](?<![^\s,“\"(].)[a-zà-ÿ'’-]+)\s*(?:,\s*)?(?:(?:has|had|have|also|since|again|later|earlier|then|\w+ly)\s+)*$")
BACKREF_BEFORE_RE = exact(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[A-Z][a-z]+\s+|[\w-]+-based\s+|war\s+|rights\s+|monitoring\s+)?((?:spy\s+|intelligence\s+|UN\s+)?[A-Za-z]+)\s*"
    r"(?:,[^,]{1,80},\s*)?(?:(?:itself|themselves|has|had|have|also|initially|later|earlier|now|again|then|previously|first|separately|\w+ly)\s+)*$"
    r"|\b([Hh]e|[Ss]he|[Ii]t)\s+(?:(?:has|had|also|initially|later|earlier|now|again|then|\w+ly)\s+)*$")


def _surname_speaker(text: str, pos: int, memory: Memory, before: bool) -> Mention | None:
    """'Lee said' / 'said Lee': a lone capitalised word standing for a person named earlier."""
    if before:
        m = SURNAME_BEFORE_RE.search(text, 0, pos)
    else:
        m = compiled(r"\s+([A-Z][a-zà-ÿ'’-]+)\b").match(text[pos:])
    if not m:
        return None
    return memory.person(m.group(1))


def _backref(text: str, pos: int, memory: Memory, before: bool) -> Mention | None:
    if before:
        m = BACKREF_BEFORE_RE.search(text, 0, pos)
    else:
        m = compiled(r"\s+(?:the\s+((?:spy\s+|intelligence\s+|UN\s+)?[a-z]+)|(he|she|it))\b").match(text[pos:])
    if not m:
        return None
    g = 1 if m.group(1) else 2
    found = memory.resolve(m.group(g))
    if found is not None and found.generic and g == 1:
        # "KYIV -- ..., the government said": the government named here, not the capital the dateline named
        at = 0 if before else pos
        found = replace(found, start=at + m.start(g), end=at + m.end(g))
    return found


INVERTED_END_RE = re.compile(r"\s*(?:$|[,.;:)\"”]|\s*(?:on|in|at|late|early|last|this|who|which|told|according)\b)")
APPOSITION_RE = re.compile(r",\s*(?:a|an|the|who|whose|one|head|chief|director|spokes\w+)\b[^,;]{1,120},\s*")


SPOKES_COMMA_END_RE = caseless(rf"{SPOKES_ROLES}\s*,\s*$")
SPOKES_END_RE = caseless(rf"{SPOKES_ROLES}\s*$")
RELATIVE_END_RE = exact(r",\s*(?:which|who)\s+(?:(?:has|have|had|also)\s+)?$")
STATE_BODIES = ("army", "military", "government", "police")
STATE_BODY_END_RE = exact(rf"(?:\b[Tt]he\s+({'|'.join(STATE_BODIES)})|(?:^|[,;]\s+)([Pp]olice))\s+(?:(?:has|had|have|also|later|earlier|again|\w+ly)\s+)*$")


def _state_body(m: re.Match[str] | CaselessMatch, group: int) -> Mention:
    """The army, military, government or police a sentence names without its country (the extractor fills it in)."""
    body = (m.group(group) or "").lower()  # type: ignore[union-attr]
    return Mention(m.start(group), m.end(group), Source(body, None, "military" if body in ("army", "military") else "government"),
                   heads=frozenset({body}))


def _after_comma_or_quote(before: str) -> bool:
    """Does ``before`` end with a comma or closing quotation mark (or hold nothing), spaces aside? What
    ``re.search(r"(?:[,”\"’']|^)\s*$", before)`` finds."""
    body = before.rstrip()
    return not body or body[-1] in ",”\"’'"


STATE_BODY_AFTER_RE = compiled(rf"\s*(?:the\s+)?{RECORD_QUALIFIERS}({'|'.join(STATE_BODIES)})\b"
                               r"(?!\s+(?:sources?|officials?|commanders?|analysts?|experts?|observers?|personnel)\b)", re.I)  # unnamed people


def speaker_of(text: str, vs: int, ve: int, mentions: list[Mention], memory: Memory, pre: bool) -> Mention | None:
    """The entity a reporting verb at [vs, ve) of ``text`` is attributed to."""
    if pre:
        found = _entity_after(mentions, ve, text, limit=8) or _surname_speaker(text, ve - 1, memory, before=False) or _backref(text, ve - 1, memory, before=False)
        state = STATE_BODY_AFTER_RE.match(text, ve) if found is None else None
        if state:
            # "according to the army", "according to government figures": the article's country's (filled in later)
            return _state_body(state, 1)
        if found is None:
            nm = compiled(r"\s*(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]+){0,5})").match(text[ve:])
            if nm and compiled(r"(?:(?:'s|’s)?\s+[a-z]|'s|’s)").match(text[ve + nm.end() :]) and not compiled(r"\s+(?:of|for|and|said|says|told)\b").match(text[ve + nm.end() :]):
                # "Western officials", "Uganda's president, Yoweri Museveni": the capitals only qualify who speaks
                return next((m for m in mentions if ve <= m.start <= ve + 50 and (m.generic or m.person)
                             and compiled(r"[\w'’ -]{0,40}?,?\s*").fullmatch(text[ve : m.start])), None)
            if nm and " " not in nm.group(1) and compiled(r"\s*the\s", re.I).match(text[ve:]):
                # "according to the Observatory": the body named in full before, whose name ends in that word
                named = next((m for m in reversed(memory.entities) if not m.person
                              and m.source.name.lower().split()[-1:] == [nm.group(1).lower()]), None)
                if named is not None:
                    return named
            if nm and vocab.parties().get(nm.group(1)) is None and nm.group(1).split()[0].lower() not in NOT_SPEAKER_WORDS:
                name = nm.group(1)
                desc = text[ve + nm.end() : ve + nm.end() + 60]
                typ = "media" if compiled(r"\b(?:news|network|outlet|radio|television|tv|newspaper|channel|agency)\b", re.I).search(desc) else \
                    ("person" if len(name.split()) in (2, 3) and not compiled(r"\b(?:Group|Network|Centre|Center|Council|Committee|Project|Monitor)\b").search(name) else "NGO")
                found = Mention(ve + nm.start(1), ve + nm.end(1), Source(name, None, typ), person=typ == "person")
                memory.remember(found)
        return found
    verb = text[vs:ve].lower()
    before_txt = text[:vs]
    inverted = _after_comma_or_quote(before_txt) and verb not in ("told", "tells", "tell", "asked", "informed", "briefed")
    if inverted:
        # "Petro Savchyn, a battalion commander in Kursk, said ...": the comma closes an apposition, not content
        ante = next((m for m in reversed(mentions) if m.end <= vs and (m.person or not m.generic) and APPOSITION_RE.fullmatch(text[m.end : vs])), None)
        if ante is not None:
            return ante
        # "A CSP-DPA spokesman, Mohamed Ramadane, said ...": the person named in apposition to a role
        named = next((m for m in reversed(mentions) if m.person and m.end <= vs and compiled(r",\s*").fullmatch(text[m.end : vs])), None)
        if named is not None and SPOKES_COMMA_END_RE.search(text, 0, named.start):
            return with_role(named, "spokesperson")
        after = _entity_after(mentions, ve, text, limit=6)
        if after is not None and not compiled(r"\s*(?:$|[,.;:)\"”]|(?:'s|’s)|\s+(?:on|in|at|late|early|last|this|who|which|told|according|(?:[a-z-]+\s+){0,2}spokes\w+|[A-Z]))").match(text[after.end :]):
            after = None  # "said Russia had lost ...": the country is what was said, not who said it
        if after is not None and not after.person:
            # "said UNRWA spokesperson Hanna Lund": the person speaks for the body
            for m in mentions:
                if m.person and re.fullmatch(rf"\s*(?:'s|’s)?\s*(?:[\w-]+\s+){{0,2}}{SPOKES_ROLES}\s*,?\s*", text[after.end : m.start], re.I):
                    return with_role(m, "spokesperson")
        if after is not None:
            return after
        after = _surname_speaker(text, ve, memory, before=False) or _backref(text, ve, memory, before=False)
        ref = compiled(r"\s+(?:the\s+(?:spy\s+|intelligence\s+|UN\s+)?[a-z]+|he|she|it|[A-Z][\w'’-]+)\b").match(text[ve:])
        if after is not None and ref is not None and not INVERTED_END_RE.match(text[ve + ref.end() :]):
            after = None  # "..., said the rebels had destroyed ...": what was said, not who said it
        if after is not None:
            return after
        lone = compiled(r"\s+([A-Z][a-zà-ÿ'’-]+)(?=\s*(?:,|\.|$))").match(text[ve:])
        if lone and lone.group(1).lower() not in NOT_SPEAKER_WORDS and vocab.parties().get(lone.group(1)) is None \
                and vocab.places().get(lone.group(1)) is None:
            m = Mention(ve + lone.start(1), ve + lone.end(1), Source(lone.group(1), None, "person"), person=True)
            memory.remember(m)
            return m
    rel = RELATIVE_END_RE.search(before_txt) if "wh" in before_txt else None
    if rel:
        ante = _entity_before(mentions, rel.start(), text) or _entity_before(mentions, rel.start() + 1, text)  # (", the cartel's co-founder, who says")
        if ante is not None:
            return ante
    m = _entity_before(mentions, vs, text)
    if m is not None:
        # "the UN mission said": the body the mention's noun names, when the article knows it
        noun = compiled(r"\s+(mission|agency|office|command|service|directorate|monitor|panel|team|commission)\b", re.I).match(text[m.end : vs])
        if noun and not m.person:
            r = memory.resolve(noun.group(1))
            if r is not None and r.source.type == m.source.type and r.source.name != m.source.name:
                return r
        return m
    work = PUBLISHED_IN_RE.search(before_txt) if "ublished" in before_txt or "eleased" in before_txt or "ssued" in before_txt else None
    if work:
        # "The survey, published in the medical journal The Lancet on October 11, estimated": its publisher's
        inside = next((x for x in mentions if work.start("by") <= x.start < work.end("by") and not x.person and not x.generic), None)
        if inside is not None:
            return inside
    m = _surname_speaker(text, vs, memory, before=True) or _backref(text, vs, memory, before=True)
    if m is not None:
        return m
    army = STATE_BODY_END_RE.search(before_txt) if any(w in before_txt.lower() for w in STATE_BODIES) else None
    if army:
        # "The army said", "the government said", with none named before: the article's country's (the extractor
        # fills the country in)
        return _state_body(army, 1 if army.group(1) else 2)  # (2: "..., police said", without "the")
    return None


PUBLISHED_IN_RE = exact(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:survey|study|report|analysis|assessment|research|paper|review)\s*,\s*"
    r"(?:published|released|issued|compiled)\s+(?P<by>(?:in|by)\s+[^,]{1,100}),\s*(?:(?:also|later|\w+ly)\s+)*$")
RELATIVE_ASIDE_RE = exact(r",\s*(?:which|who)\b[^,;]{1,160},")


def _linked_bodies(text: str, mentions: list[Mention], asides: list[tuple[int, int]]) -> list[Mention]:
    """Bodies a sentence names as the origin of what a speaker says ("citing the NIS", "a briefing by ..."), outside
    the relative clauses (``asides``) that describe a speaker ("UNAMI, which draws on figures from the health ministry,
    said")."""
    out = []
    for m in mentions:
        if m.person or (m.generic and m.source.party is None) or any(a <= m.start < b for a, b in asides):
            continue
        before = text[max(0, m.start - 45) : m.start]
        after = text[m.end : m.end + 30]
        if PRE_RE.search(before) and compiled(r"(?:according\s+to|citing|briefing\s+\w+|briefed\s+by|figures\s+\w+(?:\s+by)?|data\s+\w+(?:\s+by)?|estimates?\s+\w+|report\s+\w+|statement\s+\w+|told\s+by|reported\s+by|cited\s+by)\s+(?:the\s+)?$", re.I).search(before):
            out.append(m)
        elif compiled(r"(?:'s|’s)\s+(?:(?:latest|new|own|revised|updated|initial|previous|published|official|final|"
                      r"preliminary)\s+){0,3}(?:briefing|assessment|estimate|report|figures?|tally|count|data|toll|numbers?)", re.I).match(text[m.end : m.end + 60]):
            out.append(m)
        elif compiled(r"\s+(?:told|briefed|informed)\s+(?:the\s+)?(?:lawmakers|legislators|parliament|members|MPs|a\s+parliamentary|the\s+\w+\s+committee|a\s+closed)", re.I).match(after):
            out.append(m)
    return out


# what makes a verb's word a noun ("its counts", "the group's reports")
NOUN_LEAD_RE = caseless(r"(?:\b(?:its|their|the|his|her|our|a|an|these|those|whose|official|latest|daily|own|most)|'s|’s|s'|s’)\s+$")
_WORD_CHAR_RE = re.compile(r"\w")
AND_END_RE = exact(r"(?:,\s*|\s)(?:but|and)\s+(?:also\s+|later\s+)?$")


def attributions(text: str, memory: Memory, headline: bool = False) -> list[Attribution]:
    """The attributions in one sentence, in order; each names source and relays."""
    mentions = find_mentions(text)
    speakers: list[tuple[Mention, int, int]] = []
    # relative clauses that describe a speaker ("UNAMI, which draws on figures from the health ministry, said")
    asides = [(r.start(), r.end()) for r in RELATIVE_ASIDE_RE.finditer(text)] if "wh" in text else []
    for m in PRE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in asides):
            continue  # "UNAMI, which draws on figures from the health ministry, said": how UNAMI counts, not its source
        sp = speaker_of(text, m.start(), m.end(), mentions, memory, pre=True)
        if sp is not None:
            speakers.append((sp, m.start(), m.end()))
    verbs = reporting_verbs(text)
    for m in verbs:
        if any(s <= m.start() < e for _, s, e in speakers):
            continue
        if NOUN_LEAD_RE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # a noun ("its counts", "the group's reports"), not a verb
        if m.group(0).lower() in ("added", "adds") and compiled(r"\s+(?:a|an|another|some|more|about|around|at\s+least|\d)", re.I).match(text[m.end() :]):
            continue  # "added a further 3,000 soldiers": adding people, not words
        # "told" followed by its audience: the speaker stands before.
        sp = speaker_of(text, m.start(), m.end(), mentions, memory, pre=False)
        if sp is None and (AND_END_RE.search(text, 0, m.start())
                           or m.group(0).lower() in ("saying", "adding", "claiming", "noting", "warning", "citing")):
            if speakers:
                sp = speakers[-1][0]
            else:
                # the sentence's subject: a person named at its start before a body ("Taliban spokesman Zabihullah Mujahid")
                head = compiled(r"\s*(?:[Tt]he|[Ii]ts)\s+(?:[A-Z][a-z]+\s+)?([a-z]+)\b").match(text)
                early = [x for x in mentions if x.start < 60 and not x.generic and x.start < m.start()]
                first = next((x for x in early if x.person), None) or (early[0] if early else None)
                sp = first or (memory.resolve(head.group(1)) if head else None)
                if sp is not None and sp.person:
                    pre = text[max(0, sp.start - 40) : sp.start]
                    if SPOKES_END_RE.search(pre):
                        sp = with_role(sp, "spokesperson")
        if sp is None:
            continue
        if sp.generic and sp.source.type == "government" and sp.source.party is None and not sp.source.name.startswith("military"):
            continue
        # A country named next to a verb is a speaker only as the verb's subject ("Kyiv says").
        if sp.generic and sp.source.name.startswith("Government of") and sp.start < m.start() \
                and not compiled(r"\s*(?:,[^,]{1,60},\s*)?(?:(?:has|had|have|also|again|repeatedly|long|since|later|earlier|then|now|first|\w+ly)\s+)*").fullmatch(text[sp.end : m.start()] or " "):
            continue
        speakers.append((sp, m.start(), m.end()))
    spans = clauses(text) if speakers else ((0, len(text) + 1),)
    for m in POSSESSIVE_RECORD_RE.finditer(text) if POSSESSIVE_RECORD_RE.may_match(text) else ():
        # "the intelligence service's figure had reached 3,000, and the JCS said ...": a clause of its own
        cs, ce = next(((a, b) for a, b in spans if a <= m.start() < b), (0, len(text) + 1))
        if any(s <= m.start() < e for _, s, e in speakers) or any(cs <= s < ce for _, s, _e in speakers):
            continue
        r = memory.resolve(m.group("head") or "its")
        if r is not None and not r.person:
            speakers.append((r, m.start(), m.end()))
    if headline and not speakers:
        hm = HEADLINE_RE.search(text)
        if hm:
            who_start = hm.start("who")
            for m in mentions:
                if m.start >= who_start - 4 and m.end <= hm.end("who") + 1:
                    speakers.append((m, hm.start(), hm.end()))
                    break
            else:
                bm = compiled(r"((?:spy\s+|intelligence\s+|UN\s+)?[a-z]+)$").search(hm.group("who").strip())
                if bm:
                    r = memory.resolve(bm.group(1))
                    if r is not None:
                        speakers.append((r, hm.start(), hm.end()))
    # (a speaker left unnamed needs a word for one in the sentence: "officials", "a source")
    unnamed_speaker = UNNAMED_RE.may_match(text)

    def unnamed_before(pos: int) -> bool:
        start = max(0, pos - 160)
        if not unnamed_speaker and not (start and _WORD_CHAR_RE.match(text, start - 1)):
            return False  # the stretch holds only the sentence's whole words, none of which names a speaker
        return UNNAMED_RE.search(text[start:pos]) is not None

    for m in verbs:
        if m.group(0).lower() in ("told", "tells") and not any(s <= m.start() < e for _, s, e in speakers):
            outlet = _entity_after(mentions, m.end(), text, limit=6)
            if outlet is not None and outlet.source.type == "media" and unnamed_before(m.start()):
                speakers.append((outlet, m.start(), m.end()))
    unnamed = [m for m in verbs
               if m.group(0).lower() in UNNAMED_VERBS and unnamed_before(m.start())
               and not any(s <= m.start() < e for _, s, e in speakers)]
    if not speakers:
        return [Attribution(None, (), None, m.start(), m.end(), unnamed=True) for m in unnamed[:1]]
    speakers.sort(key=lambda x: x[1])
    linked = _linked_bodies(text, mentions, asides)
    out: list[Attribution] = []
    # One attribution a clause: split at semicolons so "Kyiv says X; Moscow says Y" keeps both apart.
    for cs, ce in clauses(text):
        in_clause = [(sp, s, e) for sp, s, e in speakers if cs <= s < ce]
        if not in_clause:
            u = next((m for m in unnamed if cs <= m.start() < ce), None)
            if u is not None:
                out.append(Attribution(None, (), None, u.start(), u.end(), unnamed=True))
            continue
        bodies_linked = [m for m in linked if cs <= m.start < ce]
        out.append(_compose(text, in_clause, bodies_linked, memory, mentions))
    return out


# ";", " while ", " whereas ", ", but ", ", and" before a clause with a reporting verb, ", which said": opening with the
# one character each needs, so that the engine skips to those characters
CLAUSE_RE = exact(rf"[;,\s](?:(?<=;)\s+|(?<=\s)\s*(?:while|whereas)\s+|(?<=,)\s+(?:but\s+"
                  rf"|and\s+(?=(?:the|a|an|its|it|he|she|they|[A-Z])[\w'’ -]{{0,60}}?\s(?:{VERBS})\b)"
                  rf"|(?=(?:which|who)\s+(?:also\s+|has\s+|had\s+)?(?:said|says|told|tells|warned|warns|added|believes|estimates)\b)))")


@lru_cache(maxsize=4096)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of a sentence that can carry attributions of their own ("Kyiv says X; Moscow says Y"), found once
    for the readers that ask (``forget_verbs`` empties the memory)."""
    bounds = [0]
    for m in CLAUSE_RE.finditer(text):
        bounds.append(m.end())
    bounds.append(len(text) + 1)
    return tuple((bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1))


def _relay(m: Mention) -> Relay:
    return Relay(m.source.name, m.role or ("" if m.person else m.source.type))


# "ministry spokesperson" just before a name: the role at the end (a cheap first look), then the body before it
SPOKES_TAIL_RE = caseless(rf"{SPOKES_ROLES}\s*,?\s*$")
SPOKES_AFTER_BODY_RE = caseless(rf"(?P<body>\b[\w'’ -]*?)(?:'s|’s)?\s*{SPOKES_ROLES}\s*,?\s*$")


def _compose(text: str, speakers: list[tuple[Mention, int, int]], linked: list[Mention], memory: Memory, mentions: list[Mention]) -> Attribution:
    people = [sp for sp, _, _ in speakers if sp.person]
    bodies = [sp for sp, _, _ in speakers if not sp.person]
    for b in linked:
        if all(b.source != x.source for x in bodies):
            bodies.insert(0, b)
    # A spokesperson speaks for the body named just before them ("ministry spokesperson Amal Idris").
    for i, p in enumerate(people):
        pre = text[max(0, p.start - 60) : p.start]
        post = text[p.end : p.end + 80]
        sm = SPOKES_AFTER_BODY_RE.search(pre) if SPOKES_TAIL_RE.search(pre) else None
        pm = re.match(rf"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+)?{SPOKES_ROLES}\s+(?:for|of|at|with)\s+(?:the\s+)?(?P<body>[\w'’ -]+?)\s*(?:,|\.|;|$)", post, re.I) \
            or re.match(rf"\s*,\s*(?:the|its)\s+(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\s+(?i:{SPOKES_ROLES})\s*,", post)
        # ("Lt. Gen. Ahmed Sharif Chaudhry, the ISPR spokesman, told ...")
        # "A spokesman for the health ministry, Ashraf al-Qudra, said"
        sm = sm or re.search(rf"{SPOKES_ROLES}\s+(?:for|of|at|with)\s+(?:the\s+)?(?P<body>[\w'’ -]+?)\s*,\s*$", pre, re.I)
        if sm or pm:
            people[i] = with_role(p, "spokesperson")
            if not bodies:
                for m in mentions:
                    if not m.person and not m.generic and ((sm and p.start - 60 <= m.start < p.start) or (pm and p.end <= m.start < p.end + pm.end())):
                        bodies.append(m)
                        break
                else:
                    head = compiled(r"([A-Za-z]+)(?:'s|’s)?\s*$").search((sm or pm).group("body"))  # type: ignore[union-attr]
                    if head:
                        r = memory.resolve(head.group(1))
                        if r is not None and not r.person:
                            bodies.append(r)
    # A person who relayed a body earlier in the article still speaks for it.
    if people and not bodies and people[0].source.name in memory.relays:
        bodies.append(memory.relays[people[0].source.name])
    # A lawmaker speaking of a briefing relays the body that gave it.
    if people and not bodies and compiled(r"\bbrief(?:ing|ed)\b", re.I).search(text) \
            and not compiled(r"\b(?:told|gave|held|giving|holding)\s+(?:a|the|his|her|their)\s+(?:[\w-]+\s+)?briefing\b", re.I).search(text):
        # (one who "told a briefing" gave it, and speaks for themself)
        for m in reversed(memory.entities):
            if not m.person and m.source.type in ("intelligence", "military", "government"):
                bodies.append(m)
                break
    named_bodies = [b for b in bodies if not (b.generic and b.source.party is None)]
    primary_verb = speakers[0]
    verb_owner = next((sp for sp, vs, ve in speakers if not PRE_RE.match(text[vs:ve + 1])), None)
    if named_bodies:
        non_media = [b for b in named_bodies if b.source.type != "media"]
        source_m = non_media[0] if non_media else named_bodies[0]
        via_ms = [p for p in people] + [b for b in named_bodies if b is not source_m and b.source.type == "media"]
        via = tuple(_relay(v) for v in _dedupe(via_ms) if v.source.name != source_m.source.name)
        speaker = people[0] if people else source_m
        if verb_owner is not None and (verb_owner.source.name == source_m.source.name or verb_owner in people):
            speaker = verb_owner
        for p in people:
            memory.relays[p.source.name] = source_m
        return Attribution(source_m.source, via, speaker, primary_verb[1], primary_verb[2])
    if people:
        # the same person speaking twice ("declared ... and said") relays nobody
        relays = tuple(_relay(p) for p in _dedupe(people[1:]) if p.source.name != people[0].source.name)
        return Attribution(people[0].source, relays, people[0], primary_verb[1], primary_verb[2])
    # only unnamed bodies ("officials said"): nobody named
    return Attribution(None, (), bodies[0] if bodies else None, primary_verb[1], primary_verb[2])


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in ms:
        if m.source.name not in seen:
            seen.add(m.source.name)
            out.append(m)
    return out
