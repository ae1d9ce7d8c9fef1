"""Country finder as example tables: each row is a sentence and the codes a reader would name.

Known misses are xfail(strict=True), so fixing one shows up as an unexpected pass.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tracker.extract.countries import CountryHit, country_name, find_countries, resolve_country


class Example(NamedTuple):
    text: str
    codes: list[str]  # codes of the hits, in order


def _x(text: str, codes: list[str]) -> pytest.param:
    return pytest.param(Example(text, codes), marks=pytest.mark.xfail(strict=True))


NAMES = [
    Example("Kenya and Tanzania signed a border trade protocol.", ["KE", "TZ"]),
    Example("Türkiye, long known as Turkey, and Turkiye's neighbours", ["TR", "TR", "TR"]),
    Example("Ivory Coast and Côte d'Ivoire are one country; so is Cote d’Ivoire.", ["CI", "CI", "CI"]),
    Example("Vietnam and Việt Nam and Viet Nam", ["VN", "VN", "VN"]),
    Example("the Russian Federation and Russia", ["RU", "RU"]),
    Example("the UAE, the U.S. and the UK agreed", ["AE", "US", "GB"]),
    Example("officials from the Republic of Korea and North Korea", ["KR", "KP"]),
    Example("Korea will raise its loans", ["KR"]),
    Example("TASHKENT, March 3 (UzA) - Uzbekistan said", ["UZ", "UZ"]),
]

GUARDS = [
    Example("Papua New Guinea, Guinea-Bissau, Equatorial Guinea and Guinea", ["PG", "GW", "GQ", "GN"]),
    Example("Niger and Nigeria share a border", ["NE", "NG"]),
    Example("Dominica and the Dominican Republic", ["DM", "DO"]),
    Example("South Sudan and Sudan resumed oil transit talks", ["SS", "SD"]),
    Example("a trade mission to New Mexico and New Jersey", []),
    Example("tankers crossing the South China Sea and the Gulf of Oman", []),
    Example("exports to Latin America and the Indo-Pacific", []),
    Example("the Niger Delta oil fields", []),
    Example("fine china and a bag of chad", []),
    Example("coach Chad Whitfield praised Jordan Hendry", []),
    Example("Chad and Jordan signed; the Jordan Investment Commission agreed", ["TD", "JO", "JO"]),
    Example("the Georgia Ports Authority in Savannah, a U.S. state agency", ["US"]),
    Example("Georgia and Azerbaijan agreed on a gas link", ["GE", "AZ"]),
    Example("the Paris Agreement on climate", []),
    Example("1.5 billion U.S. dollars and 10 billion Saudi riyals", []),
    Example("US$150 billion", []),
    Example("LET US TRADE MORE, SAYS MINISTER", []),
    _x("Georgia's peach growers want new export markets", []),
]

COMPOUNDS = [
    Example("the Pak-Iran border markets", ["PK", "IR"]),
    Example("Indo-Bangladesh rail links and Sino-Indian ties", ["IN", "BD", "CN", "IN"]),
    Example("the Uzbekistan-Afghanistan-Pakistan railway", ["UZ", "AF", "PK"]),
    Example("the Kazakhstan–China Business Council", ["KZ", "CN"]),
    Example("the Islamabad-Tehran-Istanbul container train", ["PK", "IR", "TR"]),
    Example("a Pak navy ship", []),
]

METONYMS = [
    Example("Kabul, Islamabad and Tashkent agreed", ["AF", "PK", "UZ"]),
    Example("Brussels and Santiago will meet", ["EU", "CL"]),
    Example("Astana, formerly Nur-Sultan, hosted the forum", ["KZ", "KZ"]),
    Example("Uzbek and Kazakh officials met Emirati and Saudi investors", ["UZ", "KZ", "AE", "SA"]),
    Example("the European Union and ASEAN", ["EU", "ASEAN"]),
    Example("the Gulf Cooperation Council and the Eurasian Economic Union", ["GCC", "EAEU"]),
    Example("the African Union summit", ["AFRICAN_UNION"]),
    Example("SOCAR and BOTAŞ will form a venture", ["AZ", "TR"]),
    Example("the Washington Post reported", []),
]

BLOCS = [
    Example("ECOWAS, formally the Economic Community of West African States", ["ECOWAS", "ECOWAS"]),
    Example("the ECOWAS Commission president", ["ECOWAS"]),
    Example("talks between EFTA and Mercosur", ["EFTA", "MERCOSUR"]),
    Example("the European Free Trade Association and the Southern Common Market", ["EFTA", "MERCOSUR"]),
    Example("SADC, the EAC and COMESA form a tripartite area", ["SADC", "EAC", "COMESA"]),
    Example("CARICOM leaders and the Pacific Alliance", ["CARICOM", "PACIFIC_ALLIANCE"]),
    Example("an SCO summit and a BRICS bank, on the APEC sidelines", ["SCO", "BRICS", "APEC"]),
    Example("the East African Community customs union", ["EAC"]),
]

MORE_DEMONYMS_AND_CAPITALS = [
    Example("Namibian hydrogen and Windhoek's plans", ["NA", "NA"]),
    Example("Lusaka, Harare and Gaborone", ["ZM", "ZW", "BW"]),
    Example("Mongolian herders; Ulaanbaatar", ["MN", "MN"]),
    Example("Serbian and Hungarian ministers in Belgrade and Budapest", ["RS", "HU", "RS", "HU"]),
    Example("Polish trucks queued for Kyiv, not Kiev or Warsaw", ["PL", "UA", "UA", "PL"]),
    Example("Senegalese and Mauritanian officials in Dakar and Nouakchott", ["SN", "MR", "SN", "MR"]),
    Example("Singaporean and Malaysian firms, Putrajaya said", ["SG", "MY", "MY"]),
    Example("Omani and Qatari funds", ["OM", "QA"]),
    Example("Colombian and Ecuadorian exporters, Bogota and Quito", ["CO", "EC", "CO", "EC"]),
    Example("Sri Lankan ferries from Colombo to Malé", ["LK", "LK", "MV"]),
    Example("Male workers were hired", []),  # the English word, not the Maldivian capital
    Example("Nepali and Nepalese traders in Kathmandu", ["NP", "NP", "NP"]),
    Example("Turkmen gas to Ashgabat", ["TM", "TM"]),
    Example("Bolivian lithium; La Paz and Sucre", ["BO", "BO", "BO"]),
    Example("Argentine and Argentinian beef from Buenos Aires", ["AR", "AR", "AR"]),
    Example("Paraguayan soy in Asunción, Uruguayan wool in Montevideo", ["PY", "PY", "UY", "UY"]),
    Example(
        "Swiss, Norwegian and Icelandic negotiators in Bern, Oslo and Reykjavik",
        ["CH", "NO", "IS", "CH", "NO", "IS"],
    ),
    Example("Liechtenstein joined", ["LI"]),
    Example("Guinean, Equatorial Guinean and Papua New Guinean delegates", ["GN", "GQ", "PG"]),
    Example("Salvadoran, Dominican and Guyanese ministers", ["SV", "DO", "GY"]),
    Example("Sarajevo, Skopje and Podgorica", ["BA", "MK", "ME"]),
]

DASH_COMPOUNDS = [
    Example("the South Africa\u2013Zimbabwe Bi-National Commission", ["ZA", "ZW"]),
    Example("South Africa \u2014 Zimbabwe ties", ["ZA", "ZW"]),
    Example("the Poland\u2013Ukraine border", ["PL", "UA"]),
    Example("the Korczowa\u2013Krakovets crossing", []),  # two towns: neither is a country
]

PROJECTS = [
    Example("work on CASA-1000 will resume", ["AF", "KG", "PK", "TJ"]),
    Example("the TAPI gas pipeline", ["AF", "IN", "PK", "TM"]),
    Example("the UAP railway feasibility study", ["AF", "PK", "UZ"]),
]


@pytest.mark.parametrize(
    "example",
    NAMES + GUARDS + COMPOUNDS + METONYMS + PROJECTS + BLOCS + MORE_DEMONYMS_AND_CAPITALS + DASH_COMPOUNDS,
    ids=lambda e: getattr(e, "text", str(e))[:50],
)
def test_find_countries(example: Example) -> None:
    assert [h.code for h in find_countries(example.text)] == example.codes


def test_hits_point_at_their_surface() -> None:
    text = "Officials said Pakistan-Uzbekistan trade and the Uzbek side's offer"
    hits = find_countries(text)
    assert all(text[h.start : h.end] == h.surface for h in hits)
    assert [(h.surface, h.how) for h in hits] == [
        ("Pakistan", "compound"),
        ("Uzbekistan", "compound"),
        ("Uzbek", "demonym"),
    ]


def test_how_names_the_kind_of_mention() -> None:
    hits = {h.surface: h.how for h in find_countries("Seoul, the EU, Korean firms, Aramco and TAPI")}
    assert hits == {
        "Seoul": "capital",
        "EU": "bloc",
        "Korean": "demonym",
        "Aramco": "institution",
        "TAPI": "project",
    }


def test_hits_are_sorted_and_frozen() -> None:
    hits = find_countries("China and Pakistan, then Iran")
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    with pytest.raises(AttributeError):
        hits[0].code = "XX"  # type: ignore[misc]
    assert isinstance(hits[0], CountryHit)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("pk", "PK"),
        ("PAK", "PK"),
        ("Pakistan", "PK"),
        ("pakistani", "PK"),
        ("Tashkent", "UZ"),
        ("uzbek", "UZ"),
        ("Turkey", "TR"),
        ("türkiye", "TR"),
        ("South Korea", "KR"),
        ("korea", "KR"),
        ("DPRK", "KP"),
        ("eu", "EU"),
        ("European Union", "EU"),
        ("ASEAN", "ASEAN"),
        ("the Netherlands", "NL"),
        ("au", "AU"),
        ("United States of America", "US"),
        ("Iran, Islamic Republic of", "IR"),
        ("Atlantis", None),
        ("", None),
        ("New Mexico", None),
        ("ecowas", "ECOWAS"),
        ("Mercosur", "MERCOSUR"),
        ("European Free Trade Association", "EFTA"),
        ("Malé", "MV"),
        ("male", None),
        ("Windhoek", "NA"),
    ],
)
def test_resolve_country(name: str, code: str | None) -> None:
    assert resolve_country(name) == code


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("PK", "Pakistan"),
        ("pk", "Pakistan"),
        ("EU", "European Union"),
        ("KR", "South Korea"),
        ("IR", "Iran"),
        ("TR", "Türkiye"),
        ("AE", "United Arab Emirates"),
        ("GCC", "Gulf Cooperation Council"),
        ("ZZ", "ZZ"),
        ("ECOWAS", "ECOWAS"),
        ("EAC", "East African Community"),
        ("MERCOSUR", "MERCOSUR"),
    ],
)
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name


def test_every_data_code_is_known() -> None:
    """Codes in data/countries.tsv must be ISO 3166-1 alpha-2 or a declared bloc (a typo would be silent)."""
    import pycountry

    from tracker.extract.countries import _BLOC_NAMES, _data_rows

    valid = {c.alpha_2 for c in pycountry.countries} | set(_BLOC_NAMES)
    for surface, code, _how, _flags in _data_rows():
        if code != "-":
            assert set(code.split(",")) <= valid, surface
