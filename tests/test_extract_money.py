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
    Example("A$15 billion and C$2 billion and HK$1 billion and S$900 million",
            [(15 * B, "AUD", None), (2 * B, "CAD", None), (1 * B, "HKD", None), (900 * M, "SGD", None)]),
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
    Example("KES 14 billion, Ksh 3bn and Sh9.5 billion", [(14 * B, "KES", None), (3 * B, "KES", None),
                                                        (9.5 * B, "KES", None)]),
    Example("OMR 95 million", [(95 * M, "OMR", None)]),
    Example("40 million Omani rials", [(40 * M, "OMR", None)]),
    Example("8 trillion rials, an Iranian official said", [(8e12, "IRR", None)]),
    Example("£250 million, E£ 9 billion and 50 billion Egyptian pounds",
            [(250 * M, "GBP", None), (9 * B, "EGP", None), (50 * B, "EGP", None)]),
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

MISSES = [
    _x("one and a half billion dollars", [(1.5 * B, "USD", 1.5 * B)]),
    _x("half a billion dollars", [(0.5 * B, "USD", 0.5 * B)]),
    _x("100 billion rupees at Rs280 to the dollar", [(100 * B, "PKR", 100 * B / 280)]),
]


@pytest.mark.parametrize(
    "example", DOLLARS + OTHER_CURRENCIES + EQUIVALENTS + NOT_MONEY + MISSES,
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
    assert text[m.start:m.end] == m.surface
    assert isinstance(m, Money)


def test_offsets_match_surface() -> None:
    text = "They set $5bn, then Rs 20 billion and five billion dollars."
    found = find_money(text)
    assert [m.surface for m in found] == ["$5bn", "Rs 20 billion", "five billion dollars"]
    assert all(text[m.start:m.end] == m.surface for m in found)


def test_every_currency_code_is_iso_4217() -> None:
    import pycountry

    from tracker.extract.money import _currencies

    iso = {c.alpha_3 for c in pycountry.currencies}
    for rows in _currencies().values():
        for cur in rows:
            assert cur.code is None or cur.code in iso, cur.surface
            assert all(code in iso for _, code in cur.context), cur.surface
