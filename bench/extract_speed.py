"""How fast the extractor reads conflict reporting, beside quantulum3 on the same text.

Generates a corpus of news-like articles of its own (wire stories, briefing
write-ups, live-blog entries; most sentences hold no figure, as in real
reporting), then measures in one run, on one core:

- tolltrack: ``tolltrack.extract(text, published)`` over every article;
- quantulum3 0.10.0 with its classifier off: ``parser.parse(text)`` over the
  same articles (or a leading subsample of them, ``--q-words``);

and prints words per second for each and the ratio.

Usage: python bench/extract_speed.py [--mb 2] [--seed 7] [--q-words N]
Target: tolltrack at least 10x quantulum3's words per second.
"""

from __future__ import annotations

import os

# One core: no thread pools in numerical libraries, set before anything imports them.
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS",
             "VECLIB_MAXIMUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# --- the corpus ---------------------------------------------------------------

CONFLICTS = [
    {
        "cities": ["Kharkiv", "Zaporizhzhia", "Kherson", "Sumy", "Pokrovsk", "Dnipro", "Odesa"],
        "dateline": ["KYIV", "KHARKIV", "ZAPORIZHZHIA"],
        "forces": ["Russian", "Ukrainian", "North Korean"],
        "sources": ["Ukraine's General Staff", "the Russian defence ministry", "the regional governor",
                    "Ukraine's military intelligence", "the UN human rights monitoring mission", "the ISW"],
        "country": "Ukraine",
    },
    {
        "cities": ["El Fasher", "Khartoum", "Omdurman", "Wad Madani", "Nyala", "Kassala"],
        "dateline": ["PORT SUDAN", "KHARTOUM", "NAIROBI"],
        "forces": ["RSF", "Sudanese army", "SAF"],
        "sources": ["the Sudan Doctors Network", "the UN refugee agency", "the health ministry",
                    "Emergency Lawyers", "the International Organization for Migration", "local activists"],
        "country": "Sudan",
    },
    {
        "cities": ["Goma", "Bukavu", "Sake", "Uvira", "Rutshuru", "Masisi"],
        "dateline": ["GOMA", "KINSHASA", "KIGALI"],
        "forces": ["M23", "Congolese", "Rwandan", "Burundian"],
        "sources": ["the UN humanitarian office", "the Congolese government", "the Red Cross",
                    "Doctors Without Borders", "a UN spokesperson", "the provincial governor"],
        "country": "DR Congo",
    },
    {
        "cities": ["Sittwe", "Lashio", "Myawaddy", "Mandalay", "Kyaukphyu", "Hpakant"],
        "dateline": ["YANGON", "BANGKOK", "CHIANG MAI"],
        "forces": ["junta", "Arakan Army", "Myanmar army", "resistance"],
        "sources": ["the AAPP", "the UN refugee agency", "the junta's information team",
                    "the National Unity Government", "local aid groups", "the Arakan Army"],
        "country": "Myanmar",
    },
    {
        "cities": ["Marib", "Hodeidah", "Taiz", "Saada", "Aden", "Sanaa"],
        "dateline": ["ADEN", "SANAA", "RIYADH"],
        "forces": ["Houthi", "Saudi", "Yemeni government"],
        "sources": ["the Houthi-run health ministry", "the World Health Organization", "ACLED",
                    "the Saudi-led coalition", "Save the Children", "the UN envoy's office"],
        "country": "Yemen",
    },
]

FIRST = ["Amal", "Oleksandr", "Lee", "Maria", "Ibrahim", "Thandiwe", "Kyaw", "Sara", "Yusuf", "Hanna",
         "Dmytro", "Fatima", "Jean-Pierre", "Aung", "Nadia", "Omar", "Ruth", "Viktor", "Grace", "Tomas"]
LAST = ["Idris", "Petrenko", "Seong-kweun", "Kovalenko", "Mahmoud", "Nkosi", "Min Thu", "Haddad", "Bakr",
        "Lindqvist", "Shevchuk", "Osman", "Mukendi", "Naing", "Rahman", "Farouk", "Okafor", "Marchenko",
        "Dube", "Novak"]
TITLES = ["spokesperson", "spokesman", "regional governor", "commander", "aid official", "analyst",
          "lawmaker", "doctor", "resident", "mayor"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
HEDGES = ["", "", "", "at least ", "more than ", "about ", "some ", "nearly ", "up to ", "an estimated ",
          "around ", "as many as ", "over ", "roughly "]
VAGUE = ["dozens of", "hundreds of", "thousands of", "tens of thousands of", "a dozen", "scores of"]
WORD_NUMBERS = ["two", "three", "five", "seven", "eleven", "twelve", "twenty", "forty", "two dozen"]

FIGURES = [
    "{hedge}{n} civilians were killed in {city} {when}, {source} said.",
    "{source_cap} said {hedge}{n} {force} soldiers had been killed or wounded near {city} {when}.",
    "According to {source}, {hedge}{n} people have fled their homes in {city} since {month}.",
    "{hedge_cap}{n} people were wounded when shells struck a market in {city}, {person} told reporters.",
    "The strike killed {n} people and injured {n2}, {source} said {when}.",
    "{source_cap} estimated that {hedge}{n} fighters had been captured during the offensive.",
    "{vague_cap} families were sheltering in schools and mosques in {city}, {source} said.",
    "Some {n} {force} troops have been deployed to the area, {source} said.",
    "The death toll from the attack on {city} rose to {n}, {source} said {when}.",
    "{hedge_cap}{n} people remain missing after the fighting around {city}.",
    "{word_cap} aid workers were among those killed, {person} said.",
    "{source_cap} said {hedge}{n} {force} fighters were killed and {n2} wounded in clashes near {city}.",
    "No one was killed in the overnight strike on {city}, {person}, the {title}, said.",
    "Between {n} and {n3} people have been displaced from {city} {when}, {source} said.",
    "The number of refugees who crossed the border from {city} has passed {n}, {source} said.",
]

FILLER = [
    "Residents described hearing explosions for several hours before dawn.",
    "The claims could not be independently verified.",
    "Aid agencies have repeatedly called for a pause in the fighting to allow convoys through.",
    "Talks between the two sides are expected to resume later this month.",
    "Roads into {city} remained closed on {weekday}, and power had not been restored.",
    "Officials gave no further details of the operation.",
    "The government has not commented on the reports.",
    "Satellite images published last week showed widespread damage to the town's centre.",
    "The front line has barely moved in recent weeks despite heavy shelling on both sides.",
    "Humanitarian groups say access to the area has become increasingly difficult.",
    "Mobile networks in {city} were down for most of the day, residents said.",
    "The hospital in {city} is running short of fuel for its generators.",
    "Diplomats in Geneva described the latest round of talks as constructive but inconclusive.",
    "Prices of bread and cooking oil in {city} have doubled since the start of the year.",
    "The offensive began in {month} after weeks of build-up along the river.",
    "Analysts said the capture of the crossroads would give the attackers control of a key supply route.",
    "Schools in the district have been closed since the autumn.",
    "Footage shared on social media showed smoke rising over the industrial zone.",
    "The fighting has also damaged water pumping stations serving much of the city.",
    "Both sides accuse each other of targeting civilian infrastructure.",
    "A ceasefire agreed in {month} collapsed within days.",
    "The region has seen repeated waves of violence since the war began in 2023.",
    "Local volunteers have set up kitchens to feed those who stayed behind.",
    "The road to the border is lined with abandoned vehicles and burned-out trucks.",
    "Engineers worked through the night to repair the damaged bridge.",
    "Farmers say they have been unable to reach their fields for most of the season.",
    "The World Bank estimates reconstruction will cost $12 billion over the next decade.",
    "The army said it had destroyed 14 drones and two armoured vehicles overnight.",
    "Heavy rain has turned many of the roads near {city} into mud, slowing both sides.",
    "The UN Security Council is due to discuss the situation on {weekday}.",
    "Observers noted that the 5th Brigade had been moved north earlier in the year.",
    "Fuel convoys have been stopped at checkpoints for days at a time.",
    "Journalists have been barred from entering the area without an escort.",
    "The governor urged residents to stay in shelters during air raid alerts.",
    "Several embassies have advised their citizens to leave the country.",
    "The conflict has drawn in regional powers, each backing a different faction.",
    "Relief flights resumed on {weekday} after a pause of almost two weeks.",
    "The curfew in {city} was extended until further notice.",
    "Ambulances could not reach the worst-hit neighbourhoods because of debris.",
    "Officials said the evacuation train left {city} at 6:40 a.m. on {weekday}.",
]

QUOTES = [
    "\"We have nothing left here,\" said {person}, a {title} in {city}. \"Everyone who could leave has gone.\"",
    "\u201cThe situation is catastrophic,\u201d {person} said. \u201cWe are running out of everything.\u201d",
    "\"We will not abandon our positions,\" the {title} told reporters in {city}.",
    "{person}, a {title}, said: \"The shelling starts every night at the same hour.\"",
]

REPORTED = [
    "{source_cap} believes the attackers are preparing a new push towards {city}.",
    "{person} warned that the humanitarian situation in {city} could deteriorate further.",
    "{source_cap} said it suspects foreign fighters are involved in the assault.",
]


def _number(rng: random.Random) -> int:
    scale = rng.choice([100, 1_000, 1_000, 10_000, 100_000])
    return rng.randint(scale // 10 + 1, scale)


def _fmt(n: int) -> str:
    return f"{n:,}"


def article(rng: random.Random, i: int) -> tuple[str, dt.date]:
    """One article: a headline, a dateline, then four to eleven paragraphs."""
    c = rng.choice(CONFLICTS)
    published = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(365))

    def person() -> str:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    def fill(template: str) -> str:
        n = _number(rng)
        source = rng.choice(c["sources"])
        hedge = rng.choice(HEDGES)
        vague = rng.choice(VAGUE)
        word = rng.choice(WORD_NUMBERS)
        when = rng.choice(["on " + rng.choice(WEEKDAYS), "last week", "overnight", "in the past 24 hours",
                           "in " + rng.choice(MONTHS), "in late " + rng.choice(MONTHS), "since the war began", ""])
        return " ".join(template.format(
            n=_fmt(n), n2=_fmt(rng.randint(1, max(2, n * 3))), n3=_fmt(n + rng.randint(1, n + 1)),
            hedge=hedge, hedge_cap=hedge[:1].upper() + hedge[1:] if hedge else "", city=rng.choice(c["cities"]),
            force=rng.choice(c["forces"]), source=source, source_cap=source[0].upper() + source[1:],
            person=person(), title=rng.choice(TITLES), when=when, month=rng.choice(MONTHS),
            weekday=rng.choice(WEEKDAYS), vague_cap=vague[0].upper() + vague[1:], word_cap=word.capitalize(),
        ).split())

    city = rng.choice(c["cities"])
    headline = rng.choice([
        f"Fighting intensifies around {city} as aid groups warn of shortages",
        f"{_fmt(_number(rng))} killed in {city} strikes, officials say",
        f"Talks stall as shelling of {city} continues",
        f"Thousands flee {city} after new offensive",
    ])
    paragraphs: list[str] = []
    for p in range(rng.randint(4, 11)):
        sentences: list[str] = []
        for _ in range(rng.randint(1, 4)):
            roll = rng.random()
            if roll < 0.16:
                sentences.append(fill(rng.choice(FIGURES)))
            elif roll < 0.22:
                sentences.append(fill(rng.choice(QUOTES)))
            elif roll < 0.27:
                sentences.append(fill(rng.choice(REPORTED)))
            else:
                sentences.append(fill(rng.choice(FILLER)))
        text = " ".join(sentences)
        if p == 0:
            text = f"{rng.choice(c['dateline'])}, {published:%B} {published.day} -- {text}"
        paragraphs.append(text)
    return f"{headline}\n\n" + "\n".join(paragraphs) + "\n", published


def corpus(megabytes: float, seed: int = 7) -> list[tuple[str, dt.date]]:
    """Articles until the corpus holds ``megabytes`` of UTF-8 text."""
    rng = random.Random(seed)
    out: list[tuple[str, dt.date]] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        text, published = article(rng, len(out))
        out.append((text, published))
        size += len(text.encode("utf-8"))
    return out


def words(texts: Sequence[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --- measuring ------------------------------------------------------------------


def one_core() -> str:
    """Pin this process to one CPU where the platform allows it."""
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity); thread pools limited to 1"


def timed(fn: Callable[[str, dt.date], object], items: Sequence[tuple[str, dt.date]]) -> float:
    start = time.perf_counter()
    for text, published in items:
        fn(text, published)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="corpus size in MB of text (default 2; at least 2 for the target)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--q-words", type=int, default=0,
                    help="words of the corpus quantulum3 reads, from its start (default 0: all of it)")
    args = ap.parse_args()

    pinned = one_core()
    items = corpus(args.mb, args.seed)
    texts = [t for t, _ in items]
    n_words = words(texts)
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    from tolltrack.extract import extract

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns when its classifier's dependencies are absent
        from quantulum3 import classifier as q_classifier
        from quantulum3 import parser as q_parser
    q_classifier.USE_CLF = False  # 0.10.0 has no argument for it: the module switch turns the classifier off

    # Load tables, compile patterns and fill caches before timing: a few articles through each.
    for text, pub in items[:20]:
        extract(text, pub)
        q_parser.parse(text)

    t_s = timed(lambda text, pub: extract(text, pub), items)
    records = sum(len(extract(t, p)) for t, p in items[:50])
    q_found = sum(len(q_parser.parse(t)) for t, _ in items[:50])

    q_items: list[tuple[str, dt.date]] = []
    q_n = 0
    for text, pub in items:
        if args.q_words and q_n >= args.q_words:
            break
        q_items.append((text, pub))
        q_n += len(text.split())
    q_s = timed(lambda text, pub: q_parser.parse(text), q_items)
    subsample = len(q_items) < len(items)
    # tolltrack on exactly quantulum3's subsample too, so the ratio compares the same text.
    t_sub_s = timed(lambda text, pub: extract(text, pub), q_items) if subsample else t_s

    t_rate = n_words / t_s
    t_sub_rate = q_n / t_sub_s
    q_rate = q_n / q_s
    part = f"first {len(q_items)} articles" if subsample else "all articles"
    print(f"corpus: {len(items)} articles, {size_mb:.2f} MB, {n_words:,} words (seed {args.seed}); {pinned}")
    print(f"in the first 50 articles: {records} tolltrack records, {q_found} quantulum3 quantities")
    print(f"tolltrack   {'all articles':18} {n_words:>10,} words  {t_s:8.2f} s  {t_rate:>10,.0f} words/s")
    if subsample:
        print(f"tolltrack   {part:18} {q_n:>10,} words  {t_sub_s:8.2f} s  {t_sub_rate:>10,.0f} words/s")
    print(f"quantulum3  {part:18} {q_n:>10,} words  {q_s:8.2f} s  {q_rate:>10,.0f} words/s  (classifier off)")
    ratio = t_sub_rate / q_rate
    verdict = "meets" if ratio >= 10 else "misses"
    print(f"ratio on the same text: {ratio:.1f}x quantulum3's words/s (target >= 10x: {verdict})")


if __name__ == "__main__":
    main()
