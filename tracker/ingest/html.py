"""HTML page -> article body paragraphs, title and publication date.

The body comes from trafilatura (imported lazily: it takes a noticeable time to import and
most commands never see HTML). Its output is checked against a plain lxml reading of the
page's article container; when trafilatura drops a body paragraph, the lxml reading is used.
The title and date come from the page's own metadata (og:title, <title>, <h1>;
article:published_time, JSON-LD datePublished, <time datetime>), else from the visible
dateline/byline just above the body, read like a text article's head.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from tracker.ingest.dates import find_published
from tracker.ingest.normalise import normalise_chars

# Classes and ids of page parts that are never article body: site header, menus, sidebars,
# share bars, captions, tags, "most read" lists, footers. Matched against each class/id token.
_FURNITURE_TOKEN = re.compile(
    r"^(site-?header|header|masthead|top-?bar|top-?nav|nav|navbar|navigation|main-nav|primary-menu|menu|gnb|"
    r"breadcrumbs?|ticker|lang-switch|sidebar|side|widget.*|.*-widget|rank|most-.*|popular.*|.*-popular|"
    r"related.*|.*-related|share.*|.*-share|.*__share|social.*|tags?|.*-tags|newsletter|subscribe|"
    r"footer.*|.*-footer|site-info|caption|.*-caption|credit|.*__image|comments?|advert.*|ads?|promo.*|"
    r"login|search|editor|byline|.*__byline|.*-byline|meta|.*-meta|.*__meta|.*__time|info|dateline|kicker)$",
    re.I,
)
_FURNITURE_TAGS = {
    "header",
    "nav",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "form",
    "script",
    "style",
    "noscript",
    "button",
    "iframe",
    "svg",
}
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
_TITLE_SUFFIX = re.compile(r"\s+[|–—»·:-]\s+[^|–—»·]{2,60}$")
_DATE_META = (
    # (attribute, value) pairs of <meta> that carry the publication date, best first
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("property", "og:published_time"),
    ("itemprop", "datePublished"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "date"),
    ("name", "dc.date.issued"),
    ("name", "dc.date"),
    ("name", "dcterms.date"),
    ("name", "sailthru.date"),
    ("name", "parsely-pub-date"),
)
_ISO_DATE = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
# A paragraph this long that trafilatura lost means its output is incomplete.
_LONG_PARAGRAPH_WORDS = 15


@dataclass
class HtmlArticle:
    """What a page gives: body text (paragraphs separated by blank lines), title and date."""

    text: str
    title: str | None
    published: str | None
    published_how: str | None


def _clean(s: str | None) -> str:
    return re.sub(r"\s+", " ", normalise_chars(s or "")).strip()


def _block_text(el) -> str:
    """Text of one block with line breaks (<br>, trafilatura's <lb>) kept as newlines."""
    el = copy.deepcopy(el)
    for br in el.iter("br", "lb"):
        br.tail = "\n" + (br.tail or "")
    lines = (_clean(line) for line in "".join(el.itertext()).split("\n"))
    return "\n".join(line for line in lines if line)


def _is_furniture_element(el: lxml_html.HtmlElement) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag.lower() in _FURNITURE_TAGS:
        return True
    tokens = (el.get("class") or "").split() + (el.get("id") or "").split()
    return any(_FURNITURE_TOKEN.match(t) for t in tokens)


def _iso(value: str | None) -> str | None:
    m = _ISO_DATE.search(value or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _meta_date(tree: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    """Publication date from meta tags, JSON-LD or <time datetime> (the page's own statement)."""
    for attr, value in _DATE_META:
        for el in tree.xpath(
            f"//meta[translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
            f"'abcdefghijklmnopqrstuvwxyz')='{value.lower()}']"
        ):
            iso = _iso(el.get("content"))
            if iso:
                return iso, "html-meta"
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                iso = _iso(str(item.get("datePublished") or ""))
                if iso:
                    return iso, "html-meta"
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    for el in tree.xpath("//time[@datetime] | //*[@itemprop='datePublished'][@datetime or @content]"):
        if any(
            _is_furniture_element(a) and a.tag in ("header", "footer", "aside", "nav")
            for a in el.iterancestors()
        ):
            continue  # a date in the site header is today's date, not the article's
        iso = _iso(el.get("datetime") or el.get("content"))
        if iso:
            return iso, "html-time"
    return None, None


def _title(tree: lxml_html.HtmlElement) -> str | None:
    """og:title, else the page heading that starts <title>, else <title> without the site name."""
    og = tree.xpath("//meta[@property='og:title' or @name='og:title' or @name='twitter:title']/@content")
    if og and _clean(og[0]):
        return _clean(og[0])
    page_title = _clean(" ".join(tree.xpath("//title//text()")))
    headings = [_clean(h.text_content()) for h in tree.xpath("//h1 | //h2")]
    for h in headings:
        if len(h) >= 15 and page_title.lower().startswith(h.lower()):
            return h
    if page_title:
        stripped = page_title
        while True:  # "Headline - Section - Site Name" -> "Headline"
            shorter = _TITLE_SUFFIX.sub("", stripped)
            if shorter == stripped or len(shorter) < 15:
                break
            stripped = shorter
        return stripped
    article_h1 = [h for h in tree.xpath("//article//h1 | //main//h1") if _clean(h.text_content())]
    return _clean(article_h1[0].text_content()) if article_h1 else (headings[0] if headings else None)


def _lxml_blocks(tree: lxml_html.HtmlElement) -> list[str]:
    """Paragraph texts of the container holding most paragraph text, furniture skipped."""
    best, best_len = None, 0
    for container in tree.iter():
        if not isinstance(container.tag, str) or _is_furniture_element(container):
            continue
        direct = sum(len(p.text_content()) for p in container if isinstance(p.tag, str) and p.tag == "p")
        if direct > best_len:
            best, best_len = container, direct
    if best is None:
        return []
    blocks = []
    for el in best.iter(*_BLOCK_TAGS):
        between = []
        for a in el.iterancestors():
            if a is best:
                break
            between.append(a)
        if _is_furniture_element(el) or any(_is_furniture_element(a) for a in between):
            continue
        if any(a.tag in _BLOCK_TAGS for a in between):
            continue  # a <p> inside an <li> is read with its <li>
        text = _block_text(el)
        if text:
            blocks.append(text)
    return blocks


def _trafilatura_blocks(page: str) -> list[str] | None:
    import trafilatura  # lazy: slow to import, only needed for HTML

    doc = trafilatura.bare_extraction(
        page,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=False,
        with_metadata=False,
    )
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return None
    blocks = []
    for el in body:
        if not isinstance(el.tag, str):
            continue
        if el.tag == "list":
            blocks.extend(_block_text(item) for item in el.iter("item"))
        else:
            blocks.append(_block_text(el))
    return [b for b in blocks if b]


def _is_preamble(block: str, title: str | None) -> bool:
    """Kicker, headline, byline and date lines above the body: short and not a sentence."""
    if title and block.lower() == title.lower():
        return True
    return len(block.split()) < 10 and not block.endswith((".", "!", "?", '"', "”"))


def _words(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def _furniture_text(tree: lxml_html.HtmlElement) -> str:
    """All text of menus, sidebars, captions, share bars and footers, to screen extracted blocks.

    An element holding most of the page's text is skipped whatever its class says: a wrapper
    named like furniture ("info", "meta") must not make the whole article disappear.
    """
    total = len(_clean(tree.text_content()))
    parts = []
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag not in ("script", "style") and _is_furniture_element(el):
            text = _clean(el.text_content())
            if text and len(text) <= total / 2:
                parts.append(text)
    return "\n".join(parts)


def extract_html(page: str) -> HtmlArticle:
    """Body paragraphs, title and date of one HTML page (empty text when the page has none)."""
    try:
        tree = lxml_html.document_fromstring(
            page.encode("utf-8") if page.lstrip().startswith("<?xml") else page
        )
    except (etree.ParserError, ValueError):
        return HtmlArticle(text="", title=None, published=None, published_how=None)
    title = _title(tree)
    published, how = _meta_date(tree)

    fallback = _lxml_blocks(tree)
    blocks = _trafilatura_blocks(page)
    if blocks:
        got = _words(" ".join(blocks))
        lost = [b for b in fallback if len(b.split()) >= _LONG_PARAGRAPH_WORDS and _words(b) not in got]
        if lost:
            blocks = fallback
    else:
        blocks = fallback or _visible_lines(tree)
    # A block that is only sidebar, caption or footer text is not body, whoever extracted it.
    furniture = _furniture_text(tree)
    blocks = [b for b in blocks if not (len(b) >= 20 and b in furniture)]
    # Drop the kicker, headline and byline lines above the body; keep them for the date.
    preamble: list[str] = []
    while blocks and _is_preamble(blocks[0], title):
        preamble.append(blocks.pop(0))
    if not blocks:  # a page of short lines only: they are the text
        blocks, preamble = preamble, []
    text = "\n\n".join(blocks)

    if published is None:
        # The visible dateline or byline: the page text just above the first body paragraph.
        before = _text_before_body(tree, blocks[0] if blocks else "")
        head = "\n".join([*before, *preamble, *blocks[:1]])
        lang = tree.get("lang") or ""
        published, how = find_published(head, locale=lang, context=" ".join(blocks[:3]))
    return HtmlArticle(text=text, title=title, published=published, published_how=how)


_LINE_TAGS = (
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "time",
    "br",
    "tr",
    "section",
    "article",
    "header",
    "ul",
    "ol",
    "dd",
    "dt",
)


def _visible_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """The page's visible text as lines, with the site header, menus, sidebars and footer removed."""
    body = tree.find("body")
    if body is None:
        return []
    body = copy.deepcopy(body)
    for el in list(body.iter()):
        if isinstance(el.tag, str) and el.getparent() is not None and _is_site_furniture(el):
            el.drop_tree()
    for el in body.iter(*_LINE_TAGS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    lines = [_clean(line) for line in body.text_content().split("\n")]
    return [line for line in lines if line]


def _text_before_body(tree: lxml_html.HtmlElement, first_block: str, max_lines: int = 8) -> list[str]:
    """Visible lines above the first body paragraph (where a page shows its dateline or byline)."""
    lines = _visible_lines(tree)
    target = _words(first_block)[:60]
    for i, line in enumerate(lines):
        if target and _words(line).startswith(target):
            return lines[max(0, i - max_lines) : i]
    return lines[:max_lines]


_SITE_TOKEN = re.compile(
    r"^(site-?header|header|masthead|top-?bar|top-?nav|nav.*|main-nav|primary-menu|menu|gnb|"
    r"breadcrumbs?|ticker|lang-switch|sidebar|side|widget.*|footer.*|site-info|"
    r"most-.*|popular.*|rank)$",
    re.I,
)


def _is_site_furniture(el: lxml_html.HtmlElement) -> bool:
    """Site-wide parts (header, menus, sidebars, footer) whose dates are not the article's."""
    if el.tag in ("header", "nav", "footer", "aside", "script", "style"):
        return True
    tokens = (el.get("class") or "").split() + (el.get("id") or "").split()
    return any(_SITE_TOKEN.match(t) for t in tokens)
