"""The five checks, each with the cases that must and must not give a finding."""

from __future__ import annotations

import pytest

from tolltrack.reconcile.checks import KINDS, run_checks

from .build import cited

U = dict(party="Ukraine", role="military", subject="Ukrainian soldiers")


def found(figs, kind: str | None = None, party: str | None = None) -> list[tuple[str, str, list[int]]]:
    return [
        (f.kind, f.verdict, sorted(c.claim_id for c in f.claims))
        for f in run_checks(figs, party)
        if kind is None or f.kind == kind
    ]


# --- subtotal_exceeds_total ----------------------------------------------------------


@pytest.mark.parametrize(
    "figs, expected",
    [
        pytest.param(
            [cited(1, "casualties", ("approx", 3000, 3000)), cited(2, "killed", ("at_least", 3500, None))],
            [("subtotal_exceeds_total", "inconsistent", [1, 2])], id="killed above casualties",
        ),
        pytest.param(
            [cited(1, "casualties", ("approx", 3000, 3000)), cited(2, "wounded", ("approx", 3100, 3100))],
            [("subtotal_exceeds_total", "within_hedges", [1, 2])], id="within the hedges",
        ),
        pytest.param(
            [cited(1, "casualties", ("at_least", 2000, None)), cited(2, "killed", ("exact", 3500, 3500))],
            [("subtotal_exceeds_total", "unlikely", [1, 2])], id="above more than 2,000 by the conventions only",
        ),
        pytest.param(
            [cited(1, "casualties", ("exact", 3000, 3000)), cited(2, "killed", ("exact", 1200, 1200)),
             cited(3, "wounded", ("exact", 2100, 2100))],
            [("subtotal_exceeds_total", "inconsistent", [1, 2, 3])], id="killed plus wounded above casualties",
        ),
        pytest.param(
            [cited(1, "casualties", ("approx", 3000, 3000)), cited(2, "killed", ("approx", 300, 300)),
             cited(3, "wounded", ("approx", 2700, 2700))],
            [], id="parts that add up",
        ),
        pytest.param(
            [cited(1, "casualties", ("approx", 3000, 3000)), cited(2, "killed", ("exact", 3500, 3500), source="JCS")],
            [], id="another source",
        ),
        pytest.param(
            [cited(1, "casualties", ("approx", 1000, 1000), published="2024-12-01"),
             cited(2, "killed", ("exact", 3500, 3500), published="2025-04-01")],
            [], id="another period",
        ),
    ],
)
def test_subtotal_exceeds_total(figs, expected) -> None:
    assert found(figs, "subtotal_exceeds_total") == expected


# --- casualties_exceed_force ---------------------------------------------------------------


FORCE = [
    cited(1, "deployed", ("approx", 11000, 11000), published="2024-11-13", place="Russia"),
    cited(2, "reinforcements", ("range", 3000, 4000), published="2025-02-27", place="Russia"),
]


@pytest.mark.parametrize(
    "loss, expected",
    [
        pytest.param(cited(3, "casualties", ("at_least", 13000, None), published="2025-01-13"),
                     [("casualties_exceed_force", "inconsistent", [1, 3])], id="above the first force"),
        pytest.param(cited(3, "casualties", ("exact", 12000, 12000), published="2025-01-13"),
                     [("casualties_exceed_force", "within_hedges", [1, 3])], id="within the hedges of about 11,000"),
        pytest.param(cited(3, "casualties", ("at_least", 13000, None), published="2025-04-30"),
                     [], id="reinforcements arrived by then"),
        pytest.param(cited(3, "killed", ("exact", 17000, 17000), published="2025-04-30"),
                     [("casualties_exceed_force", "inconsistent", [1, 2, 3])], id="above force and reinforcements"),
        pytest.param(cited(3, "casualties", ("exact", 4700, 4700), published="2025-04-30"), [], id="well within"),
        pytest.param(cited(3, "killed", ("exact", 20000, 20000), party="Russia", published="2025-04-30"),
                     [], id="another party's losses"),
        pytest.param(cited(3, "killed", ("exact", 20000, 20000), role="civilian", subject="civilians"),
                     [], id="civilians are not the force"),
        pytest.param(cited(3, "killed", ("exact", 20000, 20000), role="unknown", subject="people"),
                     [], id="people of no known role are not the force"),
    ],
)
def test_casualties_exceed_force(loss, expected) -> None:
    assert found(FORCE + [loss], "casualties_exceed_force") == expected


def test_losses_above_a_force_of_more_than_some_number() -> None:
    force = cited(1, "deployed", ("at_least", 10000, None), published="2024-11-13", place="Russia")
    loss = cited(3, "killed", ("exact", 16000, 16000), published="2025-01-13")
    [f] = run_checks([force, loss], kinds=["casualties_exceed_force"])
    assert f.verdict == "unlikely"  # "more than 10,000" reaches 15,000 by the conventions, and has no ceiling in words
    assert f.arithmetic == "killed 16,000 = 16,000 against a force of 10,000–15,000 deployed"


@pytest.mark.parametrize(
    "deployed",
    [
        pytest.param(cited(1, "deployed", ("exact", 5000, 5000), published="2024-11-13"), id="no place"),
        pytest.param(cited(1, "deployed", ("exact", 5000, 5000), published="2024-11-13", place="Pyongyang"), id="at home"),
        pytest.param(cited(1, "deployed", ("exact", 5000, 5000), published="2024-11-13", place="Nowhere Ridge"),
                     id="a place of no known country"),
    ],
)
def test_only_a_force_sent_abroad_bounds_its_losses(deployed) -> None:
    assert found([deployed, cited(3, "killed", ("exact", 20000, 20000))], "casualties_exceed_force") == []


# --- share_vs_count -------------------------------------------------------------------------


def share(claim_id: int, pct: float, hedge: str = "approx", sentence: str = "", **kw):
    return cited(claim_id, "casualties", (hedge, pct, pct), unit="percent", source="HUR", published="2025-01-14",
                 sentence=sentence or f"They lost some {pct} percent of their men.", **kw)


@pytest.mark.parametrize(
    "figs, expected",
    [
        pytest.param(
            [cited(1, "deployed", ("exact", 11000, 11000), published="2024-11-13"), share(2, 30),
             cited(3, "casualties", ("approx", 3000, 3000), published="2025-01-13")],
            [("share_vs_count", "consistent", [1, 2, 3])], id="30 percent of 11,000 against about 3,000",
        ),
        pytest.param(
            [cited(1, "deployed", ("exact", 11000, 11000), published="2024-11-13"), share(2, 50),
             cited(3, "casualties", ("approx", 3000, 3000), published="2025-01-13")],
            [("share_vs_count", "inconsistent", [1, 2, 3])], id="half of 11,000 against about 3,000",
        ),
        pytest.param(
            [cited(1, "deployed", ("exact", 11000, 11000), published="2024-11-13"), share(2, 30),
             cited(3, "casualties", ("approx", 3000, 3000), published="2025-04-30")],
            [], id="a count of another period",
        ),
        pytest.param(
            [cited(1, "deployed", ("exact", 11000, 11000), published="2024-11-13"), share(2, 30),
             cited(3, "killed", ("approx", 3000, 3000), published="2025-01-13")],
            [], id="a count of another measure",
        ),
        pytest.param(
            [share(2, 30), cited(3, "casualties", ("approx", 3000, 3000), published="2025-01-13")],
            [], id="no force to take a share of",
        ),
    ],
)
def test_share_vs_count(figs, expected) -> None:
    assert found(figs, "share_vs_count") == expected


def test_share_of_the_force_its_sentence_names() -> None:
    figs = [
        cited(1, "deployed", ("exact", 11000, 11000), published="2024-11-13"),
        cited(5, "deployed", ("exact", 20000, 20000), source="HUR", published="2025-01-10"),
        share(2, 30, sentence="They have lost some 30 percent of the 11,000 troops sent."),
        cited(3, "casualties", ("approx", 3000, 3000), published="2025-01-13"),
    ]
    [f] = run_checks(figs, kinds=["share_vs_count"])
    assert f.verdict == "consistent"
    assert sorted(c.claim_id for c in f.claims) == [1, 2, 3]
    assert "30% × 11,000 = 3,300" in f.arithmetic
    assert "27%–33% of 11,000 deployed = 2,970–3,630" in f.arithmetic
    assert "~3,000 = 2,700–3,300" in f.arithmetic


def test_share_tried_with_and_without_reinforcements() -> None:
    figs = [
        cited(1, "deployed", ("exact", 11000, 11000), published="2024-11-13"),
        cited(2, "reinforcements", ("range", 3000, 4000), published="2025-02-27"),
        cited(3, "casualties", ("approx", 30, 30), unit="percent", source="HUR", published="2025-03-20",
              sentence="They have lost about 30 percent of their men."),
        cited(4, "casualties", ("approx", 4500, 4500), published="2025-03-20"),
    ]
    [f] = run_checks(figs, kinds=["share_vs_count"])
    assert f.verdict == "consistent"  # 27–33% of 14,000–15,000 = 3,780–4,950 meets 4,050–4,950
    assert sorted(c.claim_id for c in f.claims) == [1, 2, 3, 4]
    assert "11,000 deployed + 3,000–4,000 reinforcements" in f.arithmetic


# --- falling_cumulative ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "figs, expected",
    [
        pytest.param(
            [cited(1, "killed", ("exact", 5000, 5000), start=None, end="2025-01-10", as_of_text="since the war began",
                   published="2025-01-10", **U, source="Kyiv"),
             cited(2, "killed", ("exact", 4200, 4200), start=None, end="2025-02-10", as_of_text="since the war began",
                   published="2025-02-10", **U, source="Kyiv")],
            [("falling_cumulative", "revised_down", [1, 2])], id="running total lower later",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 5000, 5000), no_period=True, published="2025-01-10", **U, source="Kyiv"),
             cited(2, "killed", ("approx", 4800, 4800), no_period=True, published="2025-02-10", **U, source="Kyiv")],
            [("falling_cumulative", "within_hedges", [1, 2])], id="lower within the hedges",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 120, 120), start="2025-01-05", end="2025-01-05", published="2025-01-06", **U, source="Kyiv"),
             cited(2, "killed", ("exact", 90, 90), start="2025-01-05", end="2025-01-05", published="2025-01-08", **U, source="Kyiv")],
            [("falling_cumulative", "revised_down", [1, 2])], id="same day revised down",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 120, 120), start="2025-01-05", end="2025-01-05", published="2025-01-06", **U, source="Kyiv"),
             cited(2, "killed", ("exact", 20, 20), start="2025-01-06", end="2025-01-06", published="2025-01-07", **U, source="Kyiv")],
            [], id="daily counts may fall",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 5000, 5000), no_period=True, published="2025-01-10", **U, source="Kyiv"),
             cited(2, "killed", ("exact", 4200, 4200), no_period=True, published="2025-02-10", **U, source="Moscow")],
            [], id="another source",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 5000, 5000), no_period=True, published="2025-01-10", **U, source="Kyiv"),
             cited(2, "killed", ("exact", 5600, 5600), no_period=True, published="2025-02-10", **U, source="Kyiv")],
            [], id="rising",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 46788, 46788), no_period=True, published="2025-01-16", **U, source="Kyiv"),
             cited(2, "killed", ("at_least", 400, None), no_period=True, published="2025-03-19", **U, source="Kyiv")],
            [], id="a figure below half the earlier counts something else",
        ),
    ],
)
def test_falling_cumulative(figs, expected) -> None:
    assert found(figs, "falling_cumulative") == expected


# --- contradiction ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "figs, expected",
    [
        pytest.param(
            [cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23"),
             cited(2, "casualties", ("at_least", 3000, None), source="Zelensky", published="2024-12-23")],
            [("contradiction", "inconsistent", [1, 2])], id="no value in common",
        ),
        pytest.param(
            [cited(1, "casualties", ("approx", 3000, 3000), source="NIS", published="2025-01-13"),
             cited(2, "casualties", ("at_most", None, 4000), source="Zelensky", published="2025-01-12")],
            [], id="overlapping",
        ),
        pytest.param(
            [cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23"),
             cited(2, "casualties", ("exact", 4700, 4700), source="NIS", published="2025-04-30")],
            [], id="different periods",
        ),
        pytest.param(
            [cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23", place="Russia"),
             cited(2, "casualties", ("at_least", 3000, None), source="Zelensky", published="2024-12-23", place="Kursk")],
            [("contradiction", "inconsistent", [1, 2])], id="a part above the whole",
        ),
        pytest.param(
            [cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23"),
             cited(2, "casualties", ("at_least", 3000, None), source="Zelensky", published="2024-12-23", place="Kursk")],
            [], id="only one names a place",
        ),
        pytest.param(
            [cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23"),
             cited(2, "casualties", ("at_least", 200, None), source="HUR", published="2024-12-23")],
            [("contradiction", "unlikely", [1, 2])], id="apart by the conventions only",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 46006, 46006), source="Moscow", published="2025-01-09", party="Palestine",
                   role="unknown", subject="people", no_period=True),
             cited(2, "killed", ("exact", 46788, 46788), source="Kyiv", published="2025-01-11", party="Palestine",
                   role="unknown", subject="people", no_period=True)],
            [], id="a running total that grew",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 35, 35), source="Kyiv", published="2025-04-14", place="Sumy", **U, article=7),
             cited(2, "killed", ("exact", 2, 2), source="Kyiv", published="2025-04-14", place="Sumy", **U, article=7),
             cited(3, "killed", ("exact", 32, 32), source="Moscow", published="2025-04-14", place="Sumy", **U)],
            [("contradiction", "inconsistent", [1, 3])], id="a part of a larger figure is no rival count",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 12000, 12000), source="Kyiv", published="2025-01-13", **{**U, "role": "unknown"}),
             cited(2, "killed", ("exact", 40, 40), source="Moscow", published="2025-01-13", place="Kharkiv",
                   **{**U, "role": "unknown"})],
            [], id="a part below the whole",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 40, 40), source="Kyiv", published="2025-01-13", place="Kharkiv", **U),
             cited(2, "killed", ("exact", 400, 400), source="Moscow", published="2025-01-13", place="Kursk", **U)],
            [], id="places apart",
        ),
        pytest.param(
            [cited(1, "killed", ("exact", 40000, 40000), source="Kyiv", party="Palestine", role="unknown", subject="people"),
             cited(2, "killed", ("exact", 310, 310), source="Moscow", party="Palestine", role="civilian", subject="children")],
            [], id="different scopes",
        ),
        pytest.param(
            [cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23"),
             cited(2, "casualties", ("at_least", 10000, None), source="Zelensky", published="2024-12-23", projection=True)],
            [], id="projections are not checked",
        ),
    ],
)
def test_contradiction(figs, expected) -> None:
    assert found(figs, "contradiction") == expected


def test_contradiction_shows_both_sides_with_provenance() -> None:
    figs = [
        cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23", outlet="Seoul Ledger",
              sentence="Around 1,100 casualties, the JCS said."),
        cited(2, "casualties", ("at_least", 3000, None), source="Zelensky", published="2024-12-23", outlet="Kyiv Courier",
              sentence="More than 3,000, Zelensky said."),
    ]
    [f] = run_checks(figs)
    d = f.to_dict()
    assert set(d) >= {"kind", "party", "metric", "verdict", "detail", "claims"}
    assert (d["kind"], d["party"], d["metric"], d["verdict"]) == ("contradiction", "North Korea", "casualties", "inconsistent")
    assert [c["source"]["name"] for c in d["claims"]] == ["Volodymyr Zelensky", "Joint Chiefs of Staff"]
    assert [c["article"]["outlet"] for c in d["claims"]] == ["Kyiv Courier", "Seoul Ledger"]
    assert [c["sentence"] for c in d["claims"]] == ["More than 3,000, Zelensky said.", "Around 1,100 casualties, the JCS said."]
    assert "3,000–4,500" in d["arithmetic"] and "990–1,210" in d["arithmetic"] and "1,790 apart" in d["arithmetic"]


def test_findings_come_in_kind_order_and_filter_by_party() -> None:
    figs = [
        cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23"),
        cited(2, "casualties", ("at_least", 3000, None), source="Zelensky", published="2024-12-23"),
        cited(3, "casualties", ("approx", 3000, 3000), published="2025-01-13"),
        cited(4, "killed", ("at_least", 3500, None), published="2025-01-13"),
        cited(5, "casualties", ("exact", 10, 10), party="Russia", published="2025-01-13"),
        cited(6, "killed", ("exact", 20, 20), party="Russia", published="2025-01-13"),
    ]
    kinds = [f.kind for f in run_checks(figs)]
    assert kinds == sorted(kinds, key=KINDS.index)
    assert {f.party for f in run_checks(figs, "russia")} == {"Russia"}
    assert {f.party for f in run_checks(figs)} == {"North Korea", "Russia"}
