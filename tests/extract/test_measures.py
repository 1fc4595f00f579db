"""Measures: which metric a figure counts, from the words reporting uses (docs/annotation.md, Metric)."""

from __future__ import annotations

import pytest

from .helpers import figures, only_figure, value

METRICS = [
    # killed
    ("At least 45 people were killed in the strike.", "killed"),
    ("The strike killed 45 people.", "killed"),
    ("The shelling left 45 people dead.", "killed"),
    ("There were 45 deaths in the city last week.", "killed"),
    ("The death toll stood at 45,000.", "killed"),
    ("The number of dead reached 45,000.", "killed"),
    ("The death toll rose to 45,000.", "killed"),
    ("The toll climbed to 45,000 on Monday.", "killed"),
    ("Some 45 soldiers lost their lives in the assault.", "killed"),
    ("The army reported 45 fatalities.", "killed"),
    ("Twelve soldiers died in the attack.", "killed"),
    ("Twelve soldiers were killed in action.", "killed"),
    ("Twelve civilians were shot dead at the checkpoint.", "killed"),
    ("Rescuers recovered 12 bodies from the rubble.", "killed"),
    ("The bodies of 12 soldiers were recovered.", "killed"),
    # wounded
    ("The strike injured 45 people.", "wounded"),
    ("Some 45 civilians were hurt.", "wounded"),
    ("Two medics were injured.", "wounded"),
    ("About 60 soldiers were wounded near the river.", "wounded"),
    # casualties
    ("About 3,000 North Korean soldiers were killed or wounded.", "casualties"),
    ("About 3,000 soldiers were killed and wounded, taken together.", "casualties"),
    ("The army has suffered 4,000 casualties.", "casualties"),
    ("Russian losses stand at 600,000.", "casualties"),
    ("Russia has lost 600,000 troops since the invasion began.", "casualties"),
    ("Around 400 soldiers were put out of action.", "casualties"),
    ("The battalion lost 40 men.", "casualties"),
    # missing
    ("About 80 Russian soldiers are missing in action.", "missing"),
    ("About 80 people were unaccounted for.", "missing"),
    ("Some 20 people remain missing after the strike.", "missing"),
    # captured
    ("About 80 soldiers were taken prisoner.", "captured"),
    ("Ukraine holds 80 POWs.", "captured"),
    ("Ukraine holds 80 prisoners of war.", "captured"),
    ("More than 200 people were abducted by gunmen.", "captured"),
    ("Two journalists were detained.", "captured"),
    ("Ukraine said its forces had captured 80 North Korean soldiers.", "captured"),
    ("Gunmen are holding 40 hostages.", "captured"),
    # deployed and reinforcements
    ("A 4,000-strong force was sent to Kursk.", "deployed"),
    ("North Korea sent about 11,000 troops to Russia.", "deployed"),
    ("About 11,000 North Korean troops are stationed in Kursk.", "deployed"),
    ("Russia has deployed 50,000 soldiers to the region.", "deployed"),
    ("Pyongyang dispatched an additional 3,000 troops in January.", "reinforcements"),
    ("A further 1,500 soldiers arrived as reinforcements.", "reinforcements"),
    # displaced
    ("More than 80,000 people have fled their homes.", "displaced"),
    ("There are now 80,000 refugees in Chad.", "displaced"),
    ("More than 12 million people have been forced from their homes.", "displaced"),
    ("About 500 people were evacuated from the town.", "displaced"),
    ("Nearly 150,000 people are sheltering in schools.", "displaced"),
    ("The fighting has displaced 300,000 people.", "displaced"),
]


@pytest.mark.parametrize("text,metric", METRICS)
def test_metric(run, text: str, metric: str) -> None:
    assert only_figure(run(text)).metric == metric


TWO_FIGURES = [
    ("300 killed and 2,700 wounded",
     [("killed", 300, 300, "exact"), ("wounded", 2700, 2700, "exact")]),
    ("The army reported 300 killed and 2,700 wounded.",
     [("killed", 300, 300, "exact"), ("wounded", 2700, 2700, "exact")]),
    ("The strike killed 12 people and injured 40.",
     [("killed", 12, 12, "exact"), ("wounded", 40, 40, "exact")]),
    ("Twelve people were killed and 40 were wounded.",
     [("killed", 12, 12, "exact"), ("wounded", 40, 40, "exact")]),
    ("At least 12 people were killed and 40 injured, and 200 more fled.",
     [("killed", 12, None, "at_least"), ("wounded", 40, None, "at_least"), ("displaced", 200, None, "at_least")]),
]


@pytest.mark.parametrize("text,expected", TWO_FIGURES)
def test_killed_and_wounded_are_separate_figures(run, text: str, expected: list) -> None:
    assert [(f.metric, *value(f)) for f in figures(run(text))] == expected


SHARES = [
    ("North Korean units have lost some 30 percent of their men.", ("casualties", 30, 30, "approx")),
    ("The brigade lost roughly a third of its personnel.", ("casualties", 33.3, 33.3, "approx")),
    ("Roughly a third of the corps was put out of action.", ("casualties", 33.3, 33.3, "approx")),
    ("Half of the battalion was killed or wounded.", ("casualties", 50, 50, "exact")),
    ("About 40% of the unit's soldiers were killed.", ("killed", 40, 40, "approx")),
]


@pytest.mark.parametrize("text,expected", SHARES)
def test_shares_of_a_force_are_percent(run, text: str, expected: tuple) -> None:
    f = only_figure(run(text))
    assert (f.metric, *value(f)) == expected
    assert f.unit == "percent"


def test_counts_are_people(run) -> None:
    assert only_figure(run("About 3,000 soldiers were killed or wounded.")).unit == "people"


def test_a_part_does_not_say_what_the_whole_counts(run) -> None:
    text = ("The JCS said North Korean casualties had passed 4,000 by mid-March. "
            "In late April, the NIS told lawmakers that the number stood at about 4,700, some 600 of them killed.")
    got = [(f.metric, f.value.low, f.subject.party) for f in figures(run(text))]
    assert got == [("casualties", 4000, "North Korea"), ("casualties", 4700, "North Korea"), ("killed", 600, "North Korea")]


def test_a_place_in_the_headline_is_not_the_force_the_story_is_about(run) -> None:
    text = ("Counting North Korea's war: how the estimates of its losses in Russia grew\n\n"
            "North Korean troops fought in Kursk. The JCS said the casualty count had passed 4,000 by mid-March.")
    assert figures(run(text))[-1].subject.party == "North Korea"


@pytest.mark.parametrize("text,metric,low", [
    ("Between 5,000 and 13,000 people were hanged at the prison.", "killed", 5000),
    ("At least 315 people were lynched by self-defence groups.", "killed", 315),
    ("The office recorded 4,789 killings that year.", "killed", 4789),
    ("More than 6 million Syrian refugees live abroad.", "displaced", 6000000),
])
def test_killing_verbs_and_a_verb_that_ends_the_noun_phrase(run, text: str, metric: str, low: int) -> None:
    f = only_figure(run(text))
    assert (f.metric, f.value.low) == (metric, low)


def test_the_victims_were_parts_of_the_figure_before(run) -> None:
    text = "At least 207 people were killed in the attack, the office said. The victims were 134 men and 73 women."
    assert [(f.metric, f.value.low) for f in figures(run(text))] == [("killed", 207), ("killed", 134), ("killed", 73)]


def test_a_count_the_sentence_has_that_is_no_figure_owns_its_parts(run) -> None:
    text = ("At least 30 migrants were killed. The group said it had interviewed 42 people, "
            "including 38 Ethiopians who had attempted the crossing.")
    assert [f.value.low for f in figures(run(text))] == [30]


def test_a_second_object_of_a_killing_verb_was_killed(run) -> None:
    text = "Its fighters had killed 84 members of Russia's Wagner Group and 47 Malian soldiers near the border."
    assert [(f.metric, f.value.low) for f in figures(run(text))] == [("killed", 84), ("killed", 47)]


def test_a_peak_a_series_comes_down_from_counts_what_the_series_counts(run) -> None:
    text = ("John Kirby said on Friday that about 5,400 American troops remained at the airport, down from a peak "
            "of about 5,800, and that all of them would leave by August 31.")
    assert [(f.metric, f.value.low) for f in figures(run(text))] == [("deployed", 5400), ("deployed", 5800)]


def test_put_it_at_refers_to_the_toll_before(run) -> None:
    text = "The death toll has risen to 170, the ombudsman said on Wednesday. On Tuesday he had put it at 68, with 105 people missing."
    assert [(f.metric, f.value.low) for f in figures(run(text))] == [("killed", 170), ("killed", 68), ("missing", 105)]


def test_members_of_a_force_coordinated_with_the_dead_are_dead(run) -> None:
    text = "It counted 125 members of the government's security forces and 148 pro-Assad fighters among the dead."
    assert [(f.metric, f.value.low) for f in figures(run(text))] == [("killed", 125), ("killed", 148)]


MORE_MEASURES = [
    ("The state prosecutor's office has recorded more than 1,100 homicides in Sinaloa since September.", "killed", 1100),
    ("UNICEF says it verified the killing or maiming of more than 2,700 children in Sudan in 2024.", "casualties", 2700),
    ("The first 400 Kenyan police officers of the security mission landed in Haiti on June 25.", "deployed", 400),
    # residents moved to shelters are displaced, not deployed
    ("About 2,500 residents of border villages had been moved into relief camps, officials said.", "displaced", 2500),
    ("Russian losses since the invasion had passed one million troops killed or wounded, the General Staff said.",
     "casualties", 1_000_000),
]


@pytest.mark.parametrize("text,metric,low", MORE_MEASURES)
def test_more_measure_words(run, text: str, metric: str, low: int) -> None:
    f = only_figure(run(text))
    assert (f.metric, f.value.low) == (metric, low)


def test_a_part_between_commas_takes_the_verb_after_it(run) -> None:
    records = run("At least 25 Palestinians, three of them children, had been killed in the Jenin area, the ministry said.")
    assert sorted((f.metric, f.value.low, f.value.hedge) for f in figures(records)) == [
        ("killed", 3, "exact"), ("killed", 25, "at_least")]


def test_a_correction_notice_withdraws_its_figure(run) -> None:
    assert figures(run("Correction: An earlier version of this story said 267 protesters had been arrested.")) == []


def test_a_part_taken_prisoner_or_held_in_prisons_is_captured(run) -> None:
    from .helpers import figures

    records = run("JNIM said its fighters had killed around 200 soldiers and taken eight of them prisoner.")
    assert sorted((f.metric, f.value.low) for f in figures(records)) == [("captured", 8), ("killed", 200)]
    records = run("The force says some 10,000 Islamic State fighters are held in its prisons in north-east Syria.")
    assert [(f.metric, f.subject.party) for f in figures(records)] == [("captured", "Islamic State")]
