"""HTML pages: the article body only (no menus, sidebars, captions, share bars or footers), title and date."""

from __future__ import annotations

import json
import re

import pytest
from lxml import html as lxml_html

import tracker.ingest.html as ingest_html
from tracker.ingest import parse_article

from .conftest import CORPUS

P1 = "Pakistan and Uzbekistan agreed on Tuesday to raise bilateral trade to $2 billion by 2027, the commerce ministry said."
P2 = "The two sides also decided to set up a Joint Working Group on Trade Facilitation that will meet in Tashkent in June."
P3 = "Officials said a container train between Karachi and Tashkent would start regular runs later in the year, traders said."
SIDEBAR = "Iran, Pakistan agree to raise trade to $10 billion"
FOOTER = "All rights reserved by The Example Herald"
CAPTION = "Ministers at the signing ceremony in Islamabad"


def page(head: str = "", article_meta: str = "", body_extra: str = "", topbar: str = "") -> bytes:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pakistan, Uzbekistan set $2bn trade goal | The Example Herald</title>{head}</head>
<body>
<header class="site-header"><div class="topbar">{topbar}<a href="/subscribe">Subscribe</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/business">Business</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article>
<h1>Pakistan, Uzbekistan set $2bn trade goal</h1>
{article_meta}
<figure><img src="/a.jpg"><figcaption>{CAPTION}. Photo: file</figcaption></figure>
<p>{P1}</p>
<p>{P2}</p>
{body_extra}
<p>{P3}</p>
<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
<div class="tags">Tags: <a href="/t/pk">Pakistan</a> <a href="/t/uz">Uzbekistan</a></div>
</article>
<aside class="sidebar"><h3>Most Read</h3><ol>
<li><a href="/1">{SIDEBAR}</a></li><li><a href="/2">Kazakhstan, China sign 27 deals worth $3.2 billion</a></li></ol></aside>
</main>
<footer><p>&copy; 2025 {FOOTER}.</p><p><a href="/privacy">Privacy</a></p></footer>
</body></html>""".encode()


def test_body_only_no_furniture():
    art = parse_article(page(), "page.html")
    assert art.text == f"{P1}\n\n{P2}\n\n{P3}"
    assert art.format == "html"
    assert art.title == "Pakistan, Uzbekistan set $2bn trade goal"
    assert art.published is None  # the page gives no date: never today's


def test_meta_published_time_and_og_title():
    head = (
        '<meta property="og:title" content="Pakistan and Uzbekistan set a $2bn trade goal">'
        '<meta property="article:published_time" content="2025-03-18T23:30:00+05:00">'
    )
    art = parse_article(page(head=head), "page.html")
    assert (art.published, art.published_how) == ("2025-03-18", "html-meta")  # the page's local date, not UTC
    assert art.title == "Pakistan and Uzbekistan set a $2bn trade goal"


def test_json_ld_date_published():
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
        '"headline": "x", "datePublished": "2024-11-05T08:00:00Z"}]}</script>'
    )
    art = parse_article(page(head=head), "page.html")
    assert (art.published, art.published_how) == ("2024-11-05", "html-meta")


def test_time_element_in_article_but_not_site_header():
    meta = '<div class="meta"><span class="byline">Staff Reporter</span> <time datetime="2025-03-18T09:12:00+05:00">March 18, 2025</time></div>'
    art = parse_article(
        page(article_meta=meta, topbar='<time datetime="2025-04-30">Wednesday, April 30, 2025</time>'),
        "page.html",
    )
    assert (art.published, art.published_how) == ("2025-03-18", "html-time")
    assert "Staff Reporter" not in art.text and "March 18" not in art.text


def test_visible_byline_date_when_no_metadata():
    meta = '<div class="entry-meta">By <a href="/a/">Aigerim Nurlanova</a> in <a href="/business/">Business</a> on 24 September 2025</div>'
    art = parse_article(page(article_meta=meta), "page.html")
    assert (art.published, art.published_how) == ("2025-09-24", "byline")


def test_site_header_date_is_not_the_article_date():
    art = parse_article(
        page(topbar='<span class="date-today">Wednesday, April 30, 2025</span> | '), "page.html"
    )
    assert art.published is None


def test_entities_lists_and_cp1252_pages():
    extra = (
        "<ul><li>Joint ventures in textiles &amp; leather will be facilitated by both chambers;</li>"
        "<li>A Made in Pakistan exhibition will be held in Tashkent in October&nbsp;2025.</li></ul>"
    )
    data = page(body_extra=extra).replace(b'charset="utf-8"', b'charset="windows-1252"')
    data = data.decode().replace("agreed on Tuesday", "agreed on Tuesday’s").encode("cp1252")
    art = parse_article(data, "page.htm")
    assert "Joint ventures in textiles & leather will be facilitated by both chambers;" in art.text
    assert "in October 2025." in art.text
    assert "agreed on Tuesday’s" in art.text


def test_trafilatura_losing_a_paragraph_falls_back_to_lxml(monkeypatch):
    monkeypatch.setattr(ingest_html, "_trafilatura_blocks", lambda _page: [P1])
    art = parse_article(page(), "page.html")
    assert art.text == f"{P1}\n\n{P2}\n\n{P3}"


def test_line_breaks_keep_sentences_apart():
    data = f"<html><body><div class='story'><p>{P1}<br><br>{P2}</p></div></body></html>".encode()
    assert parse_article(data, "page.html").text == f"{P1}\n{P2}"


def test_wrapper_with_a_furniture_like_class_keeps_the_article():
    data = f"<html><body><div class='info'><p>{P1}</p><p>{P2}</p></div><aside><p>{SIDEBAR}</p></aside></body></html>"
    assert parse_article(data.encode(), "page.html").text == f"{P1}\n\n{P2}"


def test_text_directly_in_body_is_kept():
    assert parse_article(f"<html><body>{P1}</body></html>".encode(), "page.html").text == P1


@pytest.mark.parametrize(
    "data",
    [
        b"<!doctype html><html><head><title>x</title></head><body><nav>Home</nav></body></html>",
        b"<!DOCTYPE html>",
        b"<html></html>",
    ],
    ids=["only a menu", "doctype only", "empty html element"],
)
def test_html_without_body_text_is_refused(data):
    from tracker.errors import InputError

    with pytest.raises(InputError, match="no article text"):
        parse_article(data, "x.html")


# ---- the five corpus pages ------------------------------------------------------------------------------

HTML_FILES = sorted((CORPUS / "dev").glob("*.html"))
_FURNITURE_XPATH = (
    "//aside | //footer | //nav | //figcaption | //*[contains(@class, 'sidebar')] | //*[contains(@class, 'share')]"
    " | //*[contains(@class, 'caption')] | //*[contains(@class, 'most-')] | //*[contains(@class, 'tags')]"
    " | //*[contains(@class, 'footer')] | //*[contains(@class, 'ticker')] | //*[contains(@class, 'top-bar') or contains(@class, 'topbar')]"
)


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@pytest.mark.parametrize("path", HTML_FILES, ids=lambda p: p.name)
def test_corpus_page(path):
    data = path.read_bytes()
    art = parse_article(data, str(path))
    gold = json.loads(path.with_suffix(".gold.json").read_text())
    tree = lxml_html.document_fromstring(data.decode("utf-8"))
    assert art.published == gold["published"]
    assert art.title and art.title in _clean(" ".join(tree.xpath("//title//text()")))
    # Every body paragraph is present, whole.
    furniture = tree.xpath(_FURNITURE_XPATH)
    kept = set(furniture)  # lxml keeps one proxy per node while it is referenced, so identity works
    paragraphs = [
        _clean(p.text_content())
        for p in tree.xpath("//p")
        if not any(a in kept for a in [p, *p.iterancestors()])
    ]
    body = [p for p in paragraphs if len(p.split()) >= 12 and p.endswith((".", "”", '"'))]
    assert len(body) >= 6
    for p in body:
        assert p in art.text
    # No sidebar, menu, caption, share bar or footer text.
    for f in furniture:
        for item in f.xpath(".//li | .//p | .//figcaption | .//a") or [f]:
            text = _clean(item.text_content())
            if len(text.split()) >= 3:
                assert text not in art.text, text
    for c in gold["commitments"]:
        assert c["evidence"] in art.text
