"""Money finder as example tables, in the style of price-parser's tests.

Each row is a phrase and the amounts a reader would take from it as (value, currency, amount_usd).
Known misses are xfail(strict=True).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tracker.extract.money import Money, find_money


class Example(NamedTuple):
    text: str
    amounts: list[tuple[float, str, float | None]]


def _x(text: str, amounts: list[tuple[float, str, float | None]]) -> pytest.param:
    return pytest.param(Example(text, amounts), marks=pytest.mark.xfail(strict=True))


B, M = 1e9, 1e6

DOLLARS = [
    Example("lift trade to $3 billion by 2028", [(3 * B, "USD", 3 * B)]),
    Example("a US$ 4.5bn credit line", [(4.5 * B, "USD", 4.5 * B)]),
    Example("a USD 12bn programme", [(12 * B, "USD", 12 * B)]),
    Example("a USD12 billion programme", [(12 * B, "USD", 12 * B)]),
    Example(r"pledged \$7 billion", [(7 * B, "USD", 7 * B)]),
    Example("deals worth $2.4b", [(2.4 * B, "USD", 2.4 * B)]),
    Example("a $40B market", [(40 * B, "USD", 40 * B)]),
    Example("exports of $850m", [(850 * M, "USD", 850 * M)]),
    Example("a target of USD 3 bln", [(3 * B, "USD", 3 * B)]),
    Example("raise trade to seven billion dollars", [(7 * B, "USD", 7 * B)]),
    Example("invest 2.5 billion U.S. dollars", [(2.5 * B, "USD", 2.5 * B)]),
    Example("600 million US dollars in loans", [(600 * M, "USD", 600 * M)]),
    Example("a billion dollars in new orders", [(1 * B, "USD", 1 * B)]),
    Example("twenty-five million dollars", [(25 * M, "USD", 25 * M)]),
    Example("$1,500 million in bonds", [(1.5 * B, "USD", 1.5 * B)]),
    Example("$2\u2009billion and US$3\u00a0billion", [(2 * B, "USD", 2 * B), (3 * B, "USD", 3 * B)]),
    Example("a $1-2 billion range (upper bound kept)", [(2 * B, "USD", 2 * B)]),
    Example("raise trade from $4 billion to $6 billion", [(4 * B, "USD", 4 * B), (6 * B, "USD", 6 * B)]),
    Example("fuel at $5 a litre", [(5.0, "USD", 5.0)]),
]

OTHER_CURRENCIES = [
    Example("Rs 250 billion for the motorway", [(250 * B, "PKR", None)]),
    Example("arrears above Rs600bn", [(600 * B, "PKR", None)]),
    Example("a Rs. 40 crore grant", [(400 * M, "PKR", None)]),
    Example("₹1,000 crore and INR 50 crore", [(10 * B, "INR", None), (500 * M, "INR", None)]),
    Example("5 lakh rupees", [(5e5, "PKR", None)]),
    Example("€3 billion and EUR 1.5bn", [(3 * B, "EUR", None), (1.5 * B, "EUR", None)]),
    Example("four billion euros", [(4 * B, "EUR", None)]),
    Example("R$22 billion in transmission lines", [(22 * B, "BRL", None)]),
    Example("12 billion reais", [(12 * B, "BRL", None)]),
    Example(
        "A$15 billion and C$2 billion and HK$1 billion and S$900 million",
        [(15 * B, "AUD", None), (2 * B, "CAD", None), (1 * B, "HKD", None), (900 * M, "SGD", None)],
    ),
    Example("2.3 trillion tenge", [(2.3e12, "KZT", None)]),
    Example("AED 6 trillion", [(6e12, "AED", None)]),
    Example("3 billion dirhams", [(3 * B, "AED", None)]),
    Example("SAR 20 billion and 8 billion riyals", [(20 * B, "SAR", None), (8 * B, "SAR", None)]),
    Example("20 billion yuan and RMB 5 billion", [(20 * B, "CNY", None), (5 * B, "CNY", None)]),
    Example("KRW 900 billion and 700 billion won", [(900 * B, "KRW", None), (700 * B, "KRW", None)]),
    Example("70 billion rubles", [(70 * B, "RUB", None)]),
    Example("₦400 billion and 90 billion naira", [(400 * B, "NGN", None), (90 * B, "NGN", None)]),
    Example("GH₵2 billion in cocoa bills, 4 billion cedis", [(2 * B, "GHS", None), (4 * B, "GHS", None)]),
    Example("30 billion birr", [(30 * B, "ETB", None)]),
    Example(
        "KES 14 billion, Ksh 3bn and Sh9.5 billion",
        [(14 * B, "KES", None), (3 * B, "KES", None), (9.5 * B, "KES", None)],
    ),
    Example("OMR 95 million", [(95 * M, "OMR", None)]),
    Example("40 million Omani rials", [(40 * M, "OMR", None)]),
    Example("8 trillion rials, an Iranian official said", [(8e12, "IRR", None)]),
    Example(
        "£250 million, E£ 9 billion and 50 billion Egyptian pounds",
        [(250 * M, "GBP", None), (9 * B, "EGP", None), (50 * B, "EGP", None)],
    ),
    Example("6 billion som, the Kyrgyz ministry said", [(6 * B, "KGS", None)]),
    Example("2 trillion som for Uzbek farmers", [(2e12, "UZS", None)]),
    Example("15 billion lira", [(15 * B, "TRY", None)]),
]

EQUIVALENTS = [
    Example("A$500 million (about US$320 million) for renewables", [(500 * M, "AUD", 320 * M)]),
    Example("6 trillion dirhams ($1.6 trillion) by 2032", [(6e12, "AED", 1.6e12)]),
    Example("Sh60 billion ($465 million) in tea exports", [(60 * B, "KES", 465 * M)]),
    Example("€2 billion, or about $2.2 billion, in grants", [(2 * B, "EUR", 2.2 * B)]),
    Example("$300 million (Rs84 billion)", [(300 * M, "USD", 300 * M)]),
]

NOT_MONEY = [
    Example("a population of 240 million", []),
    Example("1.2 million tonnes of wheat", []),
    Example("USD/PKR: 279.90", []),
    Example("the team won 3 games in 2022", []),
    Example("in 2024 dollars", []),
    Example("12 million pounds of beef", []),
    Example("3 billion som", []),  # som without an Uzbek or Kyrgyz word nearby: which som is unknown
    Example("tens of billions of dollars", []),
]

FRACTIONS_AND_SPELLINGS = [
    Example("a stake worth half a billion dollars", [(0.5 * B, "USD", 0.5 * B)]),
    Example("one and a half billion dollars in credit", [(1.5 * B, "USD", 1.5 * B)]),
    Example("two and a half billion euros", [(2.5 * B, "EUR", None)]),
    Example("a quarter of a billion dollars for ports", [(0.25 * B, "USD", 0.25 * B)]),
    Example("three-quarters of a billion dollars", [(0.75 * B, "USD", 0.75 * B)]),
    Example("half a million dollars", [(0.5 * M, "USD", 0.5 * M)]),
    Example(
        "a 3.4-billion dollar facility and a $2.1-billion loan",
        [(3.4 * B, "USD", 3.4 * B), (2.1 * B, "USD", 2.1 * B)],
    ),
    # decimals read out, as in transcripts; two amounts in words close together are both read
    Example("one point seven billion US dollars", [(1.7 * B, "USD", 1.7 * B)]),
    Example(
        "from one point four billion dollars to three billion dollars",
        [(1.4 * B, "USD", 1.4 * B), (3 * B, "USD", 3 * B)],
    ),
    Example("two point oh five billion euros", [(2.05 * B, "EUR", None)]),
    Example("the point is five billion dollars", [(5 * B, "USD", 5 * B)]),
    Example(
        "USD2.7bn and US$ 40 mln and $15mn and $650k",
        [(2.7 * B, "USD", 2.7 * B), (40 * M, "USD", 40 * M), (15 * M, "USD", 15 * M), (650e3, "USD", 650e3)],
    ),
]

RAND = [
    Example("R3.2 billion for substations", [(3.2 * B, "ZAR", None)]),
    Example("trade worth R120bn a year", [(120 * B, "ZAR", None)]),
    Example("R40 billion of concessional finance", [(40 * B, "ZAR", None)]),
    Example("a R1,250,000 grant", [(1.25 * M, "ZAR", None)]),
    Example("ZAR 8bn and 15 billion rand", [(8 * B, "ZAR", None), (15 * B, "ZAR", None)]),
    Example("spending on R&D rose", []),
    Example("the R21 highway and Route R1", []),  # road names: no scale word, no long number
    Example("QR4.4bn for the port", [(4.4 * B, "QAR", None)]),  # the Qatari riyal's QR is not a rand
]

MORE_CURRENCIES = [
    Example("CHF 30 million and 12 million Swiss francs", [(30 * M, "CHF", None), (12 * M, "CHF", None)]),
    Example("PLN 4bn and 9 billion zlotys", [(4 * B, "PLN", None), (9 * B, "PLN", None)]),
    Example("1.5 billion hryvnias", [(1.5 * B, "UAH", None)]),
    Example("MNT 600 billion and 2 trillion tugriks", [(600 * B, "MNT", None), (2e12, "MNT", None)]),
    Example("THB 9bn and 40 billion baht", [(9 * B, "THB", None), (40 * B, "THB", None)]),
    Example("KHR 80 billion and 300 billion riels", [(80 * B, "KHR", None), (300 * B, "KHR", None)]),
    Example("RM4.5bn and 7 billion ringgit", [(4.5 * B, "MYR", None), (7 * B, "MYR", None)]),
    Example("900 million Maldivian rufiyaa", [(900 * M, "MVR", None)]),
    Example(
        "8 billion Nepali rupees and 3 billion Sri Lankan rupees",
        [(8 * B, "NPR", None), (3 * B, "LKR", None)],
    ),
    Example("60 billion taka", [(60 * B, "BDT", None)]),
    Example("400 billion pesos, the Colombian finance ministry said", [(400 * B, "COP", None)]),
    Example("Argentina's central bank printed 3 trillion pesos", [(3e12, "ARS", None)]),
    Example("5 billion pesos", []),  # no country named: which peso is unknown
    Example("2 billion bolivianos and 700 billion guaraníes", [(2 * B, "BOB", None), (700 * B, "PYG", None)]),
    Example("250 billion CFA francs for the Dakar road", [(250 * B, "XOF", None)]),
    Example("90 billion CFA francs for a Cameroonian dam", [(90 * B, "XAF", None)]),
    Example("4 billion ouguiya", [(4 * B, "MRU", None)]),
    Example(
        "N$1.8 billion, E£12 billion, S$600 million and NZ$3bn",
        [(1.8 * B, "NAD", None), (12 * B, "EGP", None), (600 * M, "SGD", None), (3 * B, "NZD", None)],
    ),
    Example("300 billion forints and 2 billion kronor", [(300 * B, "HUF", None), (2 * B, "SEK", None)]),
    Example("10 billion kwacha for Zambian farmers", [(10 * B, "ZMW", None)]),
]

# Dinars (and pesos, kroner) name several currencies: an adjective decides; otherwise the country named
# near the amount, and with two such countries around it the one the whole text names most.
DINARS = [
    Example(
        "a 2 billion Iraqi dinar grant and 40 million Jordanian dinars",
        [(2 * B, "IQD", None), (40 * M, "JOD", None)],
    ),
    Example("the Algerian budget sets aside 300 billion dinars for ports", [(300 * B, "DZD", None)]),
    Example("Kuwait will lend 90 million dinars", [(90 * M, "KWD", None)]),
    Example(
        "Tunisia hosts talks. Tunisia and Libya aim at 5 billion dinars of trade, Tunisian officials said.",
        [(5 * B, "TND", None)],
    ),
    Example(
        "Libya said so. Libya and Tunisia aim at 3 billion dinars of trade, Libya's minister said.",
        [(3 * B, "LYD", None)],
    ),
    Example(
        "1.2 billion Libyan dinars and 800 million Macedonian denars",
        [(1.2 * B, "LYD", None), (800 * M, "MKD", None)],
    ),
    Example("a 500 million dinar loan from Bahrain", [(500 * M, "BHD", None)]),
    Example("3 billion dinars", []),  # no country named: which dinar is unknown
    Example("a dinar coin from Serbia", []),  # the singular counts only with a scale word
]

SOFT_EQUIVALENTS = [
    Example("Rs 8,000 crore, about $960 million, for rail", [(80 * B, "PKR", 960 * M)]),
    Example("Rs 1,200 crore (roughly $144 million)", [(12 * B, "PKR", 144 * M)]),
    Example("\u20ac1.4bn ($1.5bn) in grants", [(1.4 * B, "EUR", 1.5 * B)]),
    Example("R6 billion \u2013 approximately US$330 million", [(6 * B, "ZAR", 330 * M)]),
    Example("\u00a3200m, nearly $250m", [(200 * M, "GBP", 250 * M)]),
    Example("$2 billion, about $1 billion of it in loans", [(2 * B, "USD", 2 * B), (1 * B, "USD", 1 * B)]),
    Example(
        "\u20ac2bn, $3bn and \u00a31bn", [(2 * B, "EUR", None), (3 * B, "USD", 3 * B), (1 * B, "GBP", None)]
    ),
]

DIRHAMS = [  # "dirhams" alone: the Moroccan or the UAE dirham, by the country named nearby
    Example("Morocco will lend 500 million dirhams", [(500 * M, "MAD", None)]),
    Example("Dubai pledged 2 billion dirhams", [(2 * B, "AED", None)]),
]

MISSES = [
    _x("100 billion rupees at Rs280 to the dollar", [(100 * B, "PKR", 100 * B / 280)]),
]


@pytest.mark.parametrize(
    "example",
    DOLLARS
    + OTHER_CURRENCIES
    + EQUIVALENTS
    + NOT_MONEY
    + FRACTIONS_AND_SPELLINGS
    + RAND
    + MORE_CURRENCIES
    + DINARS
    + SOFT_EQUIVALENTS
    + DIRHAMS
    + MISSES,
    ids=lambda e: getattr(e, "text", str(e))[:50],
)
def test_find_money(example: Example) -> None:
    got = [(m.value, m.currency, m.amount_usd) for m in find_money(example.text)]
    assert _close(got, example.amounts), got


def _close(got: list[tuple[float, str, float | None]], want: list[tuple[float, str, float | None]]) -> bool:
    if len(got) != len(want):
        return False
    for (gv, gc, gu), (wv, wc, wu) in zip(got, want, strict=True):
        if gc != wc or gv != pytest.approx(wv) or (gu is None) != (wu is None):
            return False
        if gu is not None and gu != pytest.approx(wu):
            return False
    return True


def test_equivalent_is_one_amount_spanning_both() -> None:
    text = "Australia announced A$200 million (about US$130 million) in climate finance."
    [m] = find_money(text)
    assert m.surface == "A$200 million (about US$130 million)"
    assert text[m.start : m.end] == m.surface
    assert isinstance(m, Money)


def test_offsets_match_surface() -> None:
    text = "They set $5bn, then Rs 20 billion and five billion dollars."
    found = find_money(text)
    assert [m.surface for m in found] == ["$5bn", "Rs 20 billion", "five billion dollars"]
    assert all(text[m.start : m.end] == m.surface for m in found)


def test_every_currency_code_is_iso_4217() -> None:
    import pycountry

    from tracker.extract.money import _currencies

    iso = {c.alpha_3 for c in pycountry.currencies}
    for rows in _currencies().values():
        for cur in rows:
            assert cur.code is None or cur.code in iso, cur.surface
            assert all(code in iso for _, code in cur.context), cur.surface
