"""Places: where a figure's people were counted, as the article names it.

docs/annotation.md, Place: the most specific place the clause gives for the
figure, as written ("southern Lebanon", "the village of Kairu" is Kairu); not
where the figure was announced ("told reporters in Geneva") nor where its
source works ("a team at Ghent University in Belgium").
"""

from __future__ import annotations

import pytest

from tolltrack.evaluate import norm_place
from tolltrack.extract.figures import country_of

from .helpers import figures, only_figure

PLACES = [
    ("Two soldiers were killed in fighting in southern Lebanon, the military said.", "southern Lebanon"),
    # places the table does not know, by the shape of the sentence
    ("Gunmen killed three people in a night raid on the village of Kairu, police said.", "Kairu"),
    ("The army said its units had captured 12 ELN fighters near Tibú.", "Tibú"),
    ("In Mazeze alone, aid workers counted about 15,000 displaced people.", "Mazeze"),
    ("A suicide bombing at Quetta's railway station killed at least 26 people.", "Quetta"),
    ("Eritrean soldiers killed more than 100 civilians in the Tigrayan town of Axum.", "Axum"),
    # not the place of the figure
    ("About 6,000 refugees arrived on Sunday alone, a UNHCR spokesperson told reporters in Geneva.", None),
    ("A team at Ghent University in Belgium estimates that 162,000 civilians died.", None),
    ("Brig. Gen. Eyal Ronen, a deputy commander in Northern Command, said 15,000 more reservists were sent.", None),
    ("The unit lost some 40 percent of its fighters, according to a study by a research group in Erbil.", None),
    ("About 580,000 people remain displaced within Cameroon, according to the United Nations.", "Cameroon"),
]


@pytest.mark.parametrize("text,place", PLACES)
def test_place_of_a_figure(run, text: str, place: str | None) -> None:
    assert only_figure(run(text)).place == place


def test_a_compass_word_keeps_the_places_country() -> None:
    assert country_of("southern Lebanon") == "Lebanon"
    assert country_of("Lebanon") == "Lebanon"
    assert country_of("Kairu") is None


def test_a_compass_word_or_a_region_word_names_the_same_place_when_scored() -> None:
    assert norm_place("central Sumy") == norm_place("Sumy") == norm_place("the Sumy region")
    assert norm_place("southern Lebanon") != norm_place("Sidon")


def test_a_demonym_is_no_place_even_when_its_spelling_does_not_say_so() -> None:
    from tolltrack.extract import vocab

    assert vocab.places().get("Dutch") is None and vocab.places().get("Serb") is None
    assert vocab.places().get("IDF") is None
    assert vocab.places().get("Bosnia") == "Bosnia and Herzegovina"
    assert vocab.parties().get("Dutch").party == "Netherlands"  # type: ignore[union-attr]


def test_the_articles_country_is_not_outvoted_by_a_demonym(run) -> None:
    records = run("POTOČARI, Bosnia and Herzegovina, July 11 -- Mourners gathered at the memorial centre.\n\n"
                  "The enclave was guarded by about 400 Dutch peacekeepers. Of the 8,372 people recorded as killed "
                  "in the massacre, about 1,000 are still listed as missing.")
    killed = [f for f in figures(records) if f.metric == "killed"]
    assert killed and killed[0].subject.party == "Bosnia and Herzegovina"


def test_a_place_counts_only_with_its_capital_unless_the_table_writes_it_in_lower_case() -> None:
    from tolltrack.extract import vocab

    found = [text for text in ("in Sudan and sudan, at al-Fasher and Al-Fasher, near north Darfur and North Darfur",)
             for text in [text[s:e] for s, e, _ in vocab.places().finditer(text)]]
    # "north Darfur" is not the table's "North Darfur", but its "Darfur" stands with its capital
    assert found == ["Sudan", "al-Fasher", "Al-Fasher", "Darfur", "North Darfur"]


@pytest.mark.parametrize("window", [
    "Sudan's west", "sudan", "the Gaza Strip", "Gaza Strip,", "al-Fasher and", "North Darfur state", "Darfur", "x Sudan",
    "US forces", "us", "El Fasher", "", "Kharkiv region", "the North",
])
def test_the_place_a_text_opens_with_is_the_first_the_table_finds(window: str) -> None:
    from tolltrack.extract import vocab

    for lexicon in (vocab.places(), vocab.parties(), vocab.sources()):
        first = next(iter(lexicon.finditer(window)), None)
        assert lexicon.opening(window) == ((first[1], first[2]) if first is not None and first[0] == 0 else None)
