"""Numbers that are not figures, zero figures, and projections (docs/annotation.md, Which figures)."""

from __future__ import annotations

import pytest

from .helpers import figures, only_figure, value

NOT_FIGURES = [
    # ages
    "A 19-year-old soldier was killed.",
    "The 45-year-old commander was wounded.",
    "The strike killed a 70-year-old man.",
    # years and dates
    "The war began in 2022.",
    "Fighting has raged since 2014 in the Donbas.",
    "The strike on March 14 hit a school.",
    # times
    "The attack began at 4:30 a.m. local time.",
    "The attack began at 0430 GMT.",
    # money
    "The US approved $300 million in military aid.",
    "The damage was estimated at 1.2 billion euros.",
    "The war has cost 1.5 trillion dollars.",
    # equipment
    "Russia fired 40 missiles and 100 drones overnight.",
    "Ukraine received 31 Abrams tanks.",
    "Two F-16 fighter jets were shot down.",
    "The Su-25 jet crashed.",
    "Patriot batteries intercepted 12 missiles.",
    "Russia has lost 3,000 tanks since the invasion began.",
    "Ukraine shot down 40 drones overnight.",
    "The army lost a third of its tanks.",
    # unit names and ordinals
    "The 11th Corps was moved to the front.",
    "The 155th Marine Brigade lost ground.",
    "The 3rd Assault Brigade holds the line.",
    "It was the third attack this week.",
    "The first soldier was killed on Monday.",
    # distances and durations
    "The convoy was 20 kilometres from the border.",
    "Troops advanced 5 miles overnight.",
    "The siege lasted 90 days.",
    "He served 25 years in the army.",
    # events, places, things
    "Russian forces launched three attacks on the town.",
    "Rebels captured 12 villages.",
    "About 500 homes were destroyed.",
    # shares of territory and budgets
    "The army controls 40 percent of the territory.",
    "The ministry spent 30 percent of its budget on defence.",
    "Russia holds 20% of Ukraine.",
    "Bread prices rose 30 percent.",
    # other numbers
    "Resolution 2334 was adopted.",
    "The UN Security Council voted 13-0 to condemn the attack.",
    "Temperatures fell to minus 20 degrees.",
    "The 2,000-page report was released.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_figure(run, text: str) -> None:
    assert figures(run(text)) == []


# The number that is a figure, beside one that is not.

ONLY_THE_FIGURE = [
    ("Ukraine's 47th Mechanized Brigade lost 300 men.", ("casualties", 300)),
    ("In 2023, 300 soldiers were killed.", ("killed", 300)),
    ("On March 14, 12 civilians were killed.", ("killed", 12)),
    ("Kursk lies 500 kilometres south of Moscow, where 300 soldiers were killed.", ("killed", 300)),
    ("A 12-year-old boy was among 40 people killed.", ("killed", 40)),
    ("The 12 soldiers killed were all from the 3rd Brigade.", ("killed", 12)),
    ("The attack at 10 p.m. killed 4 people.", ("killed", 4)),
    ("The $2 billion aid package was approved as 45 soldiers were killed.", ("killed", 45)),
    ("Russia fired 120 missiles and killed 12 people.", ("killed", 12)),
    ("Two soldiers, aged 19 and 23, were killed.", ("killed", 2)),
    ("Two brothers, 8 and 10, were killed.", ("killed", 2)),  # ages in an apposition
    ("The army lost 12 helicopters and 300 soldiers.", ("casualties", 300)),  # the verb governs both objects
]


@pytest.mark.parametrize("text,expected", ONLY_THE_FIGURE)
def test_only_the_figure(run, text: str, expected: tuple) -> None:
    f = only_figure(run(text))
    assert (f.metric, f.value.low) == expected


def test_subset_in_an_apposition(run) -> None:
    got = [(f.metric, f.subject.role, f.value.low) for f in figures(run("Twelve people, including three children, were killed on Tuesday."))]
    assert got == [("killed", "unknown", 12), ("killed", "civilian", 3)]
    got = [(f.metric, f.value.low) for f in figures(run("At least 40 people, among them 12 children, were killed in the strike."))]
    assert got == [("killed", 40), ("killed", 12)]


def test_subset_after_the_figure(run) -> None:
    got = [(f.metric, f.value.low) for f in figures(run("At least 40 civilians were killed in Kharkiv, including 12 children."))]
    assert got == [("killed", 40), ("killed", 12)]


ZERO = [
    ("No one was killed in the attack.", "killed"),
    ("Nobody was hurt.", "wounded"),
    ("There were no casualties.", "casualties"),
    ("No civilians were injured in the strike.", "wounded"),
    ("No one was killed, the governor said.", "killed"),
]


@pytest.mark.parametrize("text,metric", ZERO)
def test_zero_is_an_exact_figure(run, text: str, metric: str) -> None:
    f = only_figure(run(text))
    assert (f.metric, *value(f)) == (metric, 0, 0, "exact")


NOT_ZERO = [
    "No one knows how many soldiers have been killed.",
    "There was no official figure for the dead.",
    "None of the claims could be verified.",
    "No details of the casualties were given.",
]


@pytest.mark.parametrize("text", NOT_ZERO)
def test_no_without_a_count_is_not_zero(run, text: str) -> None:
    assert [f for f in figures(run(text)) if f.value.low == 0] == []


PROJECTIONS = [
    ("The death toll could reach 10,000, the UN warned.", ("killed", 10_000)),
    ("The number of displaced may rise to 2 million.", ("displaced", 2_000_000)),
    ("If the fighting continues, as many as 50,000 people could be forced to flee.", ("displaced", 50_000)),
    ("Deaths are expected to exceed 5,000 by the summer.", ("killed", 5_000)),  # more than 5,000: the low end
    ("Officials fear the toll could double to 600.", ("killed", 600)),
]


@pytest.mark.parametrize("text,expected", PROJECTIONS)
def test_projection_is_kept_and_marked(run, text: str, expected: tuple) -> None:
    f = only_figure(run(text))
    assert (f.metric, f.value.high if f.value.high is not None else f.value.low) == expected
    assert f.projection is True
    assert f.to_dict()["projection"] is True


REPORTED = [
    "At least 10,000 people have been killed, the UN said.",
    "The death toll reached 10,000 on Monday.",
    "About 2 million people have been displaced.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_a_reported_figure_is_no_projection(run, text: str) -> None:
    f = only_figure(run(text))
    assert f.projection is False
    assert "projection" not in f.to_dict()


def test_nobody_who_counted_is_no_zero(run) -> None:
    assert figures(run("Ethiopia and Eritrea make peace, but nobody has counted the dead of their war.")) == []
    assert [(f.metric, f.value.low) for f in figures(run("No one has been killed since Friday."))] == [("killed", 0)]
