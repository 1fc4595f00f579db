"""The North Korean deployment to Russia, 2024–25, as hand-built stored claims.

South Korea's Joint Chiefs of Staff: around 1,100 casualties in December;
its intelligence service: about 3,000 in mid-January, more than 4,000 by
mid-March, 4,700 in April; the Ukrainian president: "more than 3,000" and "as
many as 4,000"; 11,000 deployed plus 3,000–4,000 sent later; and some 30
percent of the 11,000 lost.
"""

from __future__ import annotations

from tolltrack.records import CitedFigure

from .build import cited


def figures() -> list[CitedFigure]:
    return [
        cited(1, "deployed", ("approx", 11000, 11000), source="NIS", published="2024-11-13",
              no_period=True, place="Russia",
              sentence="North Korea has sent about 11,000 troops to Russia, the NIS said.",
              outlet="Harbour Wire"),
        cited(2, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23",
              as_of_text="on Monday", place="Kursk", sentence="North Korean troops fighting in Russia's Kursk region "
              "have suffered around 1,100 casualties, the Joint Chiefs of Staff said on Monday.", outlet="Seoul Ledger",
              reprints=((21, "Pacific Daily", "2024-12-24"),)),
        cited(3, "casualties", ("at_least", 3000, None), source="Zelensky", published="2024-12-23",
              as_of_text="on Monday", place="Kursk", sentence="More than 3,000 North Korean soldiers have been killed or "
              "wounded in Kursk, President Volodymyr Zelensky said on Monday.", outlet="Kyiv Courier"),
        cited(4, "casualties", ("approx", 3000, 3000), source="NIS", published="2025-01-13",
              as_of_text="on Monday",
              sentence="About 3,000 North Korean soldiers have been killed or wounded, the NIS told lawmakers on Monday.",
              outlet="Harbour Wire", via=("Lee Seong-kweun",)),
        cited(5, "casualties", ("at_most", None, 4000), source="Zelensky", published="2025-01-12",
              as_of_text="on Sunday", sentence="As many as 4,000 North Korean troops have been killed or "
              "wounded, Zelensky said on Sunday.", outlet="Kyiv Courier"),
        cited(6, "casualties", ("approx", 30, 30), unit="percent", source="HUR", published="2025-01-14",
              as_of_text="on Tuesday", place="Kursk", sentence="The North Korean units have lost some 30 percent of the 11,000 "
              "troops sent to Kursk, Ukraine's military intelligence said on Tuesday.", outlet="Kyiv Courier"),
        cited(7, "reinforcements", ("range", 3000, 4000), source="NIS", published="2025-02-27",
              as_of_text="in January and February", start="2025-01-01", end="2025-02-27", place="Russia",
              sentence="North Korea sent an additional 3,000 to 4,000 troops in January and February, the NIS said.",
              outlet="Harbour Wire"),
        cited(8, "casualties", ("at_least", 4000, None), source="NIS", published="2025-03-27",
              start="2025-03-11", end="2025-03-20", as_of_text="by mid-March",
              sentence="North Korean casualties passed 4,000 by mid-March, the NIS told lawmakers.",
              outlet="Harbour Wire", via=("Lee Seong-kweun",)),
        cited(9, "casualties", ("exact", 4700, 4700), source="NIS", published="2025-04-30",
              start="2025-04-01", end="2025-04-30", as_of_text="in April",
              sentence="About 4,700 North Korean troops have been killed or wounded, including 600 deaths, "
              "the NIS said in April.", outlet="Seoul Ledger"),
        cited(10, "killed", ("exact", 600, 600), source="NIS", published="2025-04-30",
              start="2025-04-01", end="2025-04-30", as_of_text="in April", article=90,
              sentence="About 4,700 North Korean troops have been killed or wounded, including 600 deaths, "
              "the NIS said in April.", outlet="Seoul Ledger"),
    ]
