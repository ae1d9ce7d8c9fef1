"""Ingest: reading inputs, decoding, normalisation, furniture removal and refusals, as a user sees them."""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass

import pytest

import tracker.ingest as ingest
from tracker.errors import InputError, UsageError
from tracker.ingest import guess_title, iter_inputs, parse_article
from tracker.ingest.furniture import is_furniture

from .conftest import CORPUS

BODY = "Pakistan and Uzbekistan agreed to raise bilateral trade to $2 billion by 2027."


@dataclass
class Example:
    name: str
    data: bytes
    expected: str


# Decoding: the same sentence in the encodings people actually save text in.
DECODING = [
    Example("utf-8", "Tashkent’s “trade” café".encode(), "Tashkent’s “trade” café"),
    Example("utf-8 with BOM", b"\xef\xbb\xbf" + "Tashkent’s café".encode(), "Tashkent’s café"),
    Example(
        "utf-16 le with BOM",
        "\ufeffTashkent’s café, Việt Nam".encode("utf-16-le"),
        "Tashkent’s café, Việt Nam",
    ),
    Example(
        "utf-16 be with BOM",
        "\ufeffTashkent’s café, Việt Nam".encode("utf-16-be"),
        "Tashkent’s café, Việt Nam",
    ),
    Example(
        "utf-16 le without BOM",
        "Tashkent trade talks resume".encode("utf-16-le"),
        "Tashkent trade talks resume",
    ),
    Example(
        "cp1252 curly quotes",
        "the minister’s “target” – €2 bn".encode("cp1252"),
        "the minister’s “target” – €2 bn",
    ),
    Example("latin-1", "Türkiye and Côte d'Ivoire".encode("latin-1"), "Türkiye and Côte d'Ivoire"),
    Example("latin-1 byte undefined in cp1252", b"caf\xe9 \x81 bar", "café \x81 bar"),
    Example(
        "utf-8 read as cp1252 once (mojibake)",
        "the minister’s café".encode().decode("cp1252").encode(),
        "the minister’s café",
    ),
]


@pytest.mark.parametrize("ex", DECODING, ids=lambda e: e.name)
def test_decoding(ex: Example):
    assert parse_article(ex.data, "a.txt").text == ex.expected


# Inputs that must be refused with a reason naming the problem.
REFUSALS = [
    Example("empty", b"", "empty"),
    Example("whitespace only", b" \n\t\r\n  ", "empty"),
    Example("utf-16 whitespace only", "\ufeff  \n ".encode("utf-16-le"), "empty"),
    Example("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    Example("zip (docx)", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
    Example("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    Example("gzip", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    Example("nul bytes", b"trade \x00\x01\x02 target \x00\xff\x00\x00\x13", "NUL"),
    Example("control characters", bytes(range(1, 9)) * 40 + b"some text", "control"),
    Example("utf-16 with odd byte count", b"\xff\xfeT\x00r\x00\x00\xd8", "UTF-16"),
    Example(
        "only page furniture", b"Share this article\n\nAlso Read: Pakistan, Iran target $10bn\n", "furniture"
    ),
]


@pytest.mark.parametrize("ex", REFUSALS, ids=lambda e: e.name)
def test_refusals_name_the_input_and_the_reason(ex: Example):
    with pytest.raises(InputError) as err:
        parse_article(ex.data, "bad.txt")
    assert err.value.name == "bad.txt"
    assert ex.expected.lower() in err.value.reason.lower()


# Normalisation: what differs between copies of one article goes, the rest is kept exactly.
NORMALISATION = [
    Example(
        "html entities in text",
        b"Trade &amp; investment: Pakistan&#39;s $2&nbsp;billion &#x2019;",
        "Trade & investment: Pakistan's $2 billion ’",
    ),
    Example("ampersand words are not entities", b"AT&T and R&D &notice", "AT&T and R&D &notice"),
    Example(
        "markdown escapes",
        rb"a \$1 billion fund, \_id\_, \*note\*, R\&D, 5\% share",
        "a $1 billion fund, _id_, *note*, R&D, 5% share",
    ),
    Example("no-break and thin spaces", "USD\u00a010\u202fbn at\u2009once".encode(), "USD 10 bn at once"),
    Example(
        "zero-width and soft hyphen removed", "co\u00adoperation\u200b pact".encode(), "cooperation pact"
    ),
    Example(
        "CRLF and CR", b"First line.\r\nSecond line.\rThird line.", "First line.\nSecond line.\nThird line."
    ),
    Example("trailing spaces", b"First line.   \nSecond line.\t\n", "First line.\nSecond line."),
    Example(
        "3+ blank lines collapse to one",
        b"First paragraph.\n\n\n\n\nSecond paragraph.",
        "First paragraph.\n\nSecond paragraph.",
    ),
    Example(
        "two blank lines collapse to one",
        b"First paragraph.\n\n\nSecond paragraph.",
        "First paragraph.\n\nSecond paragraph.",
    ),
    Example(
        "single blank line kept",
        b"First paragraph.\n\nSecond paragraph.\nSame paragraph.",
        "First paragraph.\n\nSecond paragraph.\nSame paragraph.",
    ),
    Example("NFC", "Vie\u0302\u0323t Nam".encode(), "Việt Nam"),
    Example(
        "escape revealed by removing a soft hyphen is resolved too",
        "Exports rose \\\u00ad$2 billion".encode(),
        "Exports rose $2 billion",
    ),
    Example(
        "leading indentation kept inside, text stripped",
        b"\n\n  Intro line.\n    indented line.\n\n",
        "Intro line.\n    indented line.",
    ),
    Example(
        "PDF page break inside a sentence is rejoined",
        (
            b"The two sides reiterated their shared ambition to increase\n\n\n\nmutual trade volume to $1 billion."
        ),
        "The two sides reiterated their shared ambition to increase mutual trade volume to $1 billion.",
    ),
    Example(
        "PDF page break with a running header in between",
        (
            b"Ambassador Khan said the plan reflects a comprehensive vision for bilateral\n\n\n\nINSTITUTE OF REGIONAL STUDIES\n"
            b"Islamabad Papers\n\ncooperation between the two countries."
        ),
        "Ambassador Khan said the plan reflects a comprehensive vision for bilateral cooperation between the two countries.",
    ),
    Example(
        "blank run after a finished sentence is only collapsed",
        b"The ministers met in Tashkent on Monday.\n\n\n\nthe next session is due in May.",
        "The ministers met in Tashkent on Monday.\n\nthe next session is due in May.",
    ),
]


@pytest.mark.parametrize("ex", NORMALISATION, ids=lambda e: e.name)
def test_normalisation(ex: Example):
    assert parse_article(ex.data, "a.txt").text == ex.expected


@dataclass
class Line:
    line: str
    furniture: bool


FURNITURE = [
    Line("Also Read: Pak-Iran JEC signed key protocols, reaffirmed to accomplish USD 10bn trade goal", True),
    Line("Also Read:  Kazakhstan and Pakistan Forge Strong Economic Cartel", True),
    Line("ALSO READ Iraq, Turkey sign $17bn Development Road memorandum", True),
    Line("READ MORE: China's trade with Africa hits record $282 billion", True),
    Line("Read more: Kenya, Uganda agree to build pipeline", True),
    Line("- Also read: Türkiye's exports to Gulf countries hit record $30B", True),
    Line("Related: Uzbekistan, Kyrgyzstan agree on $2bn target", True),
    Line("Related Articles", True),
    Line("Most Read", True),
    Line("Share: Facebook X WhatsApp", True),
    Line("Share: Facebook | Twitter | Telegram | WhatsApp", True),
    Line("Share this article", True),
    Line("Photo: The co-chairs of the commission during the signing ceremony. Photo by Khovar", True),
    Line("(Photo: file)", True),
    Line("Caption: Ministers at the signing ceremony in Baku", True),
    Line("Officials of the two countries at the ministerial meeting in Riyadh. Photo: file", True),
    Line("Delegates at the business forum in Karachi — Photo by APP", True),
    Line("Tags: Saudi Arabia, SIFC, Investment", True),
    Line("Follow us on Twitter and WhatsApp for the latest news", True),
    Line("Subscribe to our daily newsletter", True),
    Line("Click here to read the joint statement", True),
    Line("Copyright © ANTARA 2024", True),
    Line("© 2025 Business Herald. All rights reserved.", True),
    Line("(Reporting by Aditi Rao in New Delhi; Editing by Mark Potter)", True),
    # Prose that starts or ends like furniture stays.
    Line("Also, read the fine print: the two sides agreed to a $1 billion target.", False),
    Line("Related talks on the railway will be held in Kabul next month.", False),
    Line("Subscribers to the scheme will get cheaper freight rates, the minister said.", False),
    Line("The ministers shared a photo of the signing ceremony with reporters.", False),
    Line("Copyright protection for software will be covered under the new agreement.", False),
    Line("Editors of both news agencies agreed to exchange content.", False),
    Line("The plant will produce 5,000 units a year - photo voltaic panels included.", False),
]


@pytest.mark.parametrize("ex", FURNITURE, ids=lambda e: e.line[:40])
def test_furniture_lines(ex: Line):
    assert is_furniture(ex.line) is ex.furniture


@pytest.mark.parametrize(
    ("seed", "gone"),
    [
        ("002_9f9e8348c6917a66.txt", "USD 10bn trade goal"),
        ("004_7bac86162d3f8ca4.txt", "Kazakhstan and Pakistan Forge Strong Economic Cartel"),
    ],
)
def test_seed_also_read_lines_are_gone(seed: str, gone: str):
    text = parse_article((CORPUS / "seeds" / seed).read_bytes(), seed).text
    assert gone not in text and "Also Read" not in text


def _corpus_files() -> list:
    return sorted(
        p
        for d in ("dev", "seeds")
        for p in (CORPUS / d).iterdir()
        if p.suffix in (".txt", ".html") and p.with_suffix(".gold.json").exists()
    )


def test_every_gold_evidence_survives_ingest():
    """Furniture removal and HTML extraction never eat a sentence a commitment is read from."""
    missing = []
    for path in _corpus_files():
        text = parse_article(path.read_bytes(), str(path)).text
        gold = json.loads(path.with_suffix(".gold.json").read_text())
        missing += [(path.name, c["evidence"]) for c in gold["commitments"] if c["evidence"] not in text]
    assert missing == []


def test_same_article_in_other_encodings_and_line_endings_has_same_id():
    raw = (CORPUS / "dev" / "dev01-pk-uz-trade-facilitation-jwg.txt").read_text(encoding="utf-8")
    variants = [
        raw.encode(),
        b"\xef\xbb\xbf" + raw.encode(),
        raw.replace("\n", "\r\n").encode(),
        ("\ufeff" + raw).encode("utf-16-le"),
        raw.replace("\n\n", "\n   \n\n").encode(),
    ]
    ids = {parse_article(v, "dev01.txt").id for v in variants}
    assert len(ids) == 1


def test_published_option_overrides_and_is_validated():
    data = b"Islamabad, 24 May 2023 (TDI): The ministers met.\n"
    art = parse_article(data, "a.txt", published="2021-06-01", source="Dawn")
    assert (art.published, art.published_how, art.source) == ("2021-06-01", "option", "Dawn")
    art = parse_article(data, "a.txt")
    assert (art.published, art.published_how) == ("2023-05-24", "dateline")
    with pytest.raises(UsageError):
        parse_article(data, "a.txt", published="24/05/2023")


TITLES = [
    Example(
        "headline above dateline",
        b"Pakistan, Oman agree to form fisheries group\n\nMUSCAT, June 23 - Oman and "
        b"Pakistan agreed on Sunday to form a working group on fisheries, officials said.",
        "Pakistan, Oman agree to form fisheries group",
    ),
    Example(
        "letterhead and date skipped",
        b"NATIONAL NEWS AGENCY\n\nMonday, 21 October 2024\n\nLeaders agree to speed up "
        b"the power line\n\nASHGABAT, October 21 (TDH). The meeting was held today in the capital, officials said.",
        "Leaders agree to speed up the power line",
    ),
    Example(
        "no headline: first line is the dateline paragraph",
        b"Tashkent, 5 June 2024 /Dunyo/ -- Uzbekistan and "
        b"Kazakhstan intend to bring mutual trade to 10 billion dollars by 2030, the ministers said.",
        "",
    ),
]


@pytest.mark.parametrize("ex", TITLES, ids=lambda e: e.name)
def test_title(ex: Example):
    assert (guess_title(parse_article(ex.data, "a.txt").text) or "") == ex.expected
    if ex.expected:
        assert parse_article(ex.data, "a.txt").title == ex.expected


# Texts without a headline are named by their lead sentence, dateline removed, cut near 100 characters.
LEAD_TITLES = [
    Example(
        "dateline with date and agency",
        b"Tashkent, 5 June 2024 /Dunyo/ -- Uzbekistan and Kazakhstan intend to bring "
        b"mutual trade to 10 billion dollars by 2030, the ministers said.",
        "Uzbekistan and Kazakhstan intend to bring mutual trade to 10 billion dollars by 2030, the ministers…",
    ),
    Example(
        "place and colon",
        b"MUSCAT: Oman and Pakistan agreed to form a fisheries group. The group meets in May.",
        "Oman and Pakistan agreed to form a fisheries group",
    ),
    Example(
        "UrduPoint date and agency line",
        b" date 2025-01-05 LAHORE, (UrduPoint / Pakistan Point News - 5th Jan, 2025) "
        b"Turkey and Pakistan agreed to set up a joint working group on textiles on Monday.",
        "Turkey and Pakistan agreed to set up a joint working group on textiles on Monday",
    ),
    Example(
        "agency in brackets and a dash",
        "ANKARA (AA) – Türkiye and Iraq will start work on the road next year, "
        "the minister told reporters.".encode(),
        "Türkiye and Iraq will start work on the road next year, the minister told reporters",
    ),
    Example(
        "no dateline: the sentence is kept whole",
        b"Pakistan and Uzbekistan agreed on Monday to raise bilateral trade, "
        b"officials said. More talks follow.",
        "Pakistan and Uzbekistan agreed on Monday to raise bilateral trade, officials said",
    ),
    Example(
        "abbreviations and initials do not end the sentence",
        b"Mr. Khan met H.E. Ambassador Rustamov in Islamabad and "
        b"discussed the trade corridor. Both sides agreed.",
        "Mr. Khan met H.E. Ambassador Rustamov in Islamabad and discussed the trade corridor",
    ),
    Example(
        "a subject with an acronym is not a dateline",
        b"The Ministry (MOFA) said trade with Uzbekistan rose by a third last year, officials said.",
        "The Ministry (MOFA) said trade with Uzbekistan rose by a third last year, officials said",
    ),
    Example(
        "words before a dash are no dateline",
        b"Pakistan, China sign - deal on trade and agree to raise exports over three years, they said.",
        "Pakistan, China sign - deal on trade and agree to raise exports over three years, they said",
    ),
    Example(
        "the cut does not end on a function word",
        b"Ministers of Pakistan and Tajikistan discussed cooperation in textiles "
        b"and mining and leather and food processing of the region in view of a visit.",
        "Ministers of Pakistan and Tajikistan discussed cooperation in textiles and mining and leather…",
    ),
    Example(
        "letterhead above the lead paragraph",
        b"MINISTRY OF TRADE\n\nPRESS STATEMENT\n\nThe Government of Ghana and "
        b"the Government of Nigeria signed a memorandum on trade on Friday in Accra.",
        "The Government of Ghana and the Government of Nigeria signed a memorandum on trade on Friday…",
    ),
    Example("no body paragraph near the top", b"\n".join(b"Short line %d" % i for i in range(14)), ""),
]


@pytest.mark.parametrize("ex", LEAD_TITLES, ids=lambda e: e.name)
def test_lead_title_for_texts_without_a_headline(ex: Example):
    art = parse_article(ex.data, "a.txt")
    assert guess_title(art.text) is None
    assert (art.title or "") == ex.expected


@pytest.mark.parametrize("seed", sorted((CORPUS / "seeds").glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_seed_has_a_title_without_dateline(seed):
    title = parse_article(seed.read_bytes(), str(seed)).title
    assert title and len(title) <= 101 and title[0].isupper()
    assert not any(w in title for w in ("UrduPoint", "(TDI)", "ISLAMABAD", "2025-"))


# ---- iter_inputs ----------------------------------------------------------------------------------------


def _names(items) -> list[str]:
    return [
        os.path.basename(n) if not isinstance(d, InputError) else f"ERR:{os.path.basename(n)}"
        for n, d in items
    ]


def test_folder_is_recursive_sorted_filtered_and_skips_hidden(tmp_path):
    (tmp_path / "b.txt").write_text(BODY)
    (tmp_path / "a.md").write_text(BODY)
    (tmp_path / "z.HTML").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "notes.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text(BODY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.htm").write_text("<html></html>")
    (tmp_path / "sub" / "a.txt").write_text(BODY)
    got = [(os.path.relpath(n, tmp_path), d) for n, d in iter_inputs([str(tmp_path)])]
    assert [n for n, _ in got] == ["a.md", "b.txt", "sub/a.txt", "sub/c.htm", "z.HTML"]
    assert all(isinstance(d, bytes) for _, d in got)


def test_unreadable_inputs_are_errors_and_the_batch_goes_on(tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(BODY)
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    (empty_dir / "image.png").write_bytes(b"\x89PNG")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    monkeypatch.setattr(ingest, "MAX_BYTES", 1000)
    got = list(iter_inputs([str(tmp_path / "missing.txt"), str(empty_dir), str(big), str(good)]))
    assert _names(got) == ["ERR:missing.txt", "ERR:empty", "ERR:big.txt", "good.txt"]
    reasons = [d.reason for _, d in got if isinstance(d, InputError)]
    assert "no such file" in reasons[0] and "no .txt" in reasons[1] and "too large" in reasons[2]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads everything")
def test_permission_denied_is_an_error(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(BODY)
    locked.chmod(0)
    try:
        [(name, data)] = list(iter_inputs([str(locked)]))
        assert isinstance(data, InputError) and "permission denied" in data.reason
    finally:
        locked.chmod(0o644)


def test_stdin_is_read_for_dash_and_html_is_sniffed():
    page = (
        b"<!DOCTYPE html><html><head><title>T</title></head><body><article><p>" + BODY.encode() + b"</p>"
        b"<div class='share'>Share: Facebook X</div></article></body></html>"
    )
    [(name, data)] = list(iter_inputs(["-"], stdin=io.BytesIO(page)))
    assert name == "-" and data == page
    art = parse_article(data, name)
    assert art.format == "html" and art.text == BODY and art.path == "-"


def test_files_are_read_lazily(tmp_path):
    (tmp_path / "a.txt").write_text("first")
    (tmp_path / "b.txt").write_text("original")
    items = iter_inputs([str(tmp_path)])
    assert next(items)[1] == b"first"
    (tmp_path / "b.txt").write_text("changed before it was read")
    assert next(items)[1] == b"changed before it was read"


def test_importing_ingest_does_not_import_trafilatura():
    import subprocess
    import sys

    code = "import sys, tracker.ingest; print('trafilatura' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---- properties ---------------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = [
    *"abc XYZ.,:$\\&#;-\n\n\n\r\t\u00a0\u2009é’“”",
    "&amp;",
    "Also Read: x",
    "Share this article",
    "\\$1",
    "&#39;",
    "e\u0301",
    "&amp;amp;",
    "\\\\$",
    "&#38;#39;",
    "&#13;",
    "&nbsp;",
    "\u00ad",
    "Also Read:&nbsp;x\n",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_normalised_text_is_a_fixed_point(raw: str):
    """Ingesting the stored text again gives the same text, so the same id (re-ingest is a no-op)."""
    try:
        first = parse_article(raw.encode(), "a.txt")
    except InputError:
        return
    again = parse_article(first.text.encode(), "a.txt")
    assert again.text == first.text and again.id == first.id
    assert "\r" not in first.text and "\u00a0" not in first.text and "\n\n\n" not in first.text
    assert first.text == first.text.strip()
