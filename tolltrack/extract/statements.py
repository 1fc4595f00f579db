"""Statements: direct quotations and reported assessments, with who made them.

Quotations are found per paragraph, in curly or straight marks; a paragraph
that opens a quotation and does not close it ends it at the paragraph's end
(the next paragraph may reopen it). The speaker stands after the quotation
("..., Lee said", "..., said Lee") or before it ("Lee said: ..."); a quotation
with neither continues the last one's speaker. Reported assessments are
sentences whose reporting or estimative verb has a clause of content and no
figure ("the agency believes the North is preparing another deployment").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tolltrack.extract.attribution import VERB_RE, speaker_of
from tolltrack.extract.entities import SPOKES_ROLES, Memory, Mention, find_mentions, with_role
from tolltrack.extract.vocab import caseless, compiled, exact
from tolltrack.records import Source, Speaker, Statement

QUOTE_VERBS = (
    r"said|says|say|told|tells|added|adds|stated|states|wrote|writes|posted|asked|asks|warned|warns|insisted|insists|"
    r"declared|declares|explained|explains|continued|continues|noted|notes|stressed|stresses|recalled|recalls|remarked|"
    r"replied|replies|answered|argued|argues|urged|urges|pleaded|tweeted|according\s+to|concluded|cautioned|vowed|vows|"
    r"lamented|admitted|acknowledged|conceded|claimed|claims|announced|announces|observed|commented|shouted|cried|recounted|"
    r"put\s+it(?:\s+this\s+way)?|described\s+it|summed\s+it\s+up"
)
QUOTE_VERB_RE = caseless(rf"\b(?:{QUOTE_VERBS})\b")
ASSESS_RE = caseless(
    r"\b(?P<v>believes?|believed|suspects?|suspected|assess(?:es|ed)?|warn(?:s|ed)?|expects?|expected|thinks?|judges?|judged|"
    r"concluded|concludes|fears?|feared|predicted|predicts|said|says|told\s+[\w ]{0,40}?|added|noted|claimed|claims|"
    r"insisted|insists|denied|denies|acknowledged|admitted|alleged|alleges|accused|accuses|estimated|estimates|stated|"
    r"announced|confirmed|confirms|reported|reports|argued|argues|stressed|is\s+poised\s+to|appears\s+poised\s+to)\b"
)


@dataclass
class QuoteSpan:
    start: int  # of the words inside the marks
    end: int
    open_end: bool  # the paragraph ended before the quotation closed


# An opening quotation mark: a curly one, or a straight one with no letter or digit just before it
OPENING_QUOTE_RE = re.compile(r'“|(?<![^\W_])"')


def quote_spans(par: str) -> list[QuoteSpan]:
    """Stretches of ``par`` inside quotation marks."""
    spans: list[QuoteSpan] = []
    n = len(par)
    opening = OPENING_QUOTE_RE.search(par)
    while opening is not None:
        i = opening.start()
        c = par[i]
        close = "”" if c == "“" else '"'
        j = par.find(close, i + 1)
        alt = par.find('"', i + 1) if c == "“" else -1
        if j == -1 and alt != -1:
            j = alt
        if j == -1:
            spans.append(QuoteSpan(i + 1, n, True))
            break
        spans.append(QuoteSpan(i + 1, j, False))
        opening = OPENING_QUOTE_RE.search(par, j + 1)
    return spans


def _statement_text(par: str, q: QuoteSpan) -> tuple[int, int]:
    s, e = q.start, q.end
    while s < e and par[s].isspace():
        s += 1
    while e > s and par[e - 1] in " ,":
        e -= 1
    return s, e


def _speaker_after(par: str, q: QuoteSpan, next_start: int, memory: Memory) -> Mention | None:
    """'"...," Lee said' / '"...," said Lee': the speaker named after the quotation."""
    after = par[q.end + 1 : next_start]
    vm = QUOTE_VERB_RE.search(after[:90])
    if vm and compiled(r"[\s,.—–-]*(?:[^!?]{0,90}?)").fullmatch(after[: vm.start()]) and not compiled(r"[a-z]{3}\.\s+[A-Z]").search(after[: vm.start()]):
        pre = vm.group(0).lower().startswith("according")
        mentions = find_mentions(after)
        sp = speaker_of(after, vm.start(), vm.end(), mentions, memory, pre=pre)
        return _spokesperson(after, sp, mentions, memory)
    return None


def _speaker_before(par: str, q: QuoteSpan, prev_end: int, memory: Memory) -> Mention | None:
    """'Lee said: "..."' / 'Dr. Nasser, who runs a clinic, put it this way: "..."': the speaker named before."""
    before = par[prev_end : max(prev_end, q.start - 1)]
    bm = None
    for bm_ in QUOTE_VERB_RE.finditer(before):
        bm = bm_
    if bm is not None and len(before) - bm.end() < 60:
        mentions = find_mentions(before)
        sp = speaker_of(before, bm.start(), bm.end(), mentions, memory, pre=bm.group(0).lower().startswith("according"))
        if sp is not None:
            return _spokesperson(before, sp, mentions, memory)
    if compiled(r":\s*$").search(before):
        # the subject of the sentence that introduces the quotation
        sent = before[before.rfind(". ") + 1 :] if ". " in before else before
        first = next((m for m in find_mentions(sent) if m.person or not m.generic), None)
        if first is not None:
            return first
        cm = compiled(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s*(?:,[^,:]{0,40})?:\s*$").search(before)
        if cm:
            return memory.person(cm.group(1))
    return None


def _spokesperson(text: str, sp: Mention | None, mentions: list[Mention], memory: Memory) -> Mention | None:
    """A person who speaks for a body ("Amal Idris, a spokesperson for the defence ministry", "Defence ministry
    spokesperson Amal Idris"): the person with that role, remembered as relaying the body."""
    if sp is None or not sp.person:
        return sp
    after = re.match(rf"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+)?{SPOKES_ROLES}\s+(?:for|of|at|with)\s+(?:the\s+)?", text[sp.end :], re.I)
    before = re.search(rf"{SPOKES_ROLES}\s*,?\s*$", text[: sp.start], re.I)
    body = None
    if after:
        body = next((m for m in mentions if not m.person and m.start == sp.end + after.end()), None)
    elif before:
        body = next((m for m in mentions if not m.person and compiled(r"(?:'s|’s)?\s*").fullmatch(text[m.end : before.start()])), None)
    if body is None:
        return sp
    memory.relays[sp.source.name] = body
    return with_role(sp, "spokesperson")


def _as_speaker(m: Mention, memory: Memory | None = None) -> tuple[Speaker, Source]:
    body = memory.relays.get(m.source.name) if memory is not None and m.person else None
    return Speaker(m.source.name, m.role), (body.source if body is not None else m.source)


def quotations(text: str, par_start: int, memory: Memory, last: list[Statement]) -> list[Statement]:
    """The quotations of one paragraph (text is the paragraph; spans are shifted by ``par_start``)."""
    out: list[Statement] = []
    spans = quote_spans(text)
    for k, q in enumerate(spans):
        s, e = _statement_text(text, q)
        words = compiled(r"\w+").findall(text[s:e])
        if len(words) < 3:
            continue
        next_start = spans[k + 1].start - 1 if k + 1 < len(spans) else len(text)
        prev_end = spans[k - 1].end + 1 if k > 0 else 0
        sp = _speaker_after(text, q, next_start, memory)
        if sp is None and out and k > 0:
            # a second quotation after '"...," said Farouk, an epidemiologist.' goes on in the same voice
            prev = out[-1]
            out.append(Statement(prev.speaker, prev.source, True, text[s:e], (par_start + s, par_start + e)))
            continue
        if sp is None:
            sp = _speaker_before(text, q, prev_end, memory)
        if sp is None:
            # A scare quote inside someone's reported speech belongs to the sentence's speaker.
            sent_start = max(text.rfind(". ", 0, q.start), 0)
            sent_end_m = compiled(r"[.!?](?:\s|$)").search(text[q.end + 1 :])
            sent_end = q.end + 1 + (sent_end_m.end() if sent_end_m else len(text) - q.end - 1)
            window = text[sent_start:sent_end]
            for vm in VERB_RE.finditer(window):
                sp = speaker_of(window, vm.start(), vm.end(), find_mentions(window), memory, pre=False)
                if sp is not None:
                    break
        if sp is None and out and k > 0:
            prev = out[-1]
            out.append(Statement(prev.speaker, prev.source, True, text[s:e], (par_start + s, par_start + e)))
            continue
        if sp is None and last and (k == 0 and q.start <= 1):
            prev = last[-1]
            out.append(Statement(prev.speaker, prev.source, True, text[s:e], (par_start + s, par_start + e)))
            continue
        if sp is None:
            continue
        speaker, source = _as_speaker(sp, memory)
        out.append(Statement(speaker, source, True, text[s:e], (par_start + s, par_start + e)))
    return out


NON_STATEMENT_VERBS = {
    "put", "puts", "putting", "counted", "counts", "recorded", "records", "listed", "lists", "registered", "registers",
    "tallied", "updated", "raised", "raises", "revised", "revises", "lowered", "lowers", "documented", "documents",
    "verified", "issued", "published", "released", "quoted", "cited", "citing", "showed", "shows", "posted", "posts",
    "gave", "gives", "giving", "kept", "keeps", "compiled", "compiles",  # "gave Tigrayan forces 72 hours"
}
INNER_RE = caseless(
    r"^(?:the|its|their)\s+(?P<head>spy\s+agency|intelligence\s+agency|agency|ministry|military|army|group|service|mission|office|"
    r"monitor|organi[sz]ation|government|junta|alliance|command|report|experts|panel|committee|council)\s+"
    r"(?:also\s+|now\s+|still\s+)?(?P<v>believes|believed|assesses|assessed|thinks|thought|suspects|suspected|estimates|estimated|"
    r"expects|expected|judges|judged|concluded|concludes|fears|feared|says|said|found|finds)\s+(?:that\s+)?(?P<rest>.+)$"
)
COUNT_CLAUSE_RE = caseless(r"\b(?:number|toll|figure|total|tally|count)\b[^.;]{0,60}?(?<!\d)(?!(?:19|20)\d\d\b)\d")
RELAY_TAIL_RE = exact(
    r",\s*(?:(?:[A-Z][a-z]{1,4}\.\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}|(?:he|she|they|it)\s+|the\s+(?:[\w-]+\s+){1,2})"
    r"(?:said|says|told\s+(?:\w+\s+){0,2}?\w+|added|wrote)\s*$")
# "and said ...", "and warned that ...": a reporting verb after an act ("declared three days of mourning and said ...")
AND_SAID_RE = caseless(r"\band\s+(?:also\s+)?(?P<v>said|says|warned|warns|added|stressed|insisted|vowed|pledged)\b")
# circumstances of saying, then "that": "said after calls with both leaders that ..."
THAT_AFTER_CIRCUMSTANCES_RE = caseless(
    r"\s*(?:(?:after|before|during|following|at|in|on|amid|when)\b[^,;.\"“”]{0,80}?\s|(?:night|morning|evening|afternoon)\s+)that\s+")
VERBISH_RE = caseless(
    r"\b(?:is|are|was|were|had|has|have|will|would|could|can|may|might|should|must|did|do|does|been|being|remain|remains)\b"
    # past tenses that end in neither "ed" nor "s"
    r"|\b(?:took|made|went|gave|came|saw|found|left|got|held|kept|put|ran|told|won|lost|began|brought|fought|sent|spent|"
    r"stood|struck|thought|became|broke|chose|drove|fell|fled|knew|led|met|paid|rose|sold|shot|wrote|hit|cut|hid)\b"
    r"|\b[a-z]{3,}(?:ed|es|s)\b"
)
_AUDIENCE = (
    r"(?:(?:lawmakers|legislators|reporters|journalists|parliament|members|MPs|diplomats|the\s+\w+\s+(?:committee|council)|"
    r"a\s+(?:news|press)\s+conference|a\s+briefing|state\s+(?:media|television)|the\s+security\s+council|[A-Z][\w'’ -]{0,40}?)\s+)?"
)
_CIRCUMSTANCES = (
    r"(?:(?:(?:late\s+|early\s+)?on\s+(?:\w+day|[A-Z]\w+\.?\s+\d{1,2}(?:,\s+\d{4})?)(?:\s+(?:night|morning|evening|afternoon))?|last\s+(?:week|month|year|\w+day)|"
    r"this\s+(?:week|month|year)|earlier|later|also|again|separately|privately|publicly|previously|repeatedly|"
    r"in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|report|address|speech|interview|post|briefing|update|message|letter|video)(?:\s+(?:address|message|statement|post))?"
    r"(?:\s+(?:released|issued|published|posted|read|broadcast|carried))?(?:\s+(?:on|to|from|by)\s+[^,]{1,40}?\b)?|"
    r"at\s+a\s+(?:news|press)\s+conference(?:\s+in\s+\w+)?|on\s+(?:X|Twitter|Telegram|Facebook|Instagram|social\s+media|(?:its|his|her|their)\s+(?:website|[\w-]+\s+channel|account))|"
    r"(?:after|before|during|following|at|in)\s+(?:the|a|an|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?(?:\s+(?:in|on)\s+[A-Z]\w+)?)\s*,?\s*)*"
    r"(?:,\s*)?(?:that\s+)?"
)
TELL_VERBS = {"told", "tells", "tell", "briefed", "briefs", "informed", "assured", "reminded", "urged"}
# what stands between a verb and what was said: the audience (after "told" only), then time and occasion
CONTENT_LEAD_RE = re.compile(r"^\s*" + _AUDIENCE + _CIRCUMSTANCES)
CONTENT_TIMING_RE = re.compile(r"^\s*" + _CIRCUMSTANCES)


def holds_quotation_mark(text: str) -> bool:
    """Does ``text`` hold a straight or curly double quotation mark?"""
    return '"' in text or "“" in text or "”" in text


def reported(sentence: str, sent_start: int, att: object, figure_spans: list[tuple[int, int]], memory: Memory,
              headline: bool = False) -> list[Statement]:
    """Reported assessments in one sentence: the content clauses of an attribution that hold no figure.

    "The agency believes the North is preparing another deployment" gives one statement by the agency;
    "Lee said the agency believes ..." gives it to the agency, whose verb it is.
    """
    speaker: Mention | None = getattr(att, "speaker", None)
    if speaker is None or holds_quotation_mark(sentence):
        return []
    vs, ve = getattr(att, "verb_start"), getattr(att, "verb_end")
    verb = sentence[vs:ve].strip().lower()
    if verb in ("declared", "declares") and not compiled(r"[^,.;]{0,40}?\bthat\b").match(sentence[ve:]):
        # "declared three days of mourning": an act, not words reported; "... and said the attackers would be
        # hunted down": the words are the later verb's
        later = AND_SAID_RE.search(sentence, ve)
        if later is None:
            return []
        vs, ve, verb = later.start("v"), later.end("v"), later.group("v").lower()
    if verb in NON_STATEMENT_VERBS or not (VERB_RE.fullmatch(sentence[vs:ve].strip()) or verb.startswith(("according", "citing", "as reported"))):
        return []
    body_end = len(sentence.rstrip().rstrip(".!?").rstrip())
    before, after = sentence[:vs], sentence[ve:body_end]
    pieces: list[tuple[int, int]] = []
    trailing = compiled(r",\s*([^,]*\w[^,]{0,80})$").search(before)
    if trailing is not None and compiled(r"\s*,").match(after):
        # "Their own losses, he said, amounted to ...": an interjected attribution; the content is both halves
        if figure_spans:
            return []
        comma = after.index(",") + 1
        text = (sentence[: trailing.start()] + " " + sentence[ve + comma : body_end].strip()).strip()
        if len(text.split()) < 4:
            return []
        return [Statement(Speaker(speaker.source.name, speaker.role), getattr(att, "source", None) or speaker.source, False,
                          text, (sent_start, sent_start + body_end))]
    after_main = compiled(r",|;").split(after, maxsplit=1)[0]
    tail_clause = compiled(r",\s*(?:adding|saying|warning|confirming|noting|insisting|arguing|stressing)\s+(?:that\s+)?").search(after)
    if trailing and compiled(r",\s*(?:which|who)\s+(?:\w+\s+)?").fullmatch(trailing.group(0)):
        trailing = None  # "the UNDP, which calculated that ...": what it said follows the verb
    if trailing and len(before[: trailing.start()].split()) >= 3 and (len(after_main.split()) <= 3 or not VERBISH_RE.search(after_main)) \
            and not compiled(r"\s*that\b").match(after):
        # "The North is preparing another deployment, the agency said on Monday."
        pieces.append((0, trailing.start()))
        if tail_clause:
            pieces.append((ve + tail_clause.end(), body_end))
    elif verb.startswith(("according", "citing", "as reported")) and len(before.strip(" ,").split()) >= 4 and compiled(r",\s*$").search(before):
        # "CONTENT, according to a report by X seen on Wednesday."
        pieces.append((0, len(before.rstrip(" ,"))))
    elif verb.startswith(("according", "citing", "as reported")) and not compiled(r"\w").search(after[after.find(",") + 1 :] if "," in after else ""):
        # "CONTENT, according to Seoul."
        if len(before.strip(" ,").split()) >= 3:
            pieces.append((0, len(before.rstrip(" ,"))))
    elif verb.startswith(("according", "citing", "as reported")):
        head = compiled(r"[^,]{1,80},\s*").match(after)
        if head and len(after[head.end() :].split()) >= 4:
            pieces.append((ve + head.end(), body_end))
    elif not headline or compiled(r"\s*(?:that\s+)?\w").match(after):
        lead = (CONTENT_LEAD_RE if verb in TELL_VERBS else CONTENT_TIMING_RE).match(after)
        cs = ve + (lead.end() if lead else 0)
        that = compiled(r"[^,;.]{0,90}?\bthat\s+").match(after)
        if verb in ("told", "tells", "tell", "briefed", "informed", "assured", "reminded", "urged") and that:
            cs = ve + that.end()
            lead = that
        elif verb in ("told", "tells", "tell", "briefed", "informed") and not compiled(r"\s*(?:the\s+)?(?:reporters|lawmakers|journalists|legislators|MPs|diplomats|members\s+of\s+parliament|"
                r"state\s+(?:media|television)|a\s+(?:news|press)\s+conference)\b", re.I).match(after):
            cs = body_end  # told an audience something the sentence does not say
        rest = sentence[cs:body_end]
        had_that = bool(lead and compiled(r"\bthat\s+$").search(lead.group(0)))
        # "said on Monday, as ...": no content clause follows, only circumstances
        that_after = None if had_that else THAT_AFTER_CIRCUMSTANCES_RE.match(rest)
        if that_after:
            # "said after calls with both leaders that ...": what was said follows the "that"
            cs += that_after.end()
            rest, had_that = sentence[cs:body_end], True
        if body_end - cs > 0 and (had_that or not compiled(r"\s*(?:[,;:(—–-]|(?:as|after|when|while|following|before|amid|in|at|during|on|the\s+first|adding|citing|according|without|but|and|which|who)\b)", re.I).match(rest)):
            pieces.append((cs, body_end))
    out: list[Statement] = []
    for ps, pe in pieces:
        # one statement a content clause: "... that X, and that Y"
        bounds = [ps] + [ps + m.end() for m in compiled(r",?\s+and\s+(?:(?:also\s+)?(?:said|assessed|added|warned|noted|believes|concluded|stressed|insisted|claimed)\s+)?that\s+|;\s+"
            r"|,?\s+and\s+(?:also\s+)?(?:said|assessed|added|warned|noted|concluded|stressed|insisted|claimed)\s+(?!that\b)"
            r"|,\s*(?:adding|saying|warning|confirming|noting|insisting|arguing|stressing)\s+(?:that\s+)?").finditer(sentence[ps:pe])] + [pe]
        for cs, ce in zip(bounds, bounds[1:]):
            seg = sentence[cs:ce]
            cut = compiled(r",?\s+and\s+(?:(?:also\s+)?(?:said|assessed|added|warned|noted|believes|concluded|stressed|insisted|claimed)\s+)?(?:that\s+)?$|;\s+$|,\s*(?:adding|saying|warning|confirming|noting|insisting|arguing|stressing)\s+(?:that\s+)?$").search(seg)
            if cut:
                ce = cs + cut.start()
                seg = sentence[cs:ce]
            relay = RELAY_TAIL_RE.search(seg)
            if relay:
                ce = cs + relay.start()  # "..., Rep. Lee Seong-kweun said": who relayed it, not what was said
                seg = sentence[cs:ce]
            lead_ws = len(seg) - len(seg.lstrip(" ,"))
            cs += lead_ws
            seg = sentence[cs:ce].rstrip(" ,")
            if len(seg.split()) < 3 or not VERBISH_RE.search(seg):
                continue
            if any(cs <= a < ce for a, _ in figure_spans) or COUNT_CLAUSE_RE.search(seg):
                continue  # a clause that holds a figure ("the number could pass 200,000") is no statement
            sp, src = speaker, getattr(att, "source", None)

            inner = INNER_RE.match(seg)
            if inner:
                r = memory.resolve(inner.group("head"))
                if r is not None and r.source.name != sp.source.name:
                    sp, src = r, r.source
                    cs += inner.start("rest")
                    seg = inner.group("rest")
            out.append(Statement(Speaker(sp.source.name, sp.role), src or sp.source, False, seg,
                                 (sent_start + cs, sent_start + cs + len(seg))))
    return out
