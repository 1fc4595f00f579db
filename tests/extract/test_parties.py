"""Subjects: whose people a figure counts, normalised through parties.tsv, with their role.

docs/annotation.md, Subject: a demonym, country or group in the noun phrase
gives the party; failing that, the country of the place the figure is in;
otherwise none. Soldiers, troops, fighters, militants are ``military``;
civilians, children, residents, aid workers, journalists, refugees are
``civilian``; "people" or a nationality alone is ``unknown``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import figures, only_figure

DEMONYMS = [
    ("About 300 North Korean soldiers were killed.", "North Korea", "military"),
    ("About 300 Russian servicemen were killed.", "Russia", "military"),
    ("About 300 Ukrainian troops were wounded.", "Ukraine", "military"),
    ("About 300 Israeli soldiers were wounded.", "Israel", "military"),
    ("About 300 Eritrean soldiers were killed.", "Eritrea", "military"),
    ("About 40 Congolese soldiers were killed.", "DR Congo", "military"),
    ("About 40 Rwandan troops were killed.", "Rwanda", "military"),
    ("About 40 American troops were wounded.", "United States", "military"),
    ("About 40 U.S. troops were wounded.", "United States", "military"),
    ("About 300 Sudanese civilians were killed.", "Sudan", "civilian"),
    ("About 300 Palestinians were killed.", "Palestine", "unknown"),
    ("About 40 Ukrainians were killed.", "Ukraine", "unknown"),
    ("About 40 Yemeni civilians were killed.", "Yemen", "civilian"),
]

GROUPS = [
    ("About 300 Hamas fighters were killed.", "Hamas", "military"),
    ("About 300 Hezbollah fighters were killed.", "Hezbollah", "military"),
    ("About 300 RSF fighters were killed.", "Rapid Support Forces", "military"),
    ("About 300 M23 rebels were killed.", "M23", "military"),
    ("About 300 Houthi fighters were killed.", "Houthis", "military"),
    ("About 300 Wagner mercenaries were killed.", "Wagner Group", "military"),
    ("About 40 Tigrayan fighters were killed.", "Tigray", "military"),
    ("About 40 Taliban fighters were killed.", "Taliban", "military"),
    ("About 40 al-Shabaab militants were killed.", "al-Shabaab", "military"),
    ("About 300 Rohingya refugees fled.", "Rohingya", "civilian"),
    ("About 300 troops of the Rapid Support Forces were killed.", "Rapid Support Forces", "military"),
    ("About 300 fighters of the Arakan Army were killed.", "Arakan Army", "military"),
]

POSSESSIVES = [
    ("Russia's troops lost 300 men.", "Russia", "military"),
    ("About 300 of Russia's soldiers were killed.", "Russia", "military"),
    ("Ukraine's forces lost 300 men near Pokrovsk.", "Ukraine", "military"),
]

PLACES = [
    # No party in the noun phrase: the country of the place.
    ("About 40 civilians were killed in Kharkiv.", "Ukraine", "civilian"),
    ("About 40 people were killed in Khartoum.", "Sudan", "unknown"),
    ("About 40 children were killed in Gaza.", "Palestine", "civilian"),
    ("About 40 residents were wounded in shelling on Kherson.", "Ukraine", "civilian"),
    ("More than 1,000 people fled El Fasher.", "Sudan", "unknown"),
]

NO_PARTY = [
    ("About 40 aid workers were killed.", "civilian"),
    ("About 40 journalists were killed.", "civilian"),
    ("About 40 residents were killed.", "civilian"),
    ("About 40 women were killed.", "civilian"),
    ("About 40 medics were killed.", "civilian"),
    ("About 40 displaced people were killed.", "civilian"),
    ("About 40 people were killed.", "unknown"),
    ("About 40 soldiers were killed.", "military"),
    ("About 40 militants were killed.", "military"),
    ("About 40 servicemen were killed.", "military"),
    ("About 40 personnel were killed.", "military"),
    ("Russia fired 120 missiles and killed 12 people.", "unknown"),
]


@pytest.mark.parametrize("text,party,role", DEMONYMS + GROUPS + POSSESSIVES + PLACES)
def test_party_and_role(run, text: str, party: str, role: str) -> None:
    f = only_figure(run(text))
    assert (f.subject.party, f.subject.role) == (party, role)


@pytest.mark.parametrize("text,role", NO_PARTY)
def test_no_party_named(run, text: str, role: str) -> None:
    f = only_figure(run(text))
    assert (f.subject.party, f.subject.role) == (None, role)


def test_subject_text_is_the_noun_phrase(run) -> None:
    f = only_figure(run("More than 1,200 Eritrean soldiers were killed or wounded near Tessenei."))
    assert f.subject.text == "Eritrean soldiers"


def test_pronoun_takes_the_party_of_its_sentence(run) -> None:
    text = "North Korea sent 11,000 troops; about 3,000 of them were killed or wounded."
    got = [(f.subject.party, f.value.low) for f in figures(run(text))]
    assert got == [("North Korea", 11_000), ("North Korea", 3_000)]


def test_pronoun_keeps_its_own_measure(run) -> None:
    text = "North Korea sent 11,000 troops; about 3,000 of them were killed or wounded."
    assert [f.metric for f in figures(run(text))] == ["deployed", "casualties"]


def test_bare_troops_take_the_party_the_passage_is_about(run) -> None:
    text = (
        "North Korea has sent about 11,000 soldiers to fight for Russia, the NIS said. "
        "Some 300 troops have been killed, the agency added."
    )
    got = [(f.metric, f.subject.party) for f in figures(run(text))]
    assert got == [("deployed", "North Korea"), ("killed", "North Korea")]


def test_elided_second_figure_keeps_the_subject(run) -> None:
    got = [(f.metric, f.subject.party, f.subject.role) for f in figures(run("Some 300 Russian soldiers were killed and 2,700 wounded."))]
    assert got == [("killed", "Russia", "military"), ("wounded", "Russia", "military")]


def test_two_parties_in_one_sentence(run) -> None:
    text = "About 200 Ukrainian soldiers and 1,500 Russian soldiers were killed in the battle."
    got = sorted((f.subject.party, f.value.low) for f in figures(run(text)))
    assert got == [("Russia", 1500), ("Ukraine", 200)]


def test_the_attacker_is_not_the_party_of_the_victims(run) -> None:
    f = only_figure(run("Russian strikes killed 14 civilians in Kharkiv."))
    assert (f.subject.party, f.subject.role) == ("Ukraine", "civilian")


def test_a_bare_number_counts_the_people_named_before_it(run) -> None:
    # the place ("in Kabul") must not decide the party of the 18 wounded
    killed, wounded = figures(run("Thirteen U.S. service members were killed and 18 wounded in Thursday's bombing in Kabul, the Pentagon said."))
    assert (killed.subject.party, wounded.subject.party) == ("United States", "United States")
    assert wounded.subject.role == "military"


def test_went_missing_is_no_noun_phrase(run) -> None:
    died, missing = figures(run("At least 358 Rohingya died and 211 went missing at sea last year, the agency said."))
    assert missing.metric == "missing" and missing.subject.party == "Rohingya"
    assert "went" not in missing.subject.text


def test_junta_troops_are_never_the_party_of_the_group_reporting_them(run) -> None:
    f = only_figure(run("The Arakan Army said 40 junta soldiers were killed in the assault."))
    assert f.subject.party != "Arakan Army"
    text = "SITTWE, Myanmar -- Fighting went on in Rakhine.\n\nThe Arakan Army said 40 junta soldiers were killed in Rakhine state."
    assert figures(run(text))[-1].subject.party == "Myanmar"


def test_a_defence_ministry_counts_its_own_servicemen(run) -> None:
    text = ("Azerbaijan's defence ministry said on Thursday that 2,783 of its servicemen had been killed in the war "
            "in Nagorno-Karabakh and that more than 100 were still missing. Another 1,245 wounded servicemen were still in hospital.")
    assert [(f.metric, f.subject.party) for f in figures(run(text))] == [
        ("killed", "Azerbaijan"), ("missing", "Azerbaijan"), ("wounded", "Azerbaijan")]


def test_who_displaced_people_is_not_whose_they_are(run) -> None:
    f = only_figure(run("Renewed fighting between the Arakan Army and the junta in Rakhine state had displaced "
                        "tens of thousands of people since November, the agency said."))
    assert f.metric == "displaced" and f.subject.party == "Myanmar"


def test_a_part_takes_its_whole_s_party_not_the_reporter_s(run) -> None:
    text = ("Ukraine's military intelligence agency said on Sunday that at least 200 North Korean soldiers had been "
            "killed or wounded in assaults near Plekhovo, including dozens killed.")
    assert [f.subject.party for f in figures(run(text))] == ["North Korea", "North Korea"]


def test_a_bare_number_with_its_own_place_is_that_place_s(run) -> None:
    text = "In the 34-day war of 2006, some 1,200 people were killed in Lebanon and 165 in Israel."
    assert [f.subject.party for f in figures(run(text))] == ["Lebanon", "Israel"]


# Whose dead a report counts when the sentence names no party for them.
WHOSE_BY_REPORTER = [
    # a government counts its own people...
    ("Iran's health ministry said 224 people had been killed in Israeli strikes since Friday.", "Iran"),
    ("India has said 21 civilians were killed on its side of the frontier.", "India"),
    # ...not those its own forces struck (the place they were in says whose they were)
    ("Russia's government said its strikes had killed 40 people in Kharkiv overnight.", "Ukraine"),
    # an army's count of "militants" is of the other side, where they were killed
    ("Lt. Gen. Rajiv Ghai, India's director general of military operations, told a briefing on Sunday that Indian "
     "strikes on nine sites in Pakistan had killed more than 100 militants.", "Pakistan"),
]


@pytest.mark.parametrize("text,party", WHOSE_BY_REPORTER)
def test_whose_dead_a_report_counts(run, text: str, party: str | None) -> None:
    assert only_figure(run(text)).subject.party == party


def test_a_partys_official_is_not_whose_people_were_counted(run) -> None:
    # "India's ... military operations" names the official's country, not whose soldiers died
    f = only_figure(run("India's director general of military operations said 35 soldiers had died in Pakistan's artillery duels "
                        "along the Line of Control, 11 more than Pakistan admits."))
    assert f.subject.party != "India"


OWNERS = [
    # the subject who keeps, has or fields the troops owns them; the country they fight is the enemy
    ("Rwanda has kept some 2,500 troops in the province since 2021.", "deployed", "Rwanda"),
    ("Russia has nearly 700,000 troops fighting Ukraine, the agency said.", "deployed", "Russia"),
    ("Ukraine's military intelligence agency told lawmakers on Tuesday that Russia had nearly 700,000 troops deployed "
     "in Ukraine and the border regions.", "deployed", "Russia"),
    # hostages named by no demonym have no party, wherever they are held
    ("Gunmen killed 26 hostages in Balochistan on Tuesday, the military said.", "killed", None),
    # an aid group's "nine of its staff": the place says whose, the group has no party
    ("In El Fasher, Relief International said nine of its staff had been killed at the clinic.", "killed", "Sudan"),
]


@pytest.mark.parametrize("text,metric,party", OWNERS)
def test_whose_people_by_who_holds_them(run, text: str, metric: str, party: str | None) -> None:
    f = only_figure(run(text))
    assert (f.metric, f.subject.party) == (metric, party)


GROUP_BACKREFERENCES = [
    # "the group", "the guerrillas", "the faction": the armed group the article named last
    ("Islamic State has not gone away. A UN team said in January that the group had between 1,500 and 3,000 "
     "fighters in Iraq and Syria.", "Islamic State", (1500, 3000)),
    ("The ELN is fighting a dissident front for the coca fields. The guerrillas have about 6,000 fighters "
     "nationwide, by military estimates.", "ELN", (6000, 6000)),
    ("The insurgents call themselves Islamic State Mozambique Province. Most estimates put the group's strength "
     "at between 300 and 500 fighters.", "Islamic State", (300, 500)),
]


@pytest.mark.parametrize("text,party,values", GROUP_BACKREFERENCES)
def test_the_group_is_the_armed_group_last_named(run, text: str, party: str, values: tuple[int, int]) -> None:
    f = only_figure(run(text))
    assert (f.metric, f.subject.party, f.subject.role, f.value.low, f.value.high) == ("deployed", party, "military", *values)


def test_a_strike_on_a_partys_columns_kills_that_partys_fighters(run) -> None:
    f = only_figure(run("Sudan's army said its aircraft had struck RSF columns west of the city, killing hundreds of fighters."))
    assert (f.metric, f.subject.party) == ("killed", "Rapid Support Forces")


def test_a_paragraph_about_a_partys_toll_counts_that_partys_dead(run) -> None:
    records = run("The war killed 610 people in Iran and 28 in Israel.\n\n"
                  "Iran's figure is disputed in both directions. The health ministry said on Wednesday that 627 people had "
                  "been killed since June 13. HRANA, a US-based rights group that tracks Iran, counts far more: 1,190 dead.",
                  published=dt.date(2025, 6, 26))
    got = {f.value.low: (f.subject.party, f.source.name if f.source else None) for f in figures(records)}
    assert got[627][0] == "Iran" and got[1190] == ("Iran", "HRANA")


DISPLACED_AND_SIDES = [
    ("On the Indian side of the Line of Control, Pakistani artillery fire killed 15 civilians in the Poonch district "
     "on Wednesday, India's army said.", "killed", "India", "Poonch"),
    ("Lebanese authorities say more than 540,000 people have crossed into Syria since late September, most of them "
     "Syrians who had sought refuge in Lebanon.", "displaced", "Syria", "Lebanon"),
    ("Some 50,000 have fled Nasir county in South Sudan since late February, crossing the border into Ethiopia.",
     "displaced", "South Sudan", "Nasir"),
]


@pytest.mark.parametrize("text,metric,party,place", DISPLACED_AND_SIDES)
def test_whose_by_side_and_by_where_they_fled_from(run, text: str, metric: str, party: str, place: str) -> None:
    f = only_figure(run(text))
    assert (f.metric, f.subject.party, f.place) == (metric, party, place)


def test_russian_losses_are_russias_whoever_reports_them(run) -> None:
    f = only_figure(run("Ukraine's General Staff said on Thursday that Russian losses since the full-scale invasion had "
                        "passed one million troops killed or wounded."))
    assert f.subject.party == "Russia"


def test_newly_arrived_rohingya_are_rohingya(run) -> None:
    assert only_figure(run("In May and June alone, UNHCR registered some 16,000 newly arrived Rohingya.")).subject.party == "Rohingya"


def test_a_ministry_named_without_its_country_counts_the_articles_countrys_soldiers(run) -> None:
    records = run("COLOMBO -- Sri Lanka marked fifteen years since the end of its civil war.\n\n"
                  "The defence ministry said in May 2009 that 6,261 soldiers had been killed and 29,551 wounded, and that "
                  "more than 22,000 LTTE fighters had died.", published=dt.date(2024, 5, 18))
    got = {f.value.low: f.subject.party for f in figures(records)}
    assert got[6261] == got[29551] == "Sri Lanka" and got[22000] == "LTTE"


INTERNATIONAL_AND_OTHER_YEARS = [
    ("Three UN peacekeepers were killed when their convoy was ambushed near Bangassou.", "United Nations"),
    ("About 50,000 NATO troops entered Kosovo in June 1999.", "NATO"),
    ("At least 165 Filipino soldiers were killed in the five-month battle for Marawi.", "Philippines"),
    ("South Ossetian officials said 162 civilians had been killed in Tskhinvali.", "South Ossetia"),
    ("HTS fighters took Aleppo after a push in which 300 of its fighters were killed.", "Hayat Tahrir al-Sham"),
]


@pytest.mark.parametrize("text,party", INTERNATIONAL_AND_OTHER_YEARS)
def test_parties_of_international_forces_and_other_wars(run, text: str, party: str) -> None:
    assert figures(run(text))[0].subject.party == party


def test_sailors_from_a_country_do_not_move_the_story_there(run) -> None:
    records = run("The ship's crew included 21 sailors from the Philippines, the company said.\n\n"
                  "Since November 2023, the Houthis have attacked more than 100 ships off Yemen and killed at least "
                  "eight seafarers.")
    killed = [f for f in figures(records) if f.metric == "killed"]
    assert killed and killed[0].subject.party != "Philippines"


def test_refugees_counted_where_they_fled_to_are_of_where_they_fled_from(run) -> None:
    records = run("More than 400,000 people have left Kosovo since the bombing began, UNHCR said on Tuesday. The agency "
                  "counted about 262,000 of them in Albania, some 120,000 in Macedonia and roughly 33,000 in Montenegro.",
                  published=dt.date(1999, 4, 6))
    assert sorted((f.value.low, f.subject.party) for f in figures(records)) == [
        (33000, "Kosovo"), (120000, "Kosovo"), (262000, "Kosovo"), (400000, "Kosovo")]


def test_a_government_counts_its_own_soldiers(run) -> None:
    f = only_figure(run("Benin says 28 soldiers killed in attack near Niger and Burkina Faso borders"))
    assert f.subject.party == "Benin"


def test_the_army_or_government_as_subject_is_the_one_named_before(run) -> None:
    records = run("COTONOU -- Benin's army has fought jihadists in the north since 2021.\n\n"
                  "In 2022 the government deployed about 3,000 soldiers to the north under Operation Mirador.")
    assert only_figure(records).subject.party == "Benin"
    records = run("The Israel Defense Forces said on Sunday that two reservists had been killed in southern Lebanon. "
                  "In October 2023 the army called up some 360,000 reservists.")
    assert [f.subject.party for f in figures(records) if f.value.low == 360000] == ["Israel"]


def test_a_force_from_several_countries_has_no_one_party(run) -> None:
    f = only_figure(run("Chad also contributes troops to the Multinational Joint Task Force, a regional force of about "
                        "10,000 soldiers from Nigeria, Niger, Cameroon and Chad."))
    assert (f.metric, f.subject.party) == ("deployed", None)


def test_a_party_that_killed_is_not_whose_dead_were_counted(run) -> None:
    records = run("OUAGADOUGOU -- Burkina Faso's army has lost hundreds of soldiers this year.\n\n"
                  "In June 2024 JNIM fighters killed more than 100 soldiers at Mansila, near the border with Niger.")
    assert [f.subject.party for f in figures(records) if f.value.low == 100] == ["Burkina Faso"]


def test_people_who_fled_one_country_into_another_are_of_the_first(run) -> None:
    f = only_figure(run("The UN refugee agency said more than 149,000 people had fled from Sudan into Chad since April 15."))
    assert (f.metric, f.subject.party) == ("displaced", "Sudan")
    f = only_figure(run("More than 30,000 flee Tigray fighting into Sudan, UN refugee agency says"))
    assert (f.metric, f.subject.party) == ("displaced", "Ethiopia")


def test_people_taken_into_a_country_are_not_of_it(run) -> None:
    records = run("KAMPALA -- Uganda's army briefed lawmakers on the school attack in Mpondwe.\n\n"
                  "The army believed six students had been abducted and taken across the border into Congo.")
    f = only_figure(records)
    assert (f.metric, f.subject.party) == ("captured", "Uganda")


def test_rockets_fired_from_a_country_do_not_make_the_dead_its_people(run) -> None:
    records = run("Rockets fired from Syria struck a border town, killing two people, the interior minister said. "
                  "The strikes followed the November 13 bombing in Istanbul, which killed six people.")
    assert sorted((f.value.low, f.subject.party) for f in figures(records)) == [(2, "Turkey"), (6, "Turkey")]


def test_an_attacker_named_in_the_headline_is_not_whose_forces_the_story_counts(run) -> None:
    records = run("Scores of soldiers killed as JNIM overruns army positions in Burkina's Djibo\n\n"
                  "DJIBO, Burkina Faso -- Fighters of the group JNIM killed more than 100 people in Djibo on Sunday.")
    assert "JNIM" not in {f.subject.party for f in figures(records)}
    assert [f.subject.party for f in figures(records) if f.value.low == 100] == ["Burkina Faso"]
    f = only_figure(run("Live: Attack on Niger mosque kills 44, interior ministry says\n\nThe toll is 44, the ministry said."))
    assert f.subject.party == "Niger"


@pytest.mark.parametrize("text, party", [
    ("It counts 392 fighters of Hayat Tahrir al-Sham among the dead.", "Hayat Tahrir al-Sham"),
    ("Roughly 14,000 fighters of the Popular Mobilization Forces are taking part.", "Popular Mobilization Forces"),
])
def test_fighters_of_a_group_are_the_groups_and_the_group_is_no_place(run, text: str, party: str) -> None:
    f = only_figure(run(text))
    assert (f.subject.party, f.place) == (party, None)


def test_a_part_that_were_some_partys_fighters_is_that_partys(run) -> None:
    records = run("He said fewer than 300 people had died in Geneina in June, and that at least 120 of them were RSF "
                  "fighters killed by Masalit gunmen.")
    assert [f.subject.party for f in figures(records) if f.value.low == 120] == ["Rapid Support Forces"]


def test_refugees_counted_in_a_camp_abroad_are_of_where_the_articles_refugees_came_from(run) -> None:
    records = run("More than 15,000 Malians have arrived at the Mbera refugee camp in south-eastern Mauritania. In the past "
                  "week alone, our teams registered some 1,200 new refugees at Mbera.")
    assert sorted((f.value.low, f.subject.party, f.place) for f in figures(records)) == [
        (1200, "Mali", "Mbera"), (15000, "Mali", "Mbera")]
