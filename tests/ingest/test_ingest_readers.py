"""Each reader, and directory walking: what a file gives, and how a bad one is reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tolltrack.articles import Article
from tolltrack.ingest import ReadFailure, expand, read_path, read_paths

D = dt.date

HTML_PAGE = """<!doctype html>
<html><head>
<title>Clashes continue near Tessenei | Wire Net</title>
<meta property="og:title" content="Clashes continue near Tessenei">
<meta property="og:site_name" content="Wire Net">
<link rel="canonical" href="https://wirenet.example/clashes">
<meta property="article:published_time" content="2031-02-04T08:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Clashes continue near Tessenei</h1>
<p>The army said 200 fighters were captured on Monday in the north of the country after two days of heavy fighting.</p>
<p>Officials said the fighting continued into the evening and that reinforcements would be sent to the area this week.</p>
</article>
<footer>Copyright Wire Net. All rights reserved.</footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Feed Times</title><link>https://feed.example</link>
<item><title>Entry one</title><link>https://feed.example/1</link>
<pubDate>Tue, 04 Feb 2031 10:00:00 GMT</pubDate>
<description>&lt;p&gt;At least 12 civilians were killed.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description></item>
<item><title>Entry two</title><link>https://feed.example/2</link><description>Plain text entry.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Post</title><id>urn:x</id><updated>2031-02-05T00:00:00Z</updated>
<entry><title>Atom entry</title><id>urn:1</id><link href="https://atom.example/1"/>
<published>2031-02-05T09:00:00Z</published><updated>2031-02-05T09:00:00Z</updated>
<content type="html">&lt;p&gt;The United Nations said 3,000 people were displaced.&lt;/p&gt;</content></entry>
</feed>
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def articles(path: Path) -> list[Article]:
    items = list(read_path(path))
    assert all(isinstance(i, Article) for i in items), items
    return [i for i in items if isinstance(i, Article)]


@pytest.mark.parametrize(
    "name,content,expected",
    [
        (
            "story.txt",
            "---\ntitle: Losses mount\noutlet: Daily Post\nurl: https://dp.example/1\npublished: 2031-02-03\n---\n"
            "The ministry said 500 soldiers were killed.\n",
            [("Losses mount", "The ministry said 500 soldiers were killed.", "Daily Post", "https://dp.example/1", D(2031, 2, 3))],
        ),
        ("bare.md", "Some 40 soldiers were wounded.\n", [(None, "Some 40 soldiers were wounded.", None, None, None)]),
        (
            "export.jsonl",
            '{"text": "A.", "title": "T1", "outlet": "X", "url": "u1", "published": "2031-02-05"}\n\n'
            '{"body": "B.", "date": "Wed, 05 Feb 2031 10:00:00 +0000"}\n',
            [("T1", "A.", "X", "u1", D(2031, 2, 5)), (None, "B.", None, None, D(2031, 2, 5))],
        ),
        (
            "export.csv",
            "Title,Text,Outlet,URL,Published,lang\nT1,\"Line one,\nline two\",X,u1,2031-02-06,en\n,B.,,,,\n",
            [("T1", "Line one,\nline two", "X", "u1", D(2031, 2, 6)), (None, "B.", None, None, None)],
        ),
        (
            "feed.rss",
            RSS,
            [
                ("Entry one", "At least 12 civilians were killed.\n\nSecond paragraph.", "Feed Times",
                 "https://feed.example/1", D(2031, 2, 4)),
                ("Entry two", "Plain text entry.", "Feed Times", "https://feed.example/2", None),
            ],
        ),
        (
            "feed.atom",
            ATOM,
            [("Atom entry", "The United Nations said 3,000 people were displaced.", "Atom Post",
              "https://atom.example/1", D(2031, 2, 5))],
        ),
    ],
)
def test_readers(tmp_path: Path, name: str, content: str, expected: list[tuple[object, ...]]) -> None:
    got = articles(write(tmp_path, name, content))
    assert [(a.title, a.body, a.outlet, a.url, a.published) for a in got] == expected


def test_html_page(tmp_path: Path) -> None:
    (a,) = articles(write(tmp_path, "page.html", HTML_PAGE))
    assert a.title == "Clashes continue near Tessenei"
    assert a.outlet == "Wire Net"
    assert a.url == "https://wirenet.example/clashes"
    assert a.published == D(2031, 2, 4)
    assert a.body.startswith("The army said 200 fighters were captured")
    assert "reinforcements would be sent" in a.body
    assert "Home" not in a.body and "Copyright" not in a.body


def test_export_rows_keep_other_columns(tmp_path: Path) -> None:
    (a,) = articles(write(tmp_path, "x.csv", "text,lang,section\nA.,en,world\n"))
    assert a.extra == {"lang": "en", "section": "world"}


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("latin1.txt", "Caf\xe9 report".encode("latin-1"), "not UTF-8 text"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not text (binary data)"),
        ("empty.txt", b"", "empty file"),
        ("blank.html", b"  \n\n ", "empty file"),
        ("front_only.txt", "---\ntitle: x\n---\n", "no article text"),
        ("bad_date.txt", "---\npublished: last week\n---\nText.", "not an ISO date"),
        ("page.html", "just some words, no markup at all", "not HTML"),
        ("nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        ("broken.rss", "<rss><channel><item><title>x", "malformed feed"),
        ("notafeed.xml", "<?xml version='1.0'?><catalog><book/></catalog>", "not an RSS or Atom feed"),
        ("nocol.csv", "headline,outlet\nA,B\n", "no 'text' column"),
    ],
)
def test_bad_files_are_reported_with_path_and_reason(tmp_path: Path, name: str, content: str | bytes, reason: str) -> None:
    path = write(tmp_path, name, content)
    (item,) = list(read_path(path))
    assert isinstance(item, ReadFailure)
    assert item.path == str(path)
    assert reason in item.reason


def test_bad_lines_in_an_export_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mixed.jsonl",
        '{"text": "Good one."}\n{bad json\n["a list"]\n{"title": "no text"}\n'
        '{"text": "Bad date.", "published": "soon"}\n{"text": "Good two."}\n',
    )
    items = list(read_path(path))
    assert [i.body for i in items if isinstance(i, Article)] == ["Good one.", "Good two."]
    failures = [(f.path, f.reason.split(":")[0]) for f in items if isinstance(f, ReadFailure)]
    assert failures == [
        (f"{path}:2", "malformed JSON"),
        (f"{path}:3", "expected a JSON object with a 'text' field"),
        (f"{path}:4", "no article text (expected a 'text' column)"),
        (f"{path}:5", "published"),
    ]


def test_directories_are_walked_recursively_in_order(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "B.")
    write(tmp_path, "a/z.txt", "Z.")
    write(tmp_path, "a/deeper/y.jsonl", '{"text": "Y."}\n')
    write(tmp_path, "a/image.png", b"\x89PNG\x00")
    write(tmp_path, ".hidden/x.txt", "hidden")
    write(tmp_path, "a/.draft.txt", "draft")
    got = [a.body for a in articles(tmp_path)]
    assert got == ["B.", "Z.", "Y."]  # a directory's files by name, then its subdirectories by name
    assert [p.name for p in expand([tmp_path]) if isinstance(p, Path)] == ["b.txt", "z.txt", "y.jsonl"]


def test_a_file_named_on_its_own_is_read_by_its_content(tmp_path: Path) -> None:
    write(tmp_path, "feed", RSS)
    write(tmp_path, "page", HTML_PAGE)
    write(tmp_path, "export", '{"text": "J."}\n')
    write(tmp_path, "notes", "Plain.")
    got = [i for i in read_paths([tmp_path / n for n in ("feed", "page", "export", "notes")])]
    assert [type(i).__name__ for i in got] == ["Article"] * 5
    assert [i.outlet for i in got if isinstance(i, Article)][:3] == ["Feed Times", "Feed Times", "Wire Net"]


def test_an_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    from tolltrack.ingest import read_file

    odd = tmp_path / "folder.txt"
    odd.mkdir()
    (item,) = list(read_file(odd))
    assert isinstance(item, ReadFailure) and item.reason.startswith("cannot read: ")


def test_a_missing_path_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    (item,) = list(read_path(tmp_path / "nope"))
    assert item == ReadFailure(str(tmp_path / "nope"), "no such file or directory")
