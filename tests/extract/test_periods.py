"""The period resolver: every form of docs/annotation.md's as_of section, against one publication date.

Publication is Thursday 27 March 2025 (``PUBLISHED``): the week before it
runs Monday 17 to Sunday 23 March, its month began on 1 March, and a month
named without a year is its latest occurrence not after publication.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tolltrack.extract.periods import find_periods

from .conftest import PUBLISHED
from .helpers import figures, only_figure


def resolve(text: str, published: dt.date | None = PUBLISHED) -> tuple[str | None, str | None]:
    found = find_periods(text, published)
    assert len(found) == 1, f"expected one period in {text!r}, got {[(p.period.text, p.period.start, p.period.end) for p in found]}"
    return found[0].period.start, found[0].period.end


FORMS = [
    # months, with and without a year
    ("The toll rose in January.", "2025-01-01", "2025-01-31"),
    ("The toll rose in February.", "2025-02-01", "2025-02-28"),
    ("The toll rose in November.", "2024-11-01", "2024-11-30"),
    ("The toll rose in December.", "2024-12-01", "2024-12-31"),
    ("The toll rose in January 2024.", "2024-01-01", "2024-01-31"),
    ("The toll rose in February 2024.", "2024-02-01", "2024-02-29"),
    ("The toll rose in Nov. 2023.", "2023-11-01", "2023-11-30"),
    ("The fighting in October 2022 was the fiercest.", "2022-10-01", "2022-10-31"),
    # early / mid / late
    ("Troops arrived in early February.", "2025-02-01", "2025-02-10"),
    ("Troops arrived in mid-February.", "2025-02-11", "2025-02-20"),
    ("Troops arrived in late February.", "2025-02-21", "2025-02-28"),
    ("Troops arrived in late December.", "2024-12-21", "2024-12-31"),
    ("Troops arrived in early January 2024.", "2024-01-01", "2024-01-10"),
    ("Troops arrived in mid-November 2024.", "2024-11-11", "2024-11-20"),
    ("Troops arrived in late February 2024.", "2024-02-21", "2024-02-29"),
    # as of / by
    ("The figure stood at 4,000 as of March 14.", "2025-03-14", "2025-03-14"),
    ("The figure stood at 4,000 as of mid-March.", "2025-03-11", "2025-03-20"),
    ("The figure reached 4,000 by late February.", "2025-02-21", "2025-02-28"),
    ("The figure reached 4,000 by the end of January.", "2025-01-21", "2025-01-31"),
    ("The figure reached 4,000 by early January.", "2025-01-01", "2025-01-10"),
    # one day
    ("The strike hit the market on March 3.", "2025-03-03", "2025-03-03"),
    ("The strike hit the market on 3 March.", "2025-03-03", "2025-03-03"),
    ("The strike hit the market on March 3, 2024.", "2024-03-03", "2024-03-03"),
    ("The strike hit the market on Feb. 12.", "2025-02-12", "2025-02-12"),
    ("The strike hit the market on 12 February 2023.", "2023-02-12", "2023-02-12"),
    # weekdays: the latest occurrence on or before publication
    ("The strike hit the market on Tuesday.", "2025-03-25", "2025-03-25"),
    ("The strike hit the market on Monday.", "2025-03-24", "2025-03-24"),
    ("The strike hit the market on Friday.", "2025-03-21", "2025-03-21"),
    ("The strike hit the market on Sunday.", "2025-03-23", "2025-03-23"),
    ("The strike hit the market on Thursday.", "2025-03-27", "2025-03-27"),
    ("The ministry said on Wednesday that the toll had risen.", "2025-03-26", "2025-03-26"),
    # last week / last month / this month / this year / yesterday
    ("Shelling intensified last week.", "2025-03-17", "2025-03-23"),
    ("Shelling intensified last month.", "2025-02-01", "2025-02-28"),
    ("Shelling intensified this month.", "2025-03-01", "2025-03-27"),
    ("Shelling intensified earlier this month.", "2025-03-01", "2025-03-27"),
    ("Shelling intensified this year.", "2025-01-01", "2025-03-27"),
    ("Shelling intensified yesterday.", "2025-03-26", "2025-03-26"),
    ("Shelling intensified earlier this week.", "2025-03-24", "2025-03-27"),
    ("Shelling intensified late last month.", "2025-02-21", "2025-02-28"),
    ("Shelling intensified at the end of last month.", "2025-02-21", "2025-02-28"),
    # the past 24 hours, the past day, the past week
    ("Twelve were killed in the past 24 hours.", "2025-03-26", "2025-03-27"),
    ("Twelve were killed over the past 24 hours.", "2025-03-26", "2025-03-27"),
    ("Twelve were killed over the past day.", "2025-03-26", "2025-03-27"),
    ("Twelve were killed in the past week.", "2025-03-20", "2025-03-27"),
    ("Twelve were killed over the weekend.", "2025-03-22", "2025-03-23"),
    # years
    ("Twelve were killed in 2023.", "2023-01-01", "2023-12-31"),
    ("Twelve were killed during 2022.", "2022-01-01", "2022-12-31"),
    # spans of months and weeks
    ("Shelling was heaviest between December and February.", "2024-12-01", "2025-02-28"),
    ("Shelling was heaviest between February and April 2024.", "2024-02-01", "2024-04-30"),
    ("Shelling was heaviest in the first week of December.", "2024-12-01", "2024-12-07"),
    ("Shelling was heaviest in the second week of February.", "2025-02-08", "2025-02-14"),
    ("Shelling was heaviest between January 10 and February 2.", "2025-01-10", "2025-02-02"),
    # seasons: meteorological, winter named by the year of its January
    ("Shelling was heaviest last summer.", "2024-06-01", "2024-08-31"),
    ("Shelling was heaviest in the summer of 2023.", "2023-06-01", "2023-08-31"),
    ("Shelling was heaviest in autumn 2023.", "2023-09-01", "2023-11-30"),
    ("Shelling was heaviest in the fall of 2023.", "2023-09-01", "2023-11-30"),
    ("Shelling was heaviest in winter 2024.", "2023-12-01", "2024-02-29"),
    ("Shelling was heaviest last winter.", "2024-12-01", "2025-02-28"),
    ("Shelling was heaviest in the spring of 2024.", "2024-03-01", "2024-05-31"),
    ("Shelling was heaviest last autumn.", "2024-09-01", "2024-11-30"),
    # halves and quarters of a year
    ("Clashes killed 1,300 people in the first half of 2018.", "2018-01-01", "2018-06-30"),
    ("Clashes killed 1,300 people in the second half of last year.", "2024-07-01", "2024-12-31"),
    ("Clashes killed 350 people in the first quarter of 2024.", "2024-01-01", "2024-03-31"),
    ("Clashes killed 350 people in the first half of this year.", "2025-01-01", "2025-03-27"),
    # two years joined by "to"
    ("The civil war of 2013 to 2018 killed an estimated 400,000 people.", "2013-01-01", "2018-12-31"),
]


@pytest.mark.parametrize("text,start,end", FORMS)
def test_period_forms(text: str, start: str, end: str) -> None:
    assert resolve(text) == (start, end)


SINCE = [
    # "since X": a running total from X to publication
    ("Deaths have risen since January.", "2025-01-01"),
    ("Deaths have risen since mid-February.", "2025-02-11"),
    ("Deaths have risen since February 24, 2022.", "2022-02-24"),
    ("Deaths have risen since 24 February 2022.", "2022-02-24"),
    ("Deaths have risen since 2023.", "2023-01-01"),
    ("Deaths have risen since October 2023.", "2023-10-01"),
    ("Deaths have risen since Monday.", "2025-03-24"),
    ("Deaths have risen since last week.", "2025-03-17"),
    ("Deaths have risen since the war began.", None),
    ("Deaths have risen since the start of the war.", None),
    ("Deaths have risen since the full-scale invasion.", None),
]


@pytest.mark.parametrize("text,start", SINCE)
def test_since_runs_to_publication(text: str, start: str | None) -> None:
    found = find_periods(text, PUBLISHED)
    assert len(found) == 1, [(p.period.text, p.period.start, p.period.end) for p in found]
    assert (found[0].period.start, found[0].period.end) == (start, "2025-03-27")
    assert found[0].since


NEVER_AFTER_PUBLICATION = [
    # The month of publication runs to publication, not to its last day.
    ("Twelve were killed in March.", "2025-03-01", "2025-03-27"),
    ("Twelve were killed in late March.", "2025-03-21", "2025-03-27"),
    # A month later in the year than publication is last year's.
    ("Twelve were killed in April.", "2024-04-01", "2024-04-30"),
    ("Twelve were killed in mid-October.", "2024-10-11", "2024-10-20"),
    # A day later in the month than publication is last year's.
    ("Twelve were killed on March 30.", "2024-03-30", "2024-03-30"),
    ("Twelve were killed this spring.", "2025-03-01", "2025-03-27"),
    ("Twelve were killed between January and March.", "2025-01-01", "2025-03-27"),
]


@pytest.mark.parametrize("text,start,end", NEVER_AFTER_PUBLICATION)
def test_never_after_publication(text: str, start: str, end: str) -> None:
    assert resolve(text) == (start, end)


@pytest.mark.parametrize("text", ["Twelve were killed in 2026.", "Twelve were killed in 2031."])
def test_a_year_after_publication_is_no_period(text: str) -> None:
    assert all(p.period.start is None or p.period.start <= "2025-03-27" for p in find_periods(text, PUBLISHED))
    assert not [p for p in find_periods(text, PUBLISHED) if p.period.start]


@pytest.mark.parametrize(
    "published",
    [dt.date(2024, 1, 1), dt.date(2024, 2, 29), dt.date(2024, 12, 31), dt.date(2025, 3, 27), dt.date(2023, 7, 9)],
)
@pytest.mark.parametrize(
    "text",
    [
        "in January", "in late December", "last week", "last month", "on Sunday", "on Monday", "this year",
        "in the past 24 hours", "over the weekend", "last winter", "this summer", "in the autumn", "since March",
        "as of mid-June", "on June 30", "on 31 December", "in the first week of December", "yesterday",
    ],
)
def test_no_period_ends_after_publication(text: str, published: dt.date) -> None:
    for p in find_periods(f"Twelve soldiers were killed {text}.", published):
        assert p.period.end is None or p.period.end <= published.isoformat(), p
        assert p.period.start is None or p.period.start <= published.isoformat(), p
        if p.period.start and p.period.end:
            assert p.period.start <= p.period.end, p


# --- without a publication date ------------------------------------------------

RELATIVE = [
    "Shelling intensified last week.",
    "Shelling intensified last month.",
    "Shelling intensified on Tuesday.",
    "Shelling intensified in the past 24 hours.",
    "Shelling intensified this year.",
    "Shelling intensified yesterday.",
    "Shelling intensified in January.",
    "Shelling intensified in mid-February.",
    "Shelling intensified last winter.",
    "Shelling intensified over the weekend.",
]


@pytest.mark.parametrize("text", RELATIVE)
def test_without_publication_relative_periods_keep_text_only(text: str) -> None:
    found = find_periods(text, None)
    assert len(found) == 1, found
    p = found[0].period
    assert (p.start, p.end) == (None, None)
    assert p.text and p.text in text


EXPLICIT = [
    ("Shelling intensified in January 2024.", "2024-01-01", "2024-01-31"),
    ("Shelling intensified on March 3, 2024.", "2024-03-03", "2024-03-03"),
    ("Shelling intensified in 2023.", "2023-01-01", "2023-12-31"),
    ("Shelling intensified in late February 2024.", "2024-02-21", "2024-02-29"),
]


@pytest.mark.parametrize("text,start,end", EXPLICIT)
def test_without_publication_explicit_dates_still_resolve(text: str, start: str, end: str) -> None:
    assert resolve(text, None) == (start, end)


# --- not periods ----------------------------------------------------------------

NOT_PERIODS = [
    "Officials may release the figures soon.",
    "The 2,000 troops moved north.",
    "Residents said they had nowhere to go.",
    "March on the capital, the rebels said.",
]


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_not_periods(text: str) -> None:
    assert find_periods(text, PUBLISHED) == []


# --- as_of on figures --------------------------------------------------------------

AS_OF = [
    ("At least 40 civilians were killed in Kharkiv last week, officials said.", "2025-03-17", "2025-03-23"),
    ("About 3,000 North Korean soldiers were killed or wounded by late February, the NIS said.", "2025-02-21", "2025-02-28"),
    ("Some 11,000 North Korean troops have been deployed to Kursk since October, the NIS said.", "2024-10-01", "2025-03-27"),
    # Failing a time of its own, the figure takes the date of its attribution.
    ("The ministry said on Monday that 120 soldiers had been captured.", "2025-03-24", "2025-03-24"),
    ("Twelve civilians were wounded in shelling, the governor said on Tuesday.", "2025-03-25", "2025-03-25"),
    ("At least 12,000 civilians have been killed since February 2022, the UN said on Friday.", "2022-02-01", "2025-03-27"),
    # The figure's own time beats the attribution's date.
    ("Ukraine's General Staff said on Friday that at least 12,000 Russian soldiers had been killed since February.",
              "2025-02-01", "2025-03-27"),
]


@pytest.mark.parametrize("text,start,end", AS_OF)
def test_figure_as_of(run, text: str, start: str, end: str) -> None:
    f = only_figure(run(text))
    assert f.as_of is not None
    assert (f.as_of.start, f.as_of.end) == (start, end)


def test_dateline_is_not_an_as_of(run) -> None:
    text = "SEOUL, March 14 -- About 300 North Korean soldiers have been killed, a lawmaker said."
    f = only_figure(run(text))
    assert f.as_of is None or f.as_of.start != "2025-03-14"


def test_figure_without_time_has_no_as_of(run) -> None:
    assert only_figure(run("About 300 soldiers were killed, the army said.")).as_of is None


def test_figure_without_publication_keeps_relative_text(run) -> None:
    f = only_figure(run("At least 40 civilians were killed in Kharkiv last week, officials said.", None))
    assert f.as_of is not None
    assert (f.as_of.start, f.as_of.end) == (None, None)
    assert "last week" in f.as_of.text


def span_of(f) -> tuple:
    return (f.as_of.start, f.as_of.end) if f.as_of else None


def test_since_a_date_when_a_figure_dates_the_figure_to_it(run) -> None:
    f = only_figure(run("It was the deadliest attack since October 2017, when a truck bomb killed more than 500 people in Mogadishu."))
    assert span_of(f) == ("2017-10-01", "2017-10-31")


def test_the_date_a_study_was_published_does_not_date_its_figure(run) -> None:
    text = ("Researchers estimate, in a study published on Thursday, that 64,260 people died in Gaza "
            "between October 7, 2023 and the end of June 2024.")
    assert span_of(only_figure(run(text))) == ("2023-10-07", "2024-06-30")


def test_over_that_period_and_at_the_time_refer_to_the_last_figure(run) -> None:
    text = ("The agency counted 4,000 displaced people in Goma in December 2024. "
            "Across the province, it counted 2.6 million displaced people at the time.")
    assert [span_of(f) for f in figures(run(text))] == [("2024-12-01", "2024-12-31")] * 2


def test_a_dateline_with_two_cities_does_not_date_the_figure(run) -> None:
    text = ("GENEVA / BUJUMBURA, 21 February 2025 — More than 40,000 Congolese have crossed into Burundi "
            "in the past two weeks, UNHCR said today.")
    assert span_of(only_figure(run(text, dt.date(2025, 2, 21)))) == ("2025-02-07", "2025-02-21")


def test_in_n_weeks_is_the_last_n_weeks(run) -> None:
    f = only_figure(run("More than 40,000 Congolese fled into Burundi in two weeks, UNHCR said.", dt.date(2025, 2, 21)))
    assert span_of(f) == ("2025-02-07", "2025-02-21")
    g = only_figure(run("The militia killed 40 people over two days in late November.", dt.date(2025, 2, 21)))
    assert span_of(g) == ("2024-11-21", "2024-11-30")


def test_a_deadline_to_come_is_no_period_and_last_year_stays_last_year() -> None:
    assert find_periods("All of them would leave by August 31.", dt.date(2021, 8, 27)) == []
    (p,) = find_periods("since the war began on April 15 last year", dt.date(2024, 4, 12))
    assert (p.period.start, p.period.end) == ("2023-04-15", "2024-04-12")


def test_the_same_four_days_are_the_last_figures_period(run) -> None:
    records = run("Between May 7 and May 10, 35 Pakistani soldiers died in artillery duels, Ghai said. "
                  "He said five Indian soldiers had been killed over the same four days.", published=dt.date(2025, 5, 12))
    f = [r for r in figures(records) if r.value.low == 5][0]
    assert f.as_of is not None and (f.as_of.start, f.as_of.end) == ("2025-05-07", "2025-05-10")


def test_a_dateline_in_any_alphabet_dates_no_figure(run) -> None:
    f = only_figure(run("CÚCUTA, Colombia, Jan 22 -- The government said that more than 32,000 people had been forced "
                        "from their homes since Thursday.", published=dt.date(2025, 1, 22)))
    assert f.as_of is not None and (f.as_of.start, f.as_of.end) == ("2025-01-16", "2025-01-22")


@pytest.mark.parametrize("text,start,end", [
    # the year named at the end of a span is its start's too
    ("Some 800,000 people were killed in Rwanda between April 7 and July 1994.", "1994-04-07", "1994-07-31"),
    # months back are calendar months
    ("Some 150,000 Rohingya have arrived in Bangladesh in 18 months.", "2023-09-27", "2025-03-27"),
    ("About 30,000 fled in the past six months.", "2024-09-27", "2025-03-27"),
])
def test_spans_named_loosely(text: str, start: str, end: str) -> None:
    assert resolve(text) == (start, end)


def test_since_the_attack_runs_from_the_attack_the_article_dated(run) -> None:
    from .helpers import only_figure

    f = only_figure(run("OUAGADOUGOU -- Gunmen attacked Seytenga on Saturday, June 11. About 16,000 people have fled "
                        "Seytenga since the attack, UNHCR said on Tuesday.", published=dt.date(2022, 6, 16)))
    assert f.as_of is not None and (f.as_of.start, f.as_of.end, f.as_of.text) == ("2022-06-11", "2022-06-16", "since the attack")


def test_a_date_after_telling_a_committee_is_the_telling_not_the_event(run) -> None:
    from .helpers import only_figure

    f = only_figure(run("Uganda's army told parliament's defence committee on Wednesday that 42 people were killed in last "
                        "week's attack on a school.", published=dt.date(2023, 6, 22)))
    assert f.as_of is not None and (f.as_of.start, f.as_of.end) == ("2023-06-12", "2023-06-18")
