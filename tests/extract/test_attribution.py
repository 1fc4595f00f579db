"""Source and via: who a figure comes from in the end, and through whom (docs/annotation.md, Source and via)."""

from __future__ import annotations

import pytest

from .helpers import figures, only_figure


def source_of(f) -> tuple | None:
    return (f.source.name, f.source.party, f.source.type) if f.source else None


def via_of(f) -> list[tuple]:
    return [(r.name, r.role) for r in f.via]


SOURCES = [
    # said / told / reported / estimated / assessed
    ("About 1,200 soldiers were killed, the defence ministry said.", ("Ministry of Defence", None, "government")),
    ("About 1,200 soldiers were killed, Ukraine's defence ministry said.", ("Ministry of Defence", "Ukraine", "government")),
    ("Ukraine's General Staff said 1,200 Russian soldiers were killed.", ("General Staff", "Ukraine", "military")),
    ("Human Rights Watch said 40 civilians were killed.", ("Human Rights Watch", None, "NGO")),
    ("The Institute for the Study of War estimated that 1,000 Russian soldiers were killed.",
     ("Institute for the Study of War", None, "NGO")),
    ("The Pentagon assessed that about 1,000 North Korean soldiers were killed.",
     ("Department of Defense", "United States", "government")),
    ("Kim Jong Un sent 11,000 troops, the Pentagon estimated.", ("Department of Defense", "United States", "government")),
    ("The NIS briefed lawmakers that 300 North Korean soldiers had been killed.",
     ("National Intelligence Service", "South Korea", "intelligence")),
    ("Yonhap reported that 300 North Korean soldiers were killed.", ("Yonhap", None, "media")),
    # according to / citing / as reported by
    ("According to the UN, more than 80,000 people have fled their homes.", ("United Nations", None, "UN")),
    ("More than 80,000 people have fled their homes, according to UNHCR.", ("UNHCR", None, "UN")),
    ("Citing the health ministry, the agency said 45 people were killed.", ("Ministry of Health", None, "government")),
    ("As reported by Reuters, 300 soldiers were killed.", ("Reuters", None, "media")),
    # an outlet citing unnamed sources is the source
    ("Yonhap reported, citing military sources, that 300 North Korean soldiers were killed.", ("Yonhap", None, "media")),
    # a country or capital speaking is its government
    ("Kyiv says Russia has lost 600,000 troops.", ("Government of Ukraine", "Ukraine", "government")),
    ("Russian officials said 40 civilians were killed in Belgorod.", ("Government of Russia", "Russia", "government")),
    ("Ukraine said its forces had captured 80 North Korean soldiers.", ("Government of Ukraine", "Ukraine", "government")),
    # a person: full name, type person
    ("Zelensky said 300 North Korean soldiers were killed.", ("Volodymyr Zelensky", "Ukraine", "person")),
    # nobody named
    ("About 300 soldiers were killed.", None),
    ("About 300 soldiers were killed, witnesses said.", None),
    ("About 1,500 fighters were deployed, according to Western officials.", None),
    # capitals that qualify the speaker are not a name: the speaker follows
    ("About 54 soldiers were killed, according to Uganda's president, Yoweri Museveni.", ("Yoweri Museveni", None, "person")),
    ("Somalia's president, Hassan Sheikh Mohamud, said about 200 soldiers had been killed.", ("Hassan Sheikh Mohamud", None, "person")),
    ("In 2018, Save the Children estimated that some 85,000 children had died.", ("Save the Children", None, "NGO")),
    ("The death toll has risen to 45,000, the health ministry said.", ("Ministry of Health", None, "government")),
]


@pytest.mark.parametrize("text,source", SOURCES)
def test_source(run, text: str, source: tuple | None) -> None:
    assert source_of(only_figure(run(text))) == source


RELAYS = [
    # The agency briefs lawmakers, a lawmaker tells reporters: source the agency, via the lawmaker.
    ("The NIS told lawmakers that about 300 North Korean soldiers had been killed, Rep. Lee Seong-kweun told reporters.",
     "National Intelligence Service", [("Lee Seong-kweun", "lawmaker")]),
    ("The NIS told lawmakers on Monday that about 300 North Korean soldiers had been killed, Rep. Lee Seong-kweun said.",
     "National Intelligence Service", [("Lee Seong-kweun", "lawmaker")]),
    # A spokesperson speaks for the institution.
    ("About 1,200 soldiers were killed, defence ministry spokesperson Amal Idris said.",
     "Ministry of Defence", [("Amal Idris", "spokesperson")]),
    ("About 1,200 soldiers were killed, Sudan's defence ministry spokesperson Amal Idris said.",
     "Ministry of Defence", [("Amal Idris", "spokesperson")]),
]


@pytest.mark.parametrize("text,source,via", RELAYS)
def test_relays(run, text: str, source: str, via: list) -> None:
    f = only_figure(run(text))
    assert f.source is not None and f.source.name == source
    assert via_of(f) == via


SPOKESMAN_AFTER = [
    "About 1,200 soldiers were killed, said Oleksandr Petrenko, a spokesman for the defence ministry.",
    "A spokesman for the health ministry, Ashraf al-Qudra, said 45 people were killed.",
]


@pytest.mark.parametrize("text", SPOKESMAN_AFTER)
def test_spokesman_named_after_his_institution_speaks_for_it(run, text: str) -> None:
    f = only_figure(run(text))
    assert f.source is not None and f.source.type == "government"
    assert [(r.name, r.role) for r in f.via] in ([("Oleksandr Petrenko", "spokesperson")], [("Ashraf al-Qudra", "spokesperson")])


def test_source_party_of_a_ministry(run) -> None:
    f = only_figure(run("Ukraine's defence ministry said 1,200 Russian soldiers were killed."))
    assert source_of(f) == ("Ministry of Defence", "Ukraine", "government")


# --- carried over -------------------------------------------------------------


def test_attribution_carries_to_following_sentences_of_the_paragraph(run) -> None:
    text = (
        "The NIS told lawmakers on Monday that North Korea had sent about 11,000 troops to Russia. "
        "About 3,000 of them have been killed or wounded. Another 1,000 are missing."
    )
    figs = figures(run(text))
    assert [f.value.low for f in figs] == [11_000, 3_000, 1_000]
    for f in figs:
        assert f.source is not None and f.source.name == "National Intelligence Service"
        assert f.as_of is not None and (f.as_of.start, f.as_of.end) == ("2025-03-24", "2025-03-24")


def test_back_reference_is_the_last_source_it_fits(run) -> None:
    text = (
        "Ukraine's defence ministry said 1,200 Russian soldiers were killed. "
        "The ministry said another 300 were captured."
    )
    for f in figures(run(text)):
        assert source_of(f) == ("Ministry of Defence", "Ukraine", "government")


def test_pronoun_back_reference(run) -> None:
    text = "The NIS briefed lawmakers on Thursday. About 300 North Korean soldiers had been killed, it said."
    f = only_figure(run(text))
    assert f.source is not None and f.source.name == "National Intelligence Service"


def test_a_new_attribution_replaces_the_carried_one(run) -> None:
    text = (
        "The NIS told lawmakers on Monday that North Korea had sent about 11,000 troops to Russia. "
        "The Pentagon said separately that 40 civilians had been killed."
    )
    got = [(f.value.low, f.source.name if f.source else None) for f in figures(run(text))]
    assert got == [(11_000, "National Intelligence Service"), (40, "Department of Defense")]


def test_surname_is_the_person_first_met(run) -> None:
    text = (
        "Volodymyr Zelensky said on Monday that 300 North Korean soldiers had been killed. "
        "Zelensky added that 2,000 more were wounded."
    )
    for f in figures(run(text)):
        assert f.source is not None and f.source.name == "Volodymyr Zelensky"


# --- headlines ------------------------------------------------------------------


def test_headline_trailing_attribution(run) -> None:
    text = "North Korean troops suffer 4,000 casualties, Seoul's spy agency says"
    f = only_figure(run(text))
    assert source_of(f) == ("National Intelligence Service", "South Korea", "intelligence")


def test_headline_figure_keeps_its_subject(run) -> None:
    f = only_figure(run("North Korean troops suffer 4,000 casualties, Seoul's spy agency says"))
    assert (f.subject.party, f.subject.role) == ("North Korea", "military")


def test_headline_attribution_in_an_article(run) -> None:
    text = (
        "More than 300 North Korean soldiers killed in Kursk, spy agency says\n\n"
        "SEOUL, March 27 -- North Korea's losses in Russia are mounting, according to South Korea's "
        "National Intelligence Service."
    )
    f = figures(run(text))[0]
    assert f.source is not None and f.source.name == "National Intelligence Service"


def test_the_group_itself_is_the_group(run) -> None:
    text = ("In May 2023 al-Shabaab overran a base, killing 54 Ugandan soldiers, according to Uganda's president, "
            "Yoweri Museveni. The group itself claimed to have killed 137 Ugandan troops.")
    assert [f.source.name for f in figures(run(text))] == ["Yoweri Museveni", "al-Shabaab"]


def test_a_headline_naming_a_un_body_by_its_noun_is_that_body(run) -> None:
    text = ("Civilian casualties hit record for first half of year, UN mission says\n\n"
            "KABUL -- Fighting killed 1,659 civilians in the first six months of 2021, the UN Assistance Mission in Afghanistan said.")
    assert {f.source.name for f in figures(run(text))} == {"UNAMA"}
    plain = "At least 400 killed in camp assault, UN says\n\nKABUL -- The UN refugee agency said 400 people were killed."
    assert figures(run(plain))[0].source.name == "United Nations"


def test_the_office_is_the_un_human_rights_office_after_its_chief_spoke(run) -> None:
    text = ("At least 5,601 people were killed in Haiti in 2024, the UN Human Rights Office said. "
            "UN High Commissioner for Human Rights Volker Türk said the figures could not capture the horrors. "
            "The Office believes many killings in areas under gang control are never reported.")
    from .helpers import statements
    assert [s.source.name for s in statements(run(text)) if "never reported" in s.text] == ["OHCHR"]


@pytest.mark.parametrize("text,source", [
    ("More than 580,000 refugees have crossed into Chad, the UN refugee agency (UNHCR) said on Friday.", "UNHCR"),
    ("The White Helmets rescue group said 40 people were killed in the strike.", "White Helmets"),
    ("Six brigadier generals surrendered with 2,000 troops, the MNDAA said.", "Myanmar National Democratic Alliance Army"),
])
def test_a_description_between_body_and_verb(run, text: str, source: str) -> None:
    assert {f.source.name for f in figures(run(text))} == {source}


def test_prisoners_a_group_reports_are_not_its_own(run) -> None:
    text = ("SITTWE, Myanmar -- Fighting went on in Rakhine.\n\n"
            "Among those who surrendered were six brigadier generals, the MNDAA said in a statement on Sunday.")
    f = figures(run(text))[-1]
    assert f.metric == "captured" and f.subject.party != "Myanmar National Democratic Alliance Army"


def test_a_body_s_figure_in_a_clause_of_its_own_is_that_body_s(run) -> None:
    text = ("South Korea's National Intelligence Service briefed lawmakers in December. The Joint Chiefs of Staff put "
            "North Korean military losses at around 1,100. By mid-January the intelligence "
            "service's figure had reached about 3,000, including roughly 300 dead, and the JCS said the casualty count "
            "had passed 4,000 by mid-March.")
    got = [(f.value.low, f.source.name) for f in figures(run(text))]
    assert got[1:] == [(3000, "National Intelligence Service"), (300, "National Intelligence Service"), (4000, "Joint Chiefs of Staff")]


def test_a_carried_date_dates_only_the_carried_source_s_figures(run) -> None:
    text = ("The war has killed 41,909 Palestinians in Gaza, the health ministry said on Monday. The ministry's tally does "
            "not say how many were fighters; Israel's military says it has killed more than 17,000 Hamas fighters.")
    last = figures(run(text))[-1]
    assert last.source.name == "Israel Defense Forces" and last.as_of is None


def test_one_who_told_a_briefing_gave_it_and_speaks_for_themself(run) -> None:
    records = run(
        "Pakistan puts its military dead at 11, its army said.\n\n"
        "Lt. Gen. Rajiv Ghai told a briefing on Sunday that 35 Pakistani soldiers had died in artillery duels."
    )
    f = [r for r in figures(records) if r.value.low == 35][0]
    assert f.source is not None and f.source.name == "Rajiv Ghai"
    assert f.via == ()


def test_he_is_who_spoke_in_the_sentence_before(run) -> None:
    # the last person named (Mordisco) is the faction's leader, not who is talking
    records = run("Defence Minister Pedro Sánchez said the attacks had been ordered by the faction of FARC dissidents "
                  "led by Iván Mordisco. The faction has about 3,500 members across the country, he said.")
    f = only_figure(records)
    assert f.source is not None and f.source.name == "Pedro Sánchez"
    assert (f.metric, f.subject.party, f.value.low) == ("deployed", "FARC dissidents", 3500)


SOURCES_BY_NAME = [
    ("The Ombudsman's Office put the number of people killed at about 80.", "Ombudsman's Office"),
    ("In Israel, the Prime Minister's Office said 28 people had been killed.", "Prime Minister's Office"),
    ("An air strike killed 12 people, according to the Yaw Defence Force, a local resistance group.", "Yaw Defence Force"),
    ("In Mazeze alone, MSF staff counted about 15,000 displaced people.", "Médecins Sans Frontières"),
    ("Thousands of people have fled Tehran since Friday, the IRNA news agency reported.", "IRNA"),
    ("The attorney general's office said on February 3 that it had identified 54 bodies.", "attorney general's office"),
    ("At least 50 children have been killed in Sinaloa since September, according to the children's rights network REDIM.", "REDIM"),
    ("Tersoo Iorhemba, a spokesperson for the Benue state police command, said 24 bodies had been recovered.", "Benue state police command"),
    ("The state prosecutor's office has recorded more than 1,100 homicides in Sinaloa.", "state prosecutor's office"),
    ("A study published last week by the Center for Strategic and International Studies estimated that 250,000 "
     "soldiers had been killed.", "Center for Strategic and International Studies"),
    ("Russia's defence ministry has said little since. The ministry's official toll for the war stands at about "
     "5,500 soldiers killed.", "Ministry of Defence"),
    ("The police said on Tuesday that 31 workers were killed.", "police"),
    ("NATO said it would send about 8,000 troops to Albania.", "NATO"),
    ("Pakistan's military media wing, Inter-Services Public Relations, said 23 Pakistani soldiers had been killed.",
     "Inter-Services Public Relations"),
]


@pytest.mark.parametrize("text,source", SOURCES_BY_NAME)
def test_source_named_as_written(run, text: str, source: str) -> None:
    f = only_figure(run(text))
    assert f.source is not None and f.source.name == source


def test_a_body_named_again_by_its_last_word_is_the_one_named_in_full(run) -> None:
    records = run("“Counting is hard,” said Laura Quintero, who leads a team at the Andean Conflict Observatory in Bogotá.\n\n"
                  "In 2018, fighting drove some 16,000 people from their homes in the region, according to the Observatory.")
    f = only_figure(records)
    assert f.source is not None and f.source.name == "Andean Conflict Observatory"


def test_the_army_with_no_army_named_is_the_army_of_the_articles_country(run) -> None:
    records = run("CÚCUTA, Colombia -- Fighting in Catatumbo, in northern Colombia, went on for a third week.\n\n"
                  "The army said its units had captured 12 ELN fighters near Tibú, Colombia.")
    f = only_figure(records)
    assert f.source is not None and (f.source.name, f.source.party, f.source.type) == ("army", "Colombia", "military")


def test_the_government_with_none_named_is_the_government_of_the_articles_country(run) -> None:
    records = run("JUBA -- Fighting around Nasir in South Sudan went on for a fourth day, South Sudan's army said.\n\n"
                  "Dozens of soldiers were killed in the evacuation attempt in Nasir, the government said.")
    f = only_figure(records)
    assert f.source is not None and (f.source.name, f.source.party) == ("Government of South Sudan", "South Sudan")


def test_the_acronyms_spokesman_speaks_for_the_body_that_acronym_names(run) -> None:
    records = run("QUETTA -- Pakistan's military media wing, Inter-Services Public Relations (ISPR), rejected the claim.\n\n"
                  "Lt. Gen. Ahmed Sharif Chaudhry, the ISPR spokesman, told a news conference on Wednesday that 33 BLA "
                  "militants had been killed in the Bolan Pass. Four soldiers of the Frontier Corps also died, he said.")
    for f in figures(records):
        assert f.source is not None and f.source.name == "Inter-Services Public Relations", f
        assert [v.name for v in f.via] == ["Ahmed Sharif Chaudhry"]


def test_the_government_after_a_dateline_capital_is_the_one_named_there(run) -> None:
    f = only_figure(run("KYIV -- Strikes have killed 2,000 people in the region since 2022, the government said."))
    assert f.source is not None and (f.source.name, f.source.party) == ("Government of Ukraine", "Ukraine")


@pytest.mark.parametrize("text, source", [
    ("About 1.45 million people have been driven from their homes in Darfur, according to the latest UN figures.",
     ("United Nations", None)),
    ("OUAGADOUGOU -- Eleven gendarmes were killed in an attack on Seytenga on Thursday, according to the army.",
     ("army", "Burkina Faso")),
    ("OUAGADOUGOU -- Jihadist violence has killed 400 people since 2015, according to government figures.",
     ("Government of Burkina Faso", "Burkina Faso")),
])
def test_according_to_a_body_past_qualifiers_or_unnamed_state_bodies(run, text: str, source: tuple) -> None:
    f = only_figure(run(text))
    assert f.source is not None and (f.source.name, f.source.party) == source


def test_we_and_our_in_a_release_are_the_body_that_issues_it(run) -> None:
    records = run("PRESS RELEASE\n\nADDIS ABABA -- Tens of thousands of people have been forced from their homes in North "
                  "Wollo, Sheba Relief said today.\n\nOur mobile clinics have treated more than 300 wounded people in North "
                  "Wollo since 24 August.")
    assert {(f.value.low, f.source.name if f.source else None) for f in figures(records)} == {
        (20000, "Sheba Relief"), (300, "Sheba Relief")}
    assert [f.source.type for f in figures(records) if f.source] == ["NGO", "NGO"]


@pytest.mark.parametrize("text, source", [
    ("France now has about 2,900 troops in Mali, the defence ministry in Paris said on Monday.", "Ministry of Defence"),
    # how a speaker counts, in a relative clause, is not whom it cites
    ("The UN Assistance Mission for Iraq, UNAMI, which draws on figures from the health ministry and the Baghdad morgue, "
     "said 3,590 civilians were killed in July.", "UNAMI"),
    ("The military prosecutor's office says 366 Ukrainian soldiers were killed.", "military prosecutor's office"),
])
def test_sources_with_a_place_an_aside_or_a_qualifier(run, text: str, source: str) -> None:
    f = only_figure(run(text))
    assert f.source is not None and f.source.name == source


@pytest.mark.parametrize("text, source", [
    ("In Bangassou, about 2,000 residents are sheltering in the mosque, according to the UN mission, known as MINUSCA.",
     "MINUSCA"),
    ("The UN mission in Libya, UNSMIL, said some 4,000 residents had fled the Abu Salim district.", "UNSMIL"),
    ("At least 43 people were killed, according to the UN peacekeeping mission, MONUSCO.", "MONUSCO"),
    ("The UN said 40 people were killed.", "United Nations"),
])
def test_the_un_named_with_its_mission_is_the_mission(run, text: str, source: str) -> None:
    f = only_figure(run(text))
    assert f.source is not None and f.source.name == source


def test_police_without_the_and_a_government_that_later_admitted(run) -> None:
    f = only_figure(run("GUAYAQUIL, Ecuador -- At least 118 inmates were killed in fighting between rival gangs, police "
                        "said on Thursday."))
    assert f.source is not None and (f.source.name, f.source.party) == ("police", "Ecuador")
    records = run("YAOUNDE -- Fighting in the North West region went on. In February 2020, soldiers killed 21 civilians in "
                  "the village of Ngarbuh, the government later admitted.")
    assert [f.source.name for f in figures(records) if f.source] == ["Government of Cameroon"]


def test_a_study_published_in_a_journal_speaks_as_its_publisher(run) -> None:
    records = run("A team from Johns Hopkins published a survey. The survey, published in the medical journal The Lancet on "
                  "October 11, estimated that about 655,000 more Iraqis died between March 2003 and July 2006.")
    f = only_figure(records)
    assert f.source is not None and f.source.name == "The Lancet"


def test_a_figure_in_a_denied_report_is_not_the_deniers(run) -> None:
    f = only_figure(run("BAGHDAD -- Iraq's government on Wednesday denied reports that more than 1,300 people had been "
                        "killed across Iraq in sectarian reprisals."))
    assert f.source is None
    f = only_figure(run("The army rejected Amnesty International's finding that soldiers killed at least 45 civilians."))
    assert f.source is not None and f.source.name == "Amnesty International"
