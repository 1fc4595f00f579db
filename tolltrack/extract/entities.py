"""Who can be a source: bodies, people, governments and back-references, found in a sentence.

Bodies come from ``sources.tsv`` (with the country in front of them:
"Ukraine's defence ministry") or from the shape of an institution's name
("the Main Operations Command"); people from ``persons.tsv`` or a title and
capitalised name ("Rep. Lee Seong-kweun"); a country or capital speaking
("Kyiv says") is its government; definite back-references ("the agency",
"the ministry", "he") are resolved by ``Memory`` to the last entity they fit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from tolltrack.extract import vocab
from tolltrack.extract.vocab import caseless, compiled, exact
from tolltrack.records import Source

TITLE_ALTERNATIVES = (
    r"Rep\.|Representative|Sen\.|Senator|President|Vice\s+President|Prime\s+Minister|Deputy\s+Prime\s+Minister|"
    r"Defen[cs]e\s+Minister|Foreign\s+Minister|Interior\s+Minister|Health\s+Minister|Information\s+Minister|Minister|"
    r"Secretary-General|Secretary\s+General|Secretary|Gen\.|General|Lt\.?\s+Gen\.|Lieutenant\s+General|Maj\.?\s+Gen\.|Major\s+General|"
    r"Brig\.?\s+Gen\.|Col\.|Colonel|Lt\.?\s+Col\.|Maj\.|Major|Capt\.|Captain|Adm\.|Admiral|Commander|Cmdr\.|Chief|Lawmaker|"
    r"Dr\.|Mr\.|Ms\.|Mrs\.|Mayor|Governor|Gov\.|Ambassador|Envoy|Spokesperson|Spokesman|Spokeswoman|Rear\s+Admiral|Rear\s+Adm\.|"
    r"Lt\.|Sgt\.|Sergeant|Professor|Prof\.|Chairman|Chairwoman|Director|Commissioner|High\s+Commissioner|Coordinator|King|Queen|"
    r"Daw|Ko|Saw|Naw|Sayadaw|Father|Imam|Rabbi|Bishop|Archbishop|Judge|Justice|Prosecutor|Dr|Mr|Ms|Mrs"
).split("|")
TITLES = vocab.by_first_letter(TITLE_ALTERNATIVES)  # one try a capital, not one a title
NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)*|[A-Z]\.|al-[A-Z][a-z]+|el-[A-Z][a-z]+|bin|ibn|van|von|de|der|da|dos|Jong|Al|El|[A-Z][a-z]*[A-Z][a-z]+)(?![\w-])"
# A name of two words or more, or of one after a title (a lone capitalised word is no candidate)
PERSON_RE = exact(
    rf"(?=[A-Z])(?:(?P<title>(?:(?:[A-Z][a-z]+\s+)?{TITLES})(?:\s+{TITLES})*)\s+)?"
    rf"(?P<name>[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)*(?(title)(?:\s+{NAME_WORD}){{0,4}}|(?:\s+{NAME_WORD}){{1,4}}))"
)
# What every person candidate holds: a capitalised word (a name's first, or a title's last), space, then a name's next
# word (a capital, "al-", or a particle such as "bin"); most sentences have none, and are not searched for names
PERSON_GATE_RE = exact(r"[A-Z]\S*\s+(?:[A-Z]|[ae]l-|(?:bin|ibn|van|von|de|der|da|dos)(?![\w-]))")
SPOKES_ROLES = r"(?:spokesperson|spokesman|spokeswoman|press\s+officer|press\s+secretary|representative|official|officer)"
ROLE_WORDS = (
    r"(?:spokesperson|spokesman|spokeswoman|lawmaker|legislator|parliamentarian|MP|member\s+of\s+parliament|minister|president|"
    r"commander|general|colonel|official|officer|analyst|researcher|director|head|chief|envoy|ambassador|governor|mayor|"
    r"coordinator|adviser|advisor|aide|doctor|medic|nurse|resident|witness|survivor|journalist|reporter|correspondent)"
)

INSTITUTION_HEADS = (
    r"Ministry|Agency|Army|Office|Service|Services|Directorate|Command|Council|Commission|Mission|Committee|Staff|Forces|Guard|"
    r"Police|Network|Observatory|Watch|Institute|Center|Centre|Authority|Department|Federation|Front|Movement|Brigades|"
    r"Crescent|Cross|Coalition|Organisation|Organization|Programme|Program|Fund|Bureau|Secretariat|Court|Tribunal|Union|Group|"
    r"Project|Initiative|Monitor|Alliance|Administration|Government|Presidency|Cabinet|Parliament|Assembly|Unit|Defence|Defense|Force|"
    r"Rescue|Relief|Headquarters|Centre|Board|Body|Council|Team|Panel|Experts|University|School|Hospital|Association|Society|Foundation|"
    r"Brigade|Division|Corps|Regiment|Battalion|Fleet|Navy|Guards?|Operations|Administration|Tribunal|Programme|Observatory|"
    r"Palace|Square|Street|Bridge|Airport|Port|Camp|Mosque|Church|Market|Station|Prison|Base|Relations"
)
INSTITUTION_RE = exact(
    # the lookahead: a word that can open a name, else no position is tried further (several times faster)
    rf"\b(?=[A-Z\d]|(?:of|for|the|and|on)\s)(?:[A-Z][\w'’-]*\s+|\d+(?:st|nd|rd|th)\s+|of\s+|for\s+|the\s+|and\s+|on\s+){{0,6}}(?:{INSTITUTION_HEADS})\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'’-]*){{0,4}}){{0,2}}",
    gate_words=[w for head in INSTITUTION_HEADS.split("|") for w in ((head[:-2], head[:-1]) if head.endswith("s?") else (head,))],
)
GENERIC_BODY_RE = caseless(
    r"\b(?P<body>military|army|armed\s+forces|government|authorities|officials|defen[cs]e\s+forces|security\s+forces|"
    r"intelligence(?:\s+agency|\s+service)?|spy\s+agency|health\s+authorities|prosecutors|police|navy|air\s+force|"
    r"state\s+media|state\s+television|state\s+news\s+agency|presidency|president'?s\s+office|military\s+officials|"
    r"defen[cs]e\s+officials|intelligence\s+officials|security\s+officials|military\s+sources|officials?|commanders|leaders|rebels|"
    r"fighters|militants|junta|military\s+government|ruling\s+military)\b",
    gate_words=("military", "army", "armed", "government", "authorities", "officials", "official", "defence", "defense",
                "security", "intelligence", "spy", "health", "prosecutors", "police", "navy", "air", "state", "presidency",
                "president", "presidents", "commanders", "leaders", "rebels", "fighters", "militants", "junta", "ruling"),
)
LOWER_BODY_RE = exact(
    r"\b(?:(?:interior|justice|information|communications|finance|humanitarian\s+affairs|social\s+affairs|emergencies|"
    r"emergency|home|labour|education|culture|reintegration|refugee)\s+ministry\b|"
    r"prosecutor[- ]general'?s?\s+office\b|attorney[- ]general'?s?\s+office\b|(?:(?:state|federal|regional|military)\s+)?prosecutor'?s\s+office\b|"
    r"state\s+emergency\s+service\b|"
    r"emergency\s+services?\b|civil\s+defen[cs]e\b|civil\s+protection\s+agency\b|presidential\s+administration\b)",
    gate_words=("ministry", "office", "service", "services", "defence", "defense", "agency", "administration"),
)
REGIONAL_BODY_RE = exact(
    r"\b(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:regional|region's|oblast|city|district|provincial|state)\s+"
    r"(?:police\s+command|police|military\s+administration|administration|council|authorities|prosecutor'?s?\s+office|emergency\s+service|"
    r"health\s+department)\b",
    gate_words=("command", "police", "administration", "council", "authorities", "office", "service", "department"),
)
NAMED_WITH_ACRONYM_RE = exact(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:of|for|and|on|the)\s+)?[A-Z][\w'’-]+){1,6})\s*\((?P<short>[A-Z][A-Za-z&-]{1,9})\)")
CAPITALS_RE = exact(r"[A-Z]{3}")  # no acronym without three capitals in a row
ACRONYM_AFTER_RE = exact(
    r"\b(?:the|a|an)\s+(?P<what>(?:[\w'’-]+\s+){0,4}?(?:network|group|organi[sz]ation|monitor|agency|observatory|coalition|alliance|"
    r"institute|centre|center|charity|watchdog|project))\s+(?P<name>[A-Z][A-Z&-]{2,9})\b",
    gate_words=("network", "group", "organisation", "organization", "monitor", "agency", "observatory", "coalition", "alliance",
                "institute", "centre", "center", "charity", "watchdog", "project"))
ACRONYM_BODY_RE = exact(
    r"\b([A-Z][A-Z&-]{2,9})\b(?=,\s+(?:a|an|the)\s+(?P<what>[^,]{0,60}?\b(?:group|organi[sz]ation|monitor|agency|network|NGO|"
    r"charity|institute|centre|center|observatory|watchdog|project|consultancy|firm|coalition|alliance|body|outlet|"
    r"newspaper|broadcaster|channel|service)\b))")
MEDIA_BODY_RE = exact(
    r"\b(?!(?:The|A|An|In|On|At|By|For|From)\b)(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:news\s+agency|newspaper|broadcaster|news\s+channel|"
    r"television\s+channel|radio\s+station|news\s+site|news\s+outlet)\b",
    gate_words=("agency", "newspaper", "broadcaster", "channel", "station", "site", "outlet"))
# Cheap first looks: a word without which each shape cannot match.
INSTITUTION_HEAD_RE = exact(rf"(?:{INSTITUTION_HEADS})\b")
BACKREF_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+-based\s+|war\s+|rights\s+|monitoring\s+)?(?P<head>spy\s+agency|intelligence\s+agency|agency|ministry|military|army|service|mission|office|group|"
    r"organi[sz]ation|monitor|body|charity|committee|council|command|directorate|watchdog|observatory|network|"
    r"president|minister|lawmaker|legislator|spokesperson|spokesman|spokeswoman|official|general|commander|envoy|"
    r"chief|coalition|UN\s+agency|UN\s+body|outlet|broadcaster|newspaper|force|government|authority|authorities|"
    r"militia|junta|rebels|movement|alliance|paramilitary|paramilitaries|experts|panel|commission|report|study|survey|team|"
    r"researchers|authors|monitors|investigators)\b|\b(?P<pron>[Hh]e|[Ss]he)\b"
)

TYPE_HEADS = {
    "intelligence": {"agency", "spy agency", "intelligence agency", "service", "directorate", "body", "intelligence"},
    "government": {"government", "authority", "authorities", "body", "junta"},
    "military": {"military", "army", "command", "force", "general", "commander", "militia", "rebels", "movement",
                 "alliance", "paramilitary", "paramilitaries", "group", "junta", "coalition"},
    "UN": {"agency", "UN agency", "UN body", "mission", "office", "organisation", "organization", "body", "monitor",
           "monitors", "experts", "panel", "investigators"},
    "NGO": {"group", "organisation", "organization", "monitor", "charity", "body", "network", "observatory",
            "watchdog", "committee", "council", "researchers", "team", "authors", "monitors"},
    "media": {"agency", "outlet", "broadcaster", "newspaper"},
    "person": {"he", "she"},
}


@dataclass(frozen=True)
class Mention:
    """An entity that can speak, found at [start, end) of a sentence."""

    start: int
    end: int
    source: Source
    role: str = ""
    person: bool = False
    generic: bool = False  # an unnamed body ("officials", "military sources")
    heads: frozenset[str] = field(default_factory=frozenset)
    from_table: bool = False  # named in sources.tsv or persons.tsv


def _clean_name(name: str) -> str:
    name = compiled(r"\s+").sub(" ", name).strip(" ,.;:'’\"")
    name = compiled(r"^(?:the|The)\s+").sub("", name)
    name = compiled(r"(?:'s|’s)$").sub("", name)
    return name


def _name_char(c: str) -> bool:
    return c.isalnum() or c in "_.' -"


def _ends_with_word_space(window: str) -> bool:
    """Does ``window`` end with a word (or its possessive) and then space? What
    ``re.search(r"[\w.' -]+?(?:'s|’s)?\s+$", window)`` finds, without trying every start."""
    body = window.rstrip()
    k = len(window) - len(body)
    if k == 0:
        return False
    if body and _name_char(body[-1]) or " " in window[-k:-1]:
        return True
    return body.endswith(("'s", "’s")) and len(body) > 2 and _name_char(body[-3])


def party_before(text: str, start: int) -> tuple[str | None, int]:
    """The party named just before ``start`` ("Ukraine's", "the Ukrainian"), and where that prefix begins."""
    window = text[max(0, start - 40) : start]
    if not _ends_with_word_space(window):
        return None, start
    hits = [(ps, pe, entry.party) for ps, pe, entry in vocab.parties().finditer(window)]  # type: ignore[union-attr]
    hits += [(ps, pe, country) for ps, pe, country in vocab.places().finditer(window) if isinstance(country, str)]
    for ps, pe, party in sorted(hits):
        tail = window[pe:]
        if compiled(r"(?:'s|’s)?\s+").fullmatch(tail):
            offset = max(0, start - 40) + ps
            pre = text[max(0, offset - 4) : offset]
            if compiled(r"\bthe\s+$", re.I).search(pre):
                offset -= len(compiled(r"\bthe\s+$", re.I).search(pre).group(0))  # type: ignore[union-attr]
            return party, offset
    return None, start


def _table_body(party: str, body: str) -> Source | None:
    """The table's name for a party's army, military or intelligence ("Israeli military" is the IDF)."""
    for alias, entry in vocab.sources().entries.items():
        if isinstance(entry, vocab.SourceEntry) and entry.party == party and alias.endswith(" " + body):
            return Source(entry.name, entry.party, entry.type)
    return None


def _institution_type(name: str) -> str:
    n = name.lower()
    if compiled(r"\bun\b|united nations|unicef|unhcr|ocha|unrwa|who\b").search(n):
        return "UN"
    if compiled(r"intelligence|spy|security service|directorate").search(n):
        return "intelligence"
    if compiled(r"army|military|forces|command|staff|guard|navy|air force|brigades|defence forces|defense forces").search(n):
        return "military"
    if compiled(r"ministry|government|office|presidency|cabinet|administration|authority|department|parliament|council of ministers").search(n):
        return "government"
    if compiled(r"news|times|post|tv|radio|broadcast|gazette|journal|daily|wire").search(n):
        return "media"
    return "NGO"


GROUP_HEADS = {"group", "militia", "rebels", "movement", "alliance", "paramilitary", "paramilitaries", "insurgents", "coalition"}
STATE_MILITARY_HEADS = {"military", "army", "command", "force", "general", "commander", "junta"}


def _heads_for(source: Source, surface: str) -> frozenset[str]:
    heads = set(TYPE_HEADS.get(source.type, set()))
    if source.type == "military":
        is_group = source.party in vocab.armed_groups()
        heads = (heads - STATE_MILITARY_HEADS) | GROUP_HEADS if is_group else heads - GROUP_HEADS
    low = surface.lower()
    for h in ("ministry", "agency", "military", "army", "mission", "office", "service", "command", "committee",
              "council", "monitor", "group", "network", "observatory", "directorate", "government", "coalition",
              "commission", "panel", "police", "administration", "headquarters", "university", "institute", "centre", "center"):
        if h in low:
            heads.add(h)
    words = compiled(r"[A-Za-z]+").findall(source.name.lower())
    if words and source.type != "person":
        heads.add(words[-1])
        if source.type in ("UN", "NGO", "intelligence", "government") or (source.type == "military" and "group" not in heads):
            heads |= {"report", "study", "survey", "update", "assessment", "analysis", "tally"}
    if source.type == "person":
        heads -= {"he", "she"}
    return frozenset(heads)


def find_mentions(text: str) -> list[Mention]:
    """Every entity in ``text`` that could be a source or a relay, longest first where they overlap."""
    return list(_find_mentions(text))


def forget_mentions() -> None:
    """Empty the memory of the sentences asked about (the extractor forgets between articles)."""
    _find_mentions.cache_clear()


@lru_cache(maxsize=4096)
def _find_mentions(text: str) -> tuple[Mention, ...]:
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < b and a < e for a, b in taken)

    def add(m: Mention) -> None:
        found.append(m)
        taken.append((m.start, m.end))

    # Bodies and people from the tables.
    for s, e, entry in vocab.sources().finditer(text):
        if not free(s, e):
            continue
        lead = compiled(r"(?<![.!?]\s)\b([A-Z][\w'’]*)\s+$").search(text[max(0, s - 30) : s]) if text[s : s + 1].isupper() else None
        if lead and s - len(lead.group(0)) > 0 and vocab.parties().get(lead.group(1)) is None and vocab.places().get(lead.group(1)) is None \
                and lead.group(1).lower() not in NOT_NAME_WORDS and vocab.sources().get(lead.group(1)) is None:
            continue  # "the Andean Conflict Observatory" is not the table's "Conflict Observatory": a longer name
        party = entry.party  # type: ignore[union-attr]
        start = s
        if party is None:
            party, start = party_before(text, s)
        src = Source(entry.name, party, entry.type)  # type: ignore[union-attr]
        add(Mention(start, e, src, heads=_heads_for(src, text[s:e]), from_table=True))
    for s, e, entry in vocab.persons().finditer(text):
        if not free(s, e):
            continue
        src = Source(entry.name, entry.party, "person")  # type: ignore[union-attr]
        role = entry.role  # type: ignore[union-attr]
        tm = re.search(rf"((?:[A-Z][a-z]+\s+)?{TITLES})\s+$", text[max(0, s - 40) : s])
        start = s - len(tm.group(0)) if tm else s
        if tm:
            role = compiled(r"\s+").sub(" ", tm.group(1)).lower().rstrip(".")
        add(Mention(start, e, src, role=_role_name(role), person=True))

    # Named institutions by their shape (only where one of their head words stands).
    for m in INSTITUTION_RE.finditer(text) if INSTITUTION_RE.may_match(text) and INSTITUTION_HEAD_RE.search(text) else ():
        s, e = m.start(), m.end()
        raw = text[s:e]
        lead = compiled(r"(?:(?:the|of|for|and|on)\s+)+").match(raw)
        if lead:
            s += lead.end()
            raw = text[s:e]
        poss = compiled(r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:'s|’s)\s+)+").match(raw)
        if poss and not any(isinstance(vocab.places().get(w), str) or vocab.parties().get(w) is not None or vocab.sources().get(w) is not None
                            for w in compiled(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|’s)").findall(poss.group(0))):
            poss = None  # "the Ombudsman's Office", "the Prime Minister's Office": the possessive is part of the name
        if poss:
            # "Gaza's Government Media Office": the possessive names a place or party, not the body
            s += poss.end()
            raw = text[s:e]
        if not raw[:1].isupper() and not raw[:1].isdigit() or not free(s, e):
            continue
        party, start = party_before(text, s)
        # A demonym inside the name ("Ukrainian Armed Forces") gives the party too.
        if party is None:
            for _, _, pe in vocab.parties().finditer(raw):
                party = pe.party  # type: ignore[union-attr]
                break
        name = _clean_name(raw)
        if len(name.split()) < 2 and name.lower() not in ("hamas", "hezbollah"):
            continue
        src = Source(name, party, _institution_type(name))
        heads = _heads_for(src, raw)
        short = compiled(r"\s*\(([A-Z][A-Z&-]{1,9})\)").match(text[e:])
        if short:
            heads = heads | {short.group(1).lower()}  # "Inter-Services Public Relations (ISPR)": "the ISPR spokesman" is its
        add(Mention(start, e, src, heads=heads))

    # An acronym the article introduces as a body: "HRANA, a US-based rights group that tracks Iran, counts ..."
    for m in ACRONYM_BODY_RE.finditer(text) if (", a" in text or ", the " in text) else ():
        if not free(m.start(1), m.end(1)) or vocab.parties().get(m.group(1)) is not None or vocab.places().get(m.group(1)) is not None:
            continue
        src = Source(m.group(1), None, _institution_type(m.group("what")))
        add(Mention(m.start(1), m.end(1), src, heads=_heads_for(src, m.group("what"))))

    # An outlet named by what it is: "the IRNA news agency reported", "the Kommersant newspaper"
    for m in MEDIA_BODY_RE.finditer(text) if MEDIA_BODY_RE.may_match(text) else ():
        name = m.group("name")
        if not free(m.start("name"), m.end()) or vocab.parties().get(name) is not None or vocab.places().get(name) is not None:
            continue
        party, start = party_before(text, m.start("name"))
        src = Source(name, party, "media")
        add(Mention(start, m.end(), src, heads=frozenset({"agency", "outlet", "newspaper", "broadcaster", "channel"})))

    # A name given with its acronym is a body's: "Inter-Services Public Relations (ISPR)"
    for m in NAMED_WITH_ACRONYM_RE.finditer(text) if "(" in text else ():
        if not free(m.start("name"), m.end("name")) or vocab.parties().get(m.group("name")) is not None \
                or vocab.places().get(m.group("name")) is not None or m.group("name").isupper():
            continue  # ("NEW YORK (AP) --": a dateline)
        party, start = party_before(text, m.start("name"))
        src = Source(m.group("name"), party, _institution_type(m.group("name")))
        add(Mention(start, m.end("name"), src, heads=_heads_for(src, m.group("name")) | {m.group("short").lower()}))

    # ... or named after what it is: "the children's rights network REDIM"
    for m in ACRONYM_AFTER_RE.finditer(text) if ACRONYM_AFTER_RE.may_match(text) and CAPITALS_RE.search(text) else ():
        if not free(m.start("what"), m.end("name")) or vocab.parties().get(m.group("name")) is not None:
            continue
        src = Source(m.group("name"), None, _institution_type(m.group("what")))
        add(Mention(m.start("what"), m.end("name"), src, heads=_heads_for(src, m.group("what"))))

    # Ministries and offices named in lower case ("Niger's interior ministry", "the prosecutor-general's office"):
    # named as written, with the country in front as their party.
    for m in LOWER_BODY_RE.finditer(text) if LOWER_BODY_RE.may_match(text) else ():
        if not free(m.start(), m.end()):
            continue
        party, start = party_before(text, m.start())
        name = compiled(r"\s+").sub(" ", m.group(0)).replace("defense", "defence")
        table = vocab.sources().get(name)
        src = Source(table.name, table.party or party, table.type) if isinstance(table, vocab.SourceEntry) else Source(name, party, "government")  # type: ignore[union-attr]
        add(Mention(start, m.end(), src, heads=_heads_for(src, name)))

    # Regional bodies named in lower case: "the Donetsk regional police", "the Sumy regional military administration".
    for m in REGIONAL_BODY_RE.finditer(text) if REGIONAL_BODY_RE.may_match(text) else ():
        if not free(m.start(), m.end()):
            continue
        country = vocab.places().get(m.group("place"))
        src = Source(_clean_name(m.group(0)), country if isinstance(country, str) else None, "government")
        add(Mention(m.start(), m.end(), src, heads=_heads_for(src, m.group(0))))

    # Governments and generic bodies: "Ukrainian officials", "Russia's military", "Kyiv says".
    for m in GENERIC_BODY_RE.finditer(text):
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        party, start = party_before(text, s)
        body = compiled(r"\s+").sub(" ", m.group("body").lower())
        if body in ("junta", "military government", "ruling military"):
            # whose junta is the article's business: resolved against its country by the pipeline
            src = Source("Myanmar junta" if party == "Myanmar" else (f"Government of {party}" if party else "junta"), party, "government")
            add(Mention(start, e, src, heads=frozenset({"junta", "government", "military", "authorities"})))
            continue
        if party is None:
            if body in ("military sources", "officials", "official", "military officials", "defence officials",
                        "defense officials", "intelligence officials", "security officials"):
                add(Mention(s, e, Source(body, None, "government"), generic=True))
            continue
        if body in ("government", "authorities", "officials", "official", "presidency", "president's office", "presidents office"):
            src = Source(f"Government of {party}", party, "government")
            add(Mention(start, e, src, heads=frozenset({"government", "authorities", "officials"})))
            continue
        if body in ("commanders", "leaders", "rebels", "fighters", "militants"):
            is_group = party in vocab.armed_groups()
            src = Source(party, party, "military") if is_group else Source("military", party, "military")
            add(Mention(start, e, src, heads=_heads_for(src, body)))
            continue
        elif body in ("state media", "state television", "state news agency"):
            src = Source(f"{party} state media", party, "media")
        else:
            typ = _institution_type(body)
            src = _table_body(party, body) or Source(body.replace("defense", "defence"), party, typ)
        add(Mention(start, e, src, heads=_heads_for(src, body)))

    # People with a title, or a capitalised name: kept as candidates, the caller checks they speak.
    for m in PERSON_RE.finditer(text) if PERSON_GATE_RE.search(text) else ():
        s, e = m.start(), m.end()
        name = m.group("name")
        title = m.group("title")
        if not free(s, e):
            continue
        words = name.split()
        if not title and len(words) >= 3 and compiled(r"\b(?:in|of|from|at|for)\s+$").search(text[max(0, s - 6) : s]):
            # "Representative in Burundi Brigitte Mukamana": the first word is a place
            skip = len(words[0]) + 1
            s += skip
            name = name[skip:]
            words = words[1:]
        if not title and len(words) < 2:
            continue
        if _not_a_name(name):
            continue
        role = _role_name(compiled(r"\s+").sub(" ", title).rstrip(".")) if title else ""
        add(Mention(s, e, Source(_clean_name(name), None, "person"), role=role, person=True))

    # Countries and capitals as speakers ("Kyiv says"); the caller keeps them only next to a verb.
    for s, e, entry in vocab.parties().finditer(text):
        if not free(s, e):
            continue
        if compiled(r"\b(?:in|to|from|into|of|at|near|for|against|with|across|inside|on|by)\s+(?:the\s+)?$", re.I).search(text[max(0, s - 12) : s]):
            continue
        if compiled(r"(?:'s|’s)").match(text[e : e + 2]):
            continue
        word = text[s:e]
        if entry.kind == "country" and vocab.places().get(word) is None:  # type: ignore[union-attr]
            continue  # a demonym ("Russian", "Sudanese"), not a country or capital that speaks
        party = entry.party  # type: ignore[union-attr]
        if entry.kind == "people":  # type: ignore[union-attr]
            continue  # a people is not a speaker ("Rohingya say" names nobody in particular)
        if entry.kind == "group":  # type: ignore[union-attr]
            src = Source(party, party, "military")
        elif entry.kind == "international":  # type: ignore[union-attr]
            # NATO, the UN's peacekeepers: the body speaks for itself
            src = Source(party, party, "UN" if party == "United Nations" else "military")
            add(Mention(s, e, src, heads=frozenset({"alliance", "mission", "force"})))
            continue
        else:
            src = Source(f"Government of {party}", party, "government")
        add(Mention(s, e, src, generic=True, heads=frozenset({"government"})))

    found.sort(key=lambda x: x.start)
    return tuple(_named_members(text, found))


FAMILY_MEMBER_GAP_RE = re.compile(
    r"(?:\s+[\w-]+){0,3}?(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?\s*(?:,\s*(?:known\s+as\s+|called\s+)?|\(\s*)")


def _named_members(text: str, found: list[Mention]) -> list[Mention]:
    """"the UN peacekeeping mission, MONUSCO", "the UN mission in Libya, UNSMIL": the family named first is the member
    named after it."""
    out = list(found)
    for i, m in enumerate(out):
        if m.source.name != "United Nations":
            continue
        member = next((x for x in out[i + 1 :] if x.from_table and x.source.type == "UN" and x.source.name != m.source.name
                       and FAMILY_MEMBER_GAP_RE.fullmatch(text, m.end, x.start)), None)
        if member is not None:
            out[i] = replace(m, source=member.source, heads=m.heads | member.heads)
    return out


NOT_NAME_WORDS = {
    "democrat", "democrats", "republican", "republicans",  # "an Ohio Democrat": a lawmaker's party, not a name
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "as", "it", "its", "they", "their", "this", "that",
    "these", "those", "there", "here", "when", "while", "after", "before", "since", "according", "more", "some",
    "about", "around", "nearly", "over", "under", "up", "more than", "at least", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "photo", "update", "breaking", "live", "analysis",
    "officials", "local", "police", "the", "both", "neither", "one", "two", "three", "many", "most", "all",
    "no", "we", "our", "i", "he", "she", "his", "her", "by", "for", "from", "with", "without", "what", "why",
    "how", "who", "where", "which", "only", "also", "then", "now", "yet", "still", "even", "separately",
    "meanwhile", "earlier", "later", "last", "next", "new", "other", "another", "each", "every",
}


HEAD_WORDS = set(compiled(r"[A-Za-z]+").findall(INSTITUTION_HEADS.lower()))


GEOGRAPHIC_WORDS = {
    "pass", "valley", "river", "mountains", "mountain", "hills", "hill", "lake", "sea", "gulf", "coast", "strait", "desert",
    "plain", "plateau", "basin", "delta", "island", "islands", "peninsula", "bay", "canal", "corridor", "highway", "road",
    "street", "square", "district", "province", "region", "county", "city", "town", "village", "crossing", "dam", "forest",
}


def _not_a_name(name: str) -> bool:
    words = name.split()
    if words[-1].lower() in HEAD_WORDS or words[-1].lower() in GEOGRAPHIC_WORDS:
        return True  # "Bolan Pass", "Gaza Strip": a place, not a person
    if words[0].lower() in NOT_NAME_WORDS:
        return True
    if any(w.lower() in NOT_NAME_WORDS for w in words):
        return True
    for _, _, _e in vocab.parties().finditer(name):
        return True
    for _, _, _e in vocab.places().finditer(name):
        return True
    return False


def _role_name(title: str) -> str:
    t = title.lower().strip().rstrip(".")
    aliases = {
        "rep": "lawmaker", "representative": "lawmaker", "sen": "senator", "gen": "general", "lt. gen": "general",
        "lt gen": "general", "maj. gen": "general", "col": "colonel", "capt": "captain", "adm": "admiral",
        "dr": "", "mr": "", "ms": "", "mrs": "", "gov": "governor", "cmdr": "commander", "lawmaker": "lawmaker",
        "lt": "lieutenant", "sgt": "sergeant", "prof": "professor",
    }
    return aliases.get(t, t)


class Memory:
    """What an article has named so far, for back-references and surnames."""

    def __init__(self) -> None:
        self.entities: list[Mention] = []
        self.people: dict[str, Mention] = {}
        self.relays: dict[str, Mention] = {}  # a person's name -> the body they relayed
        self.last_speaker: Mention | None = None  # who the last attributed sentence was attributed to
        self.sentence = 0  # the sentence being read, and the one the last speaker spoke in
        self.speaker_sentence = -2
        self.sentence_start = 0  # where the entities of the sentence being read begin

    def next_sentence(self, index: int) -> None:
        self.sentence = index
        self.sentence_start = len(self.entities)

    def spoke(self, speaker: Mention) -> None:
        self.last_speaker = speaker
        self.speaker_sentence = self.sentence

    def remember(self, m: Mention) -> None:
        if m.generic and m.source.type == "government" and m.source.party is None:
            return
        self.entities.append(m)
        if m.person:
            self.people[m.source.name] = m

    def person(self, name: str) -> Mention | None:
        """A full name met earlier that ``name`` (a surname or a shorter form) stands for."""
        if name in self.people:
            return self.people[name]
        last = name.split()[-1]
        for full, m in reversed(list(self.people.items())):
            parts = full.split()
            if last == parts[-1] or (len(parts) > 1 and name == parts[0]) or last in parts \
                    or compiled(r"(?:al|el|ul|ad|as|ash|at|az)-").sub("", parts[-1], count=1) == last:  # "Abadi": Haider al-Abadi
                return m
        return None

    def resolve(self, head: str) -> Mention | None:
        head = compiled(r"\s+").sub(" ", head.lower())
        if head in ("he", "she"):
            if self.last_speaker is not None and self.last_speaker.person and self.sentence - self.speaker_sentence == 1 \
                    and not any(m.person for m in self.entities[self.sentence_start :]):
                # "Sanchez said the faction led by Mordisco ordered it. It has 3,500 members, he said": who spoke last
                return self.last_speaker
            for m in reversed(self.entities):
                if m.person:
                    return m
            return None
        if head in ("it", "its", "their", "they"):
            # the body the passage is about: the last one that spoke, else the last one named
            if self.last_speaker is not None and not self.last_speaker.person:
                return self.last_speaker
            for m in reversed(self.entities):
                if not m.person and not m.generic:
                    return m
            return None
        if head in ("president", "minister", "lawmaker", "legislator", "spokesperson", "spokesman", "spokeswoman",
                    "official", "general", "commander", "envoy", "chief"):
            for m in reversed(self.entities):
                if m.person and (head in m.role or not m.role):
                    return m
            return None
        for m in reversed(self.entities):
            if head in m.heads and not m.generic and m.from_table:
                return m
        for m in reversed(self.entities):
            if head in m.heads and not m.generic:
                return m
        for m in reversed(self.entities):
            if head in m.heads:
                return m
        return None


def with_role(m: Mention, role: str) -> Mention:
    return replace(m, role=role)
