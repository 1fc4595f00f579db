"""Statements: direct quotations and reported assessments (docs/annotation.md, Statements)."""

from __future__ import annotations

import pytest

from .helpers import figures, only_figure, statements


def said(records) -> list[tuple]:
    """Each statement as (speaker name, quote?, text)."""
    return [(s.speaker.name if s.speaker else None, s.quote, s.text) for s in statements(records)]


QUOTES = [
    # straight and curly marks, speaker after
    ('"The enemy is sending conscripts with no training," Zelensky said.',
     [("Volodymyr Zelensky", True, "The enemy is sending conscripts with no training")]),
    ("“The enemy is sending conscripts with no training,” Zelensky said.",
     [("Volodymyr Zelensky", True, "The enemy is sending conscripts with no training")]),
    # speaker before
    ('Zelensky said: "The enemy is sending conscripts with no training."',
     [("Volodymyr Zelensky", True, "The enemy is sending conscripts with no training.")]),
    ("Zelensky stated, “We will not give up Kursk.”",
     [("Volodymyr Zelensky", True, "We will not give up Kursk.")]),
    # "said Lee", "stated Lee": verb first, the surname of someone already met
    ('Rep. Lee Seong-kweun spoke to reporters. "They are being used as cannon fodder," said Lee.',
     [("Lee Seong-kweun", True, "They are being used as cannon fodder")]),
    ('"We will not give up Kursk," stated Lee Seong-kweun.',
     [("Lee Seong-kweun", True, "We will not give up Kursk")]),
    ("“They are being used as cannon fodder,” said Lee Seong-kweun, a lawmaker on the intelligence committee.",
     [("Lee Seong-kweun", True, "They are being used as cannon fodder")]),
    # pronoun continuation
    ('Rep. Lee Seong-kweun spoke to reporters. "They are being used as cannon fodder," he said.',
     [("Lee Seong-kweun", True, "They are being used as cannon fodder")]),
    # a body as speaker, named earlier
    ('Ukraine\'s defence ministry gave no figures. "We have no evidence of that," the ministry said.',
     [("Ministry of Defence", True, "We have no evidence of that")]),
    ('"We have no evidence of that," Ukraine\'s defence ministry said in a statement.',
     [("Ministry of Defence", True, "We have no evidence of that")]),
    # a quotation over several sentences is one statement
    ('"They are being used as cannon fodder. Their commanders do not care," Zelensky said in his nightly address.',
     [("Volodymyr Zelensky", True, "They are being used as cannon fodder. Their commanders do not care")]),
    # a quotation resumed after the attribution is a second stretch, the same speaker
    ('"They are being used as cannon fodder," Zelensky said. "Their commanders do not care."',
     [("Volodymyr Zelensky", True, "They are being used as cannon fodder"),
      ("Volodymyr Zelensky", True, "Their commanders do not care.")]),
]


@pytest.mark.parametrize("text,expected", QUOTES)
def test_direct_quotations(run, text: str, expected: list) -> None:
    assert said(run(text)) == expected


def test_a_new_paragraph_reopening_a_quotation_starts_a_new_statement(run) -> None:
    text = (
        "Zelensky spoke on Monday.\n"
        '"They are being used as cannon fodder," he said. "Their commanders do not care.\n'
        '"We will push them out of Kursk," he added.'
    )
    got = said(run(text))
    assert [t for _, _, t in got] == [
        "They are being used as cannon fodder",
        "Their commanders do not care.",
        "We will push them out of Kursk",
    ]
    assert {s for s, _, _ in got} == {"Volodymyr Zelensky"}


def test_statement_span_covers_its_text(run) -> None:
    text = 'Officials met on Monday. "They are being used as cannon fodder," Zelensky said.'
    (st,) = statements(run(text))
    assert text[st.span[0] : st.span[1]] == st.text


SPOKESPERSON_QUOTES = [
    '"The enemy is sending conscripts with no training," said Amal Idris, a spokesperson for the defence ministry.',
    "Defence ministry spokesperson Amal Idris said: “The enemy is sending conscripts with no training.”",
]


@pytest.mark.parametrize("text", SPOKESPERSON_QUOTES)
def test_a_spokesperson_quoted_speaks_for_the_institution(run, text: str) -> None:
    (st,) = statements(run(text))
    assert st.speaker is not None and (st.speaker.name, st.speaker.role) == ("Amal Idris", "spokesperson")
    assert st.source is not None and st.source.name == "Ministry of Defence"


REPORTED = [
    ("The NIS believes North Korea is preparing to send more troops.",
     ("National Intelligence Service", False, "North Korea is preparing to send more troops")),
    ("South Korea's spy agency believes the North is poised to send more troops.",
     ("National Intelligence Service", False, "the North is poised to send more troops")),
    ("Zelensky warned that Russia was preparing a new offensive.",
     ("Volodymyr Zelensky", False, "Russia was preparing a new offensive")),
    ("Zelensky said the offensive had stalled.",
     ("Volodymyr Zelensky", False, "the offensive had stalled")),
    ("Kim Jong Un is poised to send more troops, the NIS said.",
     ("National Intelligence Service", False, "Kim Jong Un is poised to send more troops")),
    ("South Korea's spy agency thinks North Korea is receiving Russian technology in return.",
     ("National Intelligence Service", False, "North Korea is receiving Russian technology in return")),
    ("The NIS suspects Pyongyang is ready to conduct a nuclear test at any time.",
     ("National Intelligence Service", False, "Pyongyang is ready to conduct a nuclear test at any time")),
    ("The Pentagon said North Korean troops were now fighting in Kursk.",
     ("Department of Defense", False, "North Korean troops were now fighting in Kursk")),
    ("The NIS told lawmakers that North Korea is poised to send more troops.",
     ("National Intelligence Service", False, "North Korea is poised to send more troops")),
]


@pytest.mark.parametrize("text,expected", REPORTED)
def test_reported_assessments(run, text: str, expected: tuple) -> None:
    assert said(run(text)) == [expected]


def test_relayed_assessment_text_stops_before_the_relay(run) -> None:
    text = "The National Intelligence Service assessed that Pyongyang could deploy more troops, Rep. Lee Seong-kweun said."
    (st,) = statements(run(text))
    assert st.text == "Pyongyang could deploy more troops"


FIGURE_NOT_STATEMENT = [
    "Zelensky said 300 North Korean soldiers were killed.",
    "The NIS said it believes that 300 North Korean soldiers were killed.",
    "According to the UN, more than 80,000 people have fled their homes.",
]


@pytest.mark.parametrize("text", FIGURE_NOT_STATEMENT)
def test_a_clause_with_a_figure_gives_a_figure_not_a_statement(run, text: str) -> None:
    records = run(text)
    assert len(figures(records)) == 1
    assert statements(records) == []


NO_STATEMENT = [
    "Heavy fighting continued near the river.",
    "The report was published on Monday.",
    "Residents were told to stay indoors.",
]


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_no_statement_without_an_attribution(run, text: str) -> None:
    assert statements(run(text)) == []


RELAY_ONLY = [
    "More than 4,000 North Korean soldiers have been killed or wounded, the NIS told lawmakers, Rep. Lee Seong-kweun said.",
    ("More than 4,000 North Korean soldiers have been killed or wounded, the NIS told lawmakers on Thursday, "
              "Rep. Lee Seong-kweun told reporters after the briefing."),
]


@pytest.mark.parametrize("text", RELAY_ONLY)
def test_a_relay_is_not_a_statement(run, text: str) -> None:
    records = run(text)
    assert len(figures(records)) == 1
    assert statements(records) == []


def test_a_relative_clause_attribution_says_what_follows_it(run) -> None:
    text = "The most cited estimate comes from the UN Development Programme, which calculated that 377,000 people had died."
    assert statements(run(text)) == []


@pytest.mark.parametrize("text,speaker", [
    ("Major Petro Savchyn, a battalion commander fighting in Kursk, said the North Korean units were being used "
     "much as Russia uses its own recruits.", "Petro Savchyn"),
    ("Jonas Keller, a Sahel researcher at the Lake Constance Institute for Peace, believes the junta's mass recruitment "
     "of civilian auxiliaries has turned whole villages into targets.", "Jonas Keller"),
    ("Airwars, a London-based monitor, said the strikes had hit residential buildings.", "Airwars"),
])
def test_an_apposition_before_the_verb_leaves_the_speaker_before_it(run, text: str, speaker: str) -> None:
    assert [s.speaker.name for s in statements(run(text))] == [speaker]


def test_a_spokesman_in_apposition_speaks_and_the_content_subject_does_not(run) -> None:
    text = ("JNIM, the al-Qaeda affiliate, said it had also attacked the convoy.\n\n"
            "A CSP-DPA spokesman, Mohamed Elmaouloud Ramadane, said the rebels had destroyed most of the convoy's vehicles.")
    got = [(s.speaker.name, s.speaker.role) for s in statements(run(text))]
    assert got == [("JNIM", ""), ("Mohamed Elmaouloud Ramadane", "spokesperson")]


@pytest.mark.parametrize("text,expected", [
    ("The NIS said North Korea is receiving Russian help with air defences.", ["North Korea is receiving Russian help with air defences"]),
    ("The NIS told lawmakers on Monday that North Korea is preparing another deployment.", ["North Korea is preparing another deployment"]),
    ("Prime Minister Abiy Ahmed gave Tigrayan forces 72 hours to surrender.", []),
    ("The government declared three days of national mourning from Saturday.", []),
    ("Sudan's army declared that the city had been retaken.", ["the city had been retaken"]),
])
def test_what_was_said_starts_after_the_audience_and_acts_are_not_words(run, text: str, expected: list) -> None:
    assert [s.text for s in statements(run(text))] == expected


def test_a_dateline_is_no_part_of_a_reported_statement(run) -> None:
    text = ("PORT-AU-PRINCE, April 3 -- Gangs of the Viv Ansanm coalition seized most of the town of Mirebalais "
            "on Monday, the justice ministry said.")
    st = statements(run(text))[0]
    assert st.text.startswith("Gangs of the Viv Ansanm")
    assert text[st.span[0] : st.span[1]] == st.text


def test_has_long_said_and_an_appositive_before_has_repeatedly_said(run) -> None:
    sts = statements(run("Sri Lanka's government has long said the army carried out a humanitarian rescue operation.\n\n"
                         "Milorad Dodik, the Bosnian Serb leader, has repeatedly said that the killings did not amount to genocide."))
    assert [(s.speaker.name if s.speaker else None) for s in sts] == ["Government of Sri Lanka", "Milorad Dodik"]


def test_a_headlines_spy_agency_is_the_agency_the_story_names(run) -> None:
    sts = statements(run("Al-Shabaab still holds key towns despite heavy losses, Somali spy agency tells lawmakers\n\n"
                         "MOGADISHU, April 21 -- Somalia's National Intelligence and Security Agency told lawmakers on "
                         "Saturday that the militants still held two towns in Middle Shabelle."))
    head = [s for s in sts if s.text.startswith("Al-Shabaab")]
    assert head and head[0].source is not None and head[0].source.name == "National Intelligence and Security Agency"


RELATIVE_CLAUSES = [
    ("About 3,000 people have fled Yelwata, according to the Benue State Emergency Management Agency, which said it "
     "was sheltering them in two schools.", "Benue State Emergency Management Agency", "it was sheltering them in two schools"),
    ("The split followed the arrest of Ismael Zambada, the cartel's co-founder, who says he was kidnapped and flown "
     "to Texas against his will.", "Ismael Zambada", "he was kidnapped and flown to Texas against his will"),
]


@pytest.mark.parametrize("text,speaker,said_text", RELATIVE_CLAUSES)
def test_a_relative_clause_that_reports_is_a_statement(run, text: str, speaker: str, said_text: str) -> None:
    assert [(s.speaker.name, s.text) for s in statements(run(text)) if s.speaker] == [(speaker, said_text)]


def test_a_clause_about_the_count_is_no_statement(run) -> None:
    text = ("Clashes have displaced more than 100,000 people since late November, according to OCHA, which warns that "
            "the number could pass 200,000 if the fighting reaches Kobani.")
    assert statements(run(text)) == []


@pytest.mark.parametrize("text, speaker, said", [
    # past tenses that end in neither "ed" nor "s" make a clause
    ("Colonel Mark Ellison, a coalition spokesman, said the coalition took every allegation seriously.",
     "Mark Ellison", "the coalition took every allegation seriously"),
    # an act, then what was said
    ("Paul-Henri Sandaogo Damiba, who seized power in January, declared three days of national mourning and said the "
     "attackers would be hunted down.", "Paul-Henri Sandaogo Damiba", "the attackers would be hunted down"),
    # circumstances of saying before "that"
    ("US Secretary of State Antony Blinken said after calls with both leaders that there could be no military solution "
     "to the conflict.", "Antony Blinken", "there could be no military solution to the conflict"),
    ("Prime Minister Haider al-Abadi said in a televised address on Tuesday evening that the militants had only two "
     "choices left.", "Haider al-Abadi", "the militants had only two choices left"),
    # a body named in lower case
    ("Azerbaijan's presidential administration said the residents had left of their own choosing.",
     "presidential administration", "the residents had left of their own choosing"),
    # a capital speaking for its government, twice in one sentence
    ("Bishkek denied targeting civilians and said Tajik troops had started the fighting.",
     "Government of Kyrgyzstan", "Tajik troops had started the fighting"),
])
def test_reported_assessments_in_the_forms_of_wire_copy(run, text: str, speaker: str, said: str) -> None:
    found = [(s.speaker.name, s.text) for s in statements(run(text))]
    assert (speaker, said) in found, found


def test_one_person_speaking_twice_relays_nobody(run) -> None:
    records = run("Paul-Henri Sandaogo Damiba declared three days of mourning and said 86 people had been killed.")
    f = only_figure(records)
    assert f.source is not None and f.source.name == "Paul-Henri Sandaogo Damiba" and f.via == ()


def test_who_a_sentence_without_a_figure_names_is_remembered_for_it_and_surnames(run) -> None:
    records = run("UNHCR, the UN refugee agency, relies on the Armenian registration data. It said on Tuesday that many "
                  "older people had arrived needing urgent medical care.")
    assert [(s.speaker.name, s.text) for s in statements(records)] == [
        ("UNHCR", "many older people had arrived needing urgent medical care")]
    records = run("Prime Minister Haider al-Abadi visited the front. Abadi told reporters that 1,260 civilians had been killed.")
    f = only_figure(records)
    assert f.source is not None and f.source.name == "Haider al-Abadi"


def test_a_headlines_speaker_named_by_surname_is_the_person_the_story_names(run) -> None:
    records = run("Japarov says ceasefire is holding\n\nBISHKEK -- President Sadyr Japarov said on Friday that the truce "
                  "agreed with Tajikistan was being respected.")
    assert ("Sadyr Japarov", "ceasefire is holding") in [(s.speaker.name, s.text) for s in statements(records)]


def test_we_believe_in_a_release_is_the_issuers_assessment(run) -> None:
    records = run("Returning families face unexploded bombs, aid group warns\n\nBEIRUT -- Cedar Emergency Relief said on "
                  "Friday that families were returning to villages littered with bomblets.\n\nWe believe that clearing the "
                  "south of unexploded munitions will take at least a year.")
    assert ("Cedar Emergency Relief", "clearing the south of unexploded munitions will take at least a year") in [
        (s.speaker.name, s.text) for s in statements(records)]


def test_a_lawmakers_party_is_no_name(run) -> None:
    records = run("Representative Daniel Whitcomb, an Ohio Democrat, attended the briefing. He said the agency had seen "
                  "signs that militias were moving weapons.")
    assert [s.speaker.name for s in statements(records)] == ["Daniel Whitcomb"]


def test_we_inside_a_quotation_of_several_sentences_is_the_quoted_speaker(run) -> None:
    records = run("Returning families face unexploded bombs, aid group warns\n\nBEIRUT -- Cedar Emergency Relief said on "
                  "Friday that families were returning.\n\n“The fields are full of them. We believe nobody is safe. It will "
                  "take years,” said Hana Khoury, a farmer.")
    assert [s.speaker.name for s in statements(records) if "nobody is safe" in s.text] == ["Hana Khoury"]
