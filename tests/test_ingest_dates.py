"""Publication dates from datelines, header lines, bylines and "Published on" markers.

The datelines below are made up in the shapes real outlets use (local month names and release
foot lines included); the last tests run every labelled article of the corpus (dev, seeds and the
blind held-out set) against its gold "published".
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from tracker.ingest import parse_article
from tracker.ingest.dates import find_published, load_months, month_key

from .conftest import CORPUS

LEAD = "Pakistan and Kazakhstan agreed on Monday to raise bilateral trade to $1 billion, officials said."


@dataclass
class Example:
    name: str
    text: str
    published: str | None
    how: str | None = None
    locale: str | None = None


EXAMPLES = [
    Example("TDI dateline", f"Lahore, 14 February 2024 (TDI): {LEAD}", "2024-02-14", "dateline"),
    Example(
        "APP dateline, year from header",
        f"Karachi deal signed\n\nThursday, 6 March 2025\n\nKARACHI, Mar 6 (APP): {LEAD}",
        "2025-03-06",
        "dateline",
    ),
    Example(
        "Xinhua dateline, year from source line",
        f"Source: Xinhua | 2025-09-02 20:11:05 | Editor: Zhang Wei\n\nTASHKENT, Sept. 2 (Xinhua) -- {LEAD}",
        "2025-09-02",
        "dateline",
    ),
    Example(
        "dateline across new year takes the nearest year",
        f"Wednesday, 1 January 2025\n\nBEIJING, Dec. 31 (Xinhua) -- {LEAD}",
        "2024-12-31",
        "dateline",
    ),
    Example("dateline without any year is not guessed", f"MUSCAT, June 23 - {LEAD}", None),
    Example(
        "year. month. day. (MTI, Yonhap)",
        f"MTI - Hungarian News Agency\n2024. 03. 05. 16:22\n\nTrade to treble\n\n{LEAD}",
        "2024-03-05",
        "header",
    ),
    Example(
        "time then 'on' and the date (RNZ)",
        f"Fiji signs deal\n\n9:41 am on 14 May 2024\n\nAna Koro, Reporter\n\n{LEAD}",
        "2024-05-14",
        "header",
    ),
    Example(
        "a sentence 'signed on' a date is no header",
        f"Fiji signs deal\n\nThe deal was signed on 14 May 2024.\n\n{LEAD}",
        None,
    ),
    Example("Khovar day-first dots", f"Dushanbe, 03.04.2025 (Khovar) - {LEAD}", "2025-04-03", "dateline"),
    Example(
        "AA byline with update",
        f"Trade to rise, ministers say\n\nAyşe Demir   |07.10.2024 - Update : 08.10.2024\n\n"
        f"ANKARA (AA) - {LEAD}",
        "2024-10-07",
    ),
    Example(
        "Kabar header day-first dashes",
        f"05-11-2024 11:30\n\nKyrgyzstan, Pakistan set trade goal\n\nBishkek, Nov 5 /Kabar/. {LEAD}",
        "2024-11-05",
        "dateline",
    ),
    Example(
        "AZERTAC header and dateline",
        f"03.03.2025 [12:40]\n\nBaku, March 3, AZERTAC\n\n{LEAD}",
        "2025-03-03",
        "dateline",
    ),
    Example(
        "US slash date decided by day > 12",
        f"Brazil and Chile sign deals\n\nPublished on 05/21/2025 - 10:02 By Ana Souza\n\n{LEAD}",
        "2025-05-21",
        "published-on",
    ),
    Example(
        "day-first slash date decided by day > 12",
        f"Published: 21/05/2025\n\n{LEAD}",
        "2025-05-21",
        "published-on",
    ),
    Example(
        "ambiguous slash date: day-first by default",
        f"Published: 04/05/2025\n\n{LEAD}",
        "2025-05-04",
        "published-on",
    ),
    Example(
        "ambiguous slash date: en-US page means month-first",
        f"Published: 04/05/2025\n\n{LEAD}",
        "2025-04-05",
        "published-on",
        locale="en-US",
    ),
    Example(
        "ambiguous slash date: the written date nearby decides",
        f"Published: 04/05/2025\n\nBrasília, April 5 - {LEAD}",
        "2025-04-05",
    ),
    Example("ENA month day/year", f"Addis Ababa, January 15/2025 (ENA) — {LEAD}", "2025-01-15", "dateline"),
    Example("WAM ordinal with comma", f"DUBAI, 2nd October, 2024 (WAM) -- {LEAD}", "2024-10-02", "dateline"),
    Example(
        "byline with Updated",
        f"Exports to Uganda rise\n\nBy Staff Reporter | Updated 3 Dec, 2024 11:20am\n\n{LEAD}",
        "2024-12-03",
        "updated",
    ),
    Example(
        "byline with Posted and weekday",
        f"By JANE WANJIRU | Posted: Friday, June 7, 2024\n\n{LEAD}",
        "2024-06-07",
        "published-on",
    ),
    Example(
        "byline ending in a date",
        f"By Aliya Nurlanova in Business on 11 April 2025\n\n{LEAD}",
        "2025-04-11",
        "byline",
    ),
    Example("Dunyo dateline", f"Samarkand, 11 April 2025 /Dunyo/ -- {LEAD}", "2025-04-11", "dateline"),
    Example(
        "WIB timestamp header",
        f"18 March 2025 09:05 WIB\n\nJakarta (ANTARA) - {LEAD}",
        "2025-03-18",
        "header",
    ),
    Example(
        "Reuters byline and timestamp",
        f"India, UAE sign pact\n\nBy Jane Doe and Ali Khan\n\nJune 3, 2025 4:41 AM GMT+1 Updated 5 hours ago"
        f"\n\nLONDON, June 3 (Reuters) - {LEAD}",
        "2025-06-03",
        "dateline",
    ),
    Example(
        "UrduPoint date and agency line",
        f" date 2025-01-05 LAHORE, (UrduPoint / Pakistan Point News - 5th Jan, 2025) {LEAD}",
        "2025-01-05",
        "dateline",
    ),
    Example(
        "Kazinform: date in header, no date in dateline",
        f"3 July 2024, 10:15\n\nKazakhstan eyes more trade\n\nASTANA. KAZINFORM - {LEAD}",
        "2024-07-03",
        "header",
    ),
    Example(
        "IRNA timestamp header",
        f"Aug 19, 2024, 9:45 AM\nNews ID: 8512345\n\nTehran, IRNA -- {LEAD}",
        "2024-08-19",
        "header",
    ),
    Example(
        "Pajhwok timestamp header", f"Jul 2, 2025 - 18:40\n\nKABUL (Pajhwok): {LEAD}", "2025-07-02", "header"
    ),
    Example(
        "press release place and date",
        f"European Commission - Press release\n\nBrussels, 12 May 2025\n\n{LEAD}",
        "2025-05-12",
        "dateline",
    ),
    Example(
        "place with weekday",
        f"PRESS RELEASE\n\nKarachi, Tuesday 4 March 2025\n\n{LEAD}",
        "2025-03-04",
        "dateline",
    ),
    Example("GNA dateline", f"ACCRA, Feb. 4, 2025 (GNA) – {LEAD}", "2025-02-04", "dateline"),
    Example("outlet and weekday header", f"Cairo Times , Sunday 9 Feb 2025\n\n{LEAD}", "2025-02-09"),
    Example(
        "Published on ordinal under a letterhead",
        "INSTITUTE OF STRATEGIC STUDIES\nIslamabad\n\nPolicy Brief No. 12/2025\n\n"
        f"A New Era in Trade\n\nBy Dr. Amina Shah, Research Fellow\n\nPublished on 21st August 2024\n\n{LEAD}",
        "2024-08-21",
        "published-on",
    ),
    Example(
        "Published on far below a long letterhead",
        "\n".join(f"Letterhead line {i}" for i in range(12))
        + f"\n\nPublished on 3rd September 2025\n\n{LEAD}",
        "2025-09-03",
        "published-on",
    ),
    Example("day-month-year with dashes", f"20-Mar-2025 10:15\n\n{LEAD}", "2025-03-20", "header"),
    Example("Dated marker", f"Press note No. 112\nDated: 20/03/2025\n\n{LEAD}", "2025-03-20", "header"),
    Example(
        "Published with abbreviated weekday and time",
        f"Published: Thu 20 Mar 2025, 10:15 AM\n\n{LEAD}",
        "2025-03-20",
        "published-on",
    ),
    Example("Last Updated marker only", f"Last Updated: March 20, 2025\n\n{LEAD}", "2025-03-20", "updated"),
    Example("place and date with colon", f"LAHORE: March 20, 2025: {LEAD}", "2025-03-20", "dateline"),
    Example("ISO date at the top", f"2025-02-11\n\n{LEAD}", "2025-02-11", "header"),
    # Dates that are not the publication date.
    Example(
        "event date in the first sentence",
        "ISLAMABAD: Pakistan and Uzbekistan will hold talks on 15 May 2025 in Tashkent, "
        "the Foreign Office said on Monday.",
        None,
    ),
    Example(
        "event date after a leading On",
        f"On 13 March 2025, the ministers met in Islamabad and agreed to raise trade to $2 billion.\n\n{LEAD}",
        None,
    ),
    Example(
        "headline with a date", f"Pakistan, Iran to sign border trade deal on 5 June 2025\n\n{LEAD}", None
    ),
    Example("commentary number is not a date", f"Policy Commentary No. 41/2025\n\n{LEAD}", None),
    Example(
        "body date deep in the text",
        "\n\n".join(
            [LEAD] * 9
            + [
                "Earlier, the Joint Economic Commission met in Tehran on "
                "September 15-16, 2025, and on 17 September 2025."
            ]
        ),
        None,
    ),
    Example(
        "a sentence with 'released on' is not a marker",
        f"The report released on 5 May 2025 shows trade rose.\n\n{LEAD}",
        None,
    ),
    Example("no date at all", f"OPINION\n\nIndia and Central Asia\n\n{LEAD}", None),
    Example(
        "month and year only",
        f"Since assuming office in October 2024, the ambassador has met ministers.\n\n{LEAD}",
        None,
    ),
    # Shapes more outlets print: ordinal month-first, day-first slash with a time, a section label before the
    # time, agency datelines whose date is only in the header, a Guardian-style header, ISO timestamps.
    Example("month-first with ordinal", f"June 24th, 2025\n\n{LEAD}", "2025-06-24", "header"),
    Example("day-first slash with a 12-hour time", f"27/05/2025 06:05 PM\n\n{LEAD}", "2025-05-27", "header"),
    Example(
        "section label and time before the date", f"All News 15:47 October 02, 2025\n\n{LEAD}", "2025-10-02"
    ),
    Example(
        "dpa dateline without a date, header date",
        f"Thu 5 Jun 2025 10.42 BST\n\nBERLIN (dpa) - {LEAD}",
        "2025-06-05",
        "header",
    ),
    Example(
        "TASS yearless dateline takes the header year",
        f"4 Jul 2025, 15:20\n\nMOSCOW, July 4. /TASS/. {LEAD}",
        "2025-07-04",
        "dateline",
    ),
    Example(
        "TASS dateline across new year",
        f"1 Jan 2026, 09:00\n\nMOSCOW, December 31. /TASS/. {LEAD}",
        "2025-12-31",
        "dateline",
    ),
    Example(
        "parliamentary written answer: the answer's date, not the question's",
        f"Written questions and answers\n\nUIN 1234, tabled on 28 June 2022\n\nAnswered on 5 July 2022\n\n{LEAD}",
        "2022-07-05",
    ),
    Example(
        "Posted with a day-first slash date",
        f"Posted: 14/03/2026 09:12\n\n{LEAD}",
        "2026-03-14",
        "published-on",
    ),
    Example(
        "Guardian-style weekday header",
        f"Trade deal agreed\n\nThu 5 Jun 2025 10.42 BST\n\n{LEAD}",
        "2025-06-05",
        "header",
    ),
    Example("ISO timestamp header line", f"2025-06-05T10:42:00Z\n\n{LEAD}", "2025-06-05", "header"),
    Example(
        "ISO timestamp after Published",
        f"Published: 2025-06-05T10:42:00+05:00\n\n{LEAD}",
        "2025-06-05",
        "published-on",
    ),
    Example(
        "Dated this ... day of in the head",
        f"Dated this 3rd day of March 2026\n\n{LEAD}",
        "2026-03-03",
        "header",
    ),
    # Local month names (CLDR) in datelines and headers of English-language outlets.
    Example("Indonesian dateline", f"Surabaya, 14 Agustus 2025 (ANTARA) - {LEAD}", "2025-08-14", "dateline"),
    Example("Indonesian weekday header", f"Selasa, 4 Maret 2025 10:15 WIB\n\n{LEAD}", "2025-03-04", "header"),
    Example("Indonesian abbreviation", f"Medan, 3 Okt 2024 - {LEAD}", "2024-10-03", "dateline"),
    Example(
        "Indonesian press-release place and date",
        f"SIARAN PERS / PRESS RELEASE\n\nBandung, 9 Mei 2025\n\n{LEAD}",
        "2025-05-09",
        "dateline",
    ),
    Example("Malay dateline", f"KUALA LUMPUR, 9 Ogos 2025 (Bernama) -- {LEAD}", "2025-08-09", "dateline"),
    Example("Malay Mac with colon", f"PUTRAJAYA, 2 Mac 2025: {LEAD}", "2025-03-02", "dateline"),
    Example("Malay Dis header", f"12 Dis 2024 08:30\n\n{LEAD}", "2024-12-12", "header"),
    Example(
        "Malay yearless dateline, year from header",
        f"Rabu, 30 Julai 2025\n\nKOTA KINABALU, 30 Julai (Bernama) -- {LEAD}",
        "2025-07-30",
        "dateline",
    ),
    Example(
        "French dateline with le and accents",
        f"Dakar, le 5 février 2025 (APS) - {LEAD}",
        "2025-02-05",
        "dateline",
    ),
    Example(
        "French without accents, 1er", f"Abidjan, 1er fevrier 2025 (AIP) - {LEAD}", "2025-02-01", "dateline"
    ),
    Example("French abbreviation with dot", f"Lomé, 3 déc. 2024 - {LEAD}", "2024-12-03", "dateline"),
    Example("French août", f"Publié: 21 août 2025\n\nYaoundé, 21 août 2025 - {LEAD}", "2025-08-21"),
    Example(
        "Spanish with de ... de", f"Lima, 12 de mayo de 2025 (Andina) - {LEAD}", "2025-05-12", "dateline"
    ),
    Example("Spanish setiembre (Peru)", f"Lima, 30 de setiembre de 2024 - {LEAD}", "2024-09-30", "dateline"),
    Example("Portuguese março", f"Luanda, 7 de março de 2025 (ANGOP) - {LEAD}", "2025-03-07", "dateline"),
    Example("Portuguese out with a year", f"Maputo, 12 out 2025 - {LEAD}", "2025-10-12", "dateline"),
    Example(
        "German day with dot and März", f"Berlin, 12. März 2025 (dpa) - {LEAD}", "2025-03-12", "dateline"
    ),
    Example("German Maerz without umlaut", f"Frankfurt, 12. Maerz 2025 - {LEAD}", "2025-03-12", "dateline"),
    Example("Austrian Jänner", f"Wien, 14. Jänner 2025 (APA) - {LEAD}", "2025-01-14", "dateline"),
    Example("Turkish Mayıs", f"Ankara, 12 Mayıs 2025 (AA) - {LEAD}", "2025-05-12", "dateline"),
    Example("Turkish upper case, dotless i", f"İSTANBUL, 3 ARALIK 2024 - {LEAD}", "2024-12-03", "dateline"),
    Example("Turkish typed without accents", f"Izmir, 8 Subat 2025 - {LEAD}", "2025-02-08", "dateline"),
    Example("Italian dateline", f"Roma, 15 luglio 2025 (ANSA) - {LEAD}", "2025-07-15", "dateline"),
    Example("Italian abbreviation header", f"12 gen 2025 10:30\n\n{LEAD}", "2025-01-12", "header"),
    # Local month names do not turn English words into dates.
    Example("'3 out of 5' is not a date", f"LISBON, 3 out of 5 ministers backed the plan. {LEAD}", None),
    Example("an English-word abbreviation needs a year", f"ROME, 3 set (ANSA) - {LEAD}", None),
    Example("a word after a day is not a month", f"Phase 2 Section 14 2025\n\n{LEAD}", None),
    Example(
        "local month name in a body sentence",
        f"Perjanjian ditandatangani pada 12 Juli 2025 di Jakarta oleh kedua menteri "
        f"perdagangan, kata pejabat.\n\n{LEAD}",
        None,
    ),
    pytest.param(
        Example(
            "Russian month name (not supported)", f"Астана, 12 марта 2025 - {LEAD}", "2025-03-12", "dateline"
        ),
        marks=pytest.mark.xfail(strict=True, reason="only English month names are read"),
    ),
    pytest.param(
        Example(
            "relative timestamp only (not resolvable without a clock)", f"2 hours ago\n\n{LEAD}", "2025-01-01"
        ),
        marks=pytest.mark.xfail(strict=True, reason="relative times are never turned into dates"),
    ),
]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e.name if isinstance(e, Example) else None)
def test_published(ex: Example):
    found, how = find_published(ex.text, locale=ex.locale)
    assert found == ex.published
    if ex.how is not None:
        assert how == ex.how
    if ex.published is None:
        assert how is None


# Press statements and government releases that state their date only at the foot.
RELEASE = (
    "MINISTRY OF TRADE AND INDUSTRY\n\nPRESS STATEMENT\n\nFOR IMMEDIATE RELEASE\n\n"
    "GOVERNMENT WELCOMES NEW TRADE AGREEMENT\n\n" + "\n\n".join([LEAD] * 4)
)
FOOT = [
    Example(
        "Issued by ..., place, date",
        f"{RELEASE}\n\nIssued by the Ministry of Foreign Affairs, Lusaka, 14 May 2025",
        "2025-05-14",
        "foot",
    ),
    Example("Dated this ... day of", f"{RELEASE}\n\nDated this 3rd day of March 2026.", "2026-03-03", "foot"),
    Example(
        "Released: date",
        f"{RELEASE}\n\nReleased: 12 June 2025\n\nFor media enquiries: press@example.org",
        "2025-06-12",
    ),
    Example(
        "place and ordinal date as the last line",
        f"{RELEASE}\n\nJane Banda\nPermanent Secretary\n\nLusaka, 14th May 2025",
        "2025-05-14",
        "foot",
    ),
    Example("ENDS then the date", f"{RELEASE}\n\n-- ENDS --\n\n3 March 2026", "2026-03-03", "foot"),
    Example("ENDS and the date on one line", f"{RELEASE}\n\n-- ENDS -- 3 March 2026", "2026-03-03", "foot"),
    Example(
        "signature block then the date alone",
        f"{RELEASE}\n\nIssued by:\n\nPeter Mwale (Mr.)\nPermanent Secretary\n"
        "MINISTRY OF TRADE AND INDUSTRY\n\n6th September, 2024",
        "2024-09-06",
        "foot",
    ),
    Example("Done at place on date", f"{RELEASE}\n\nDone at Accra on 2 April 2025.", "2025-04-02", "foot"),
    # a treaty-style signature line written out in words
    Example(
        "signature line in words",
        f"{RELEASE}\n\nSigned in the city of Kasane, on the first day of the month of "
        "September of the year two thousand and eighteen, in two original copies.",
        "2018-09-01",
        "foot",
    ),
    Example(
        "ordinal words and a year in words",
        f"{RELEASE}\n\nDone at Lusaka on the twenty-third day of March, two thousand twenty-six.",
        "2026-03-23",
        "foot",
    ),
    Example("local month name at the foot", f"{RELEASE}\n\nJakarta, 22 Juli 2025", "2025-07-22", "foot"),
    Example(
        "the head comes first",
        f"Lusaka, 10 May 2025 - {LEAD}\n\n" + "\n\n".join([LEAD] * 4) + "\n\nLusaka, 14 May 2025",
        "2025-05-10",
        "dateline",
    ),
    Example(
        "a yearless head dateline takes the foot's year",
        f"LUSAKA, May 14 - {LEAD}\n\n"
        + "\n\n".join([LEAD] * 4)
        + "\n\nIssued by the Ministry of Trade, 14 May 2025",
        "2025-05-14",
        "dateline",
    ),
    Example(
        "the issue date beats a head 'Last Updated'",
        f"Last Updated: 20 June 2025\n\n{RELEASE}\n\nLusaka, 14 May 2025",
        "2025-05-14",
        "foot",
    ),
    # Body sentences that end the text are not signature lines.
    Example(
        "body sentence with a date as the last line",
        f"{RELEASE}\n\nThe commission will meet again in Lusaka on 14 May 2025.",
        None,
    ),
    Example("short last line with a preposition", f"{RELEASE}\n\nTalks resume on 14 May 2025", None),
    Example(
        "issue word that is not a label",
        f"{RELEASE}\n\nReleased figures show exports reached $2 billion by 14 May 2025.",
        None,
    ),
    Example(
        "a few words and a date are not a date line", f"{RELEASE}\n\nTrade talks resume 14 May 2025", None
    ),
    Example(
        "a date line above the last six lines is body",
        f"{RELEASE}\n\nLusaka, 14 May 2025\n\n" + "\n\n".join([LEAD] * 6),
        None,
    ),
    Example(
        "date followed by more text on the line",
        f"{RELEASE}\n\nLusaka, 14 May 2025 was the day the talks began",
        None,
    ),
]


@pytest.mark.parametrize("ex", FOOT, ids=lambda e: e.name)
def test_published_at_the_foot(ex: Example):
    found, how = find_published(ex.text)
    assert (found, how if ex.how else None) == (ex.published, ex.how)


def test_month_names_are_looked_up_without_case_accents_or_dot():
    assert [month_key(w) for w in ("FÉVR.", "Aralık", "ARALIK", "März", "Août")] == [
        "fevr",
        "aralik",
        "aralik",
        "marz",
        "aout",
    ]


def test_month_table_refuses_a_name_with_two_meanings_and_a_short_language():
    with pytest.raises(ValueError, match="means month"):
        load_months(
            '[months]\nxx = ["a1", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]\n'
            'yy = ["l", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "a1"]\n'
        )
    with pytest.raises(ValueError, match="not 12"):
        load_months('[months]\nxx = ["a", "b"]\n')


def test_no_date_is_none_not_today():
    art = parse_article(f"Talks continue\n\n{LEAD}".encode(), "a.txt")
    assert art.published is None and art.published_how is None


def test_body_event_date_is_not_the_publication_date():
    text = (
        f"Pakistan and Iran hold talks on barter trade\n\n{LEAD}\n\n"
        + "\n\n".join([LEAD] * 4)
        + "\n\nThe Joint Economic Commission will meet in Tehran on 20 October 2025.\n"
    )
    assert parse_article(text.encode(), "a.txt").published is None


# The held-out folders are labelled blind; no rule here was written from their articles.
FOLDERS = ("dev", "seeds", "holdout", "holdout2", "holdout3", "holdout4")


def _labelled(folders: tuple[str, ...] = FOLDERS) -> list:
    return sorted(
        p
        for d in folders
        if (CORPUS / d).is_dir()
        for p in (CORPUS / d).iterdir()
        if p.suffix in (".txt", ".html") and p.with_suffix(".gold.json").exists()
    )


@pytest.mark.parametrize("path", _labelled(), ids=lambda p: p.name)
def test_corpus_published_matches_gold(path):
    gold = json.loads(path.with_suffix(".gold.json").read_text())["published"]
    assert parse_article(path.read_bytes(), str(path)).published == gold


def test_corpus_date_accuracy_is_at_least_95_percent():
    # every labelled folder, the later blind sets included (two of their dates are missed: an ambiguous
    # 06/03/2024 whose "(June 3)" is in the body, a dateline whose year stands alone in a header line)
    folders = tuple(
        sorted(
            p.name
            for p in CORPUS.iterdir()
            if p.is_dir() and (p.name.startswith("holdout") or p.name in ("dev", "seeds"))
        )
    )
    paths = _labelled(folders)
    hits = sum(
        parse_article(p.read_bytes(), str(p)).published
        == json.loads(p.with_suffix(".gold.json").read_text())["published"]
        for p in paths
    )
    assert len(paths) >= 149 and hits / len(paths) >= 0.95
