"""Officials named in a sentence, with their role as written.

Two constructions cover wire and press-release prose:

* role first: "Federal Minister for Commerce Tariq Mehmood Qureshi", "Ambassador Tukhtaev",
  "Minister of Energy ... of the Republic of Tajikistan, Rustam Nazarzoda";
* name first: "Haroon Akhtar Khan, Special Assistant to the Prime Minister on Industries and Production".

A role is a capitalised role word from data/roles.txt, optional modifiers before it ("Federal",
"Acting") and a remit after it ("of Commerce and Industry", "to the Prime Minister on ..."), whose
capitalised words must be remit words (data/roles.txt) or countries; the first capitalised word that is
neither starts the name. Lower-case roles ("the minister said") and roles without a name are skipped:
this module prefers a missing actor to an invented one.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache
from importlib import resources

from tracker.extract.countries import _regex as _country_regex
from tracker.models import Actor

__all__ = ["find_actors", "merge_actor_variants"]

_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "h.e", "engr", "prof", "sir", "madam", "excellency"})
_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "ul", "ud", "van", "von", "de", "da", "del", "le"})
_NOT_NAMES = frozenset(
    {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "The",
        "This",
        "That",
        "These",
        "During",
        "On",
        "In",
        "At",
        "For",
        "And",
        "But",
        "He",
        "She",
        "They",
        "It",
        "We",
        "Both",
    }
)
_CONNECTORS = frozenset({"of", "for", "to", "on", "and", "the", "&"})
_OPENERS = frozenset({"of", "for", "to", "on"})
_TOKEN = re.compile(r"[ \t\u00a0]*(?:(?P<comma>,)|(?P<word>[^\W\d_](?:[\w'’-]|\.(?=\w))*\.?|&))")


@cache
def _lexicon() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """The role regex (modifiers + role words, longest first), the remit words (domain words plus the
    words of roles, for "to the Prime Minister") and the domain words alone."""
    text = resources.files("tracker.extract").joinpath("data/roles.txt").read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)
    roles = sorted(sections.get("roles", []), key=len, reverse=True)
    mods = sections.get("modifiers", [])
    pattern = (
        r"(?<![\w-])(?:(?:" + "|".join(map(re.escape, mods)) + r")\s+)*"
        r"(?:" + "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in roles) + r")(?![\w-])"
    )
    domain = frozenset(sections.get("domain", []))
    remit = set(domain)
    for r in roles + mods:
        remit.update(r.replace("-", " ").split())
    return re.compile(pattern), frozenset(remit), domain


def _is_country_at(sentence: str, pos: int) -> int | None:
    """End of a country name, demonym or capital starting at pos, else None."""
    m = _country_regex().match(sentence, pos)
    return m.end() if m else None


def _remit_end(sentence: str, pos: int, remit: frozenset[str]) -> int:
    """End of the role's remit after pos ("of Commerce and Industry"), or pos when there is none."""
    end = pos
    first = _TOKEN.match(sentence, pos)
    if not first or first.group("word") not in _OPENERS:
        return pos
    cur = pos
    while True:
        m = _TOKEN.match(sentence, cur)
        if not m:
            return end
        word = m.group("word")
        if m.group("comma"):
            nxt = _TOKEN.match(sentence, m.end())
            # A list of remits goes on after a comma ("Industry, Mine and Trade"); a role word does not
            # ("the Federal Minister for Petroleum, Ambassador Tukhtaev ...").
            if not (nxt and nxt.group("word") and nxt.group("word").rstrip(".") in _lexicon()[2]):
                return end
            cur = m.end()
            continue
        if word in _CONNECTORS:
            cur = m.end()
            continue
        start = m.start("word")
        country_end = _is_country_at(sentence, start)
        if country_end is not None:
            cur = end = country_end
            continue
        bare = word.rstrip(".")
        if bare in remit or bare.removesuffix("'s").removesuffix("’s") in remit:
            cur = end = start + len(bare)
            continue
        return end


def _name_after(sentence: str, pos: int, remit: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of a person's name right after pos, allowing ", " and honorifics before it."""
    m = _TOKEN.match(sentence, pos)
    after_comma = False
    if m and m.group("comma"):
        after_comma = True
        pos = m.end()
        m = _TOKEN.match(sentence, pos)
    while m and m.group("word") and m.group("word").rstrip(".").casefold() in _HONORIFICS:
        pos = m.end()
        m = _TOKEN.match(sentence, pos)
    return _name_tokens(sentence, pos, remit, min_tokens=2 if after_comma else 1)


def _name_tokens(sentence: str, pos: int, remit: frozenset[str], min_tokens: int) -> tuple[int, int] | None:
    start = end = None
    count = 0
    cur = pos
    while count < 5:
        m = _TOKEN.match(sentence, cur)
        if not m or not m.group("word"):
            break
        word = m.group("word")
        bare = word.rstrip(".") if len(word) > 2 else word  # keep initials such as "A."
        if word.casefold() in _PARTICLES and start is not None:
            nxt = _TOKEN.match(sentence, m.end())
            if nxt and nxt.group("word") and nxt.group("word")[:1].isupper():
                cur = m.end()
                continue
            break
        possessive = bare.endswith(("'s", "’s"))
        core = bare[:-2] if possessive else bare
        if not core[:1].isupper() or core in remit or core in _NOT_NAMES:
            break
        if _is_country_at(sentence, m.start("word")) is not None:
            break
        if start is None:
            start = m.start("word")
        end = m.start("word") + len(core)
        count += 1
        cur = m.end()
        if possessive or word.endswith(".") and len(word) > 2:
            break
    if start is None or end is None or count < min_tokens:
        return None
    return start, end


def _name_before(sentence: str, role_start: int, remit: frozenset[str]) -> tuple[int, int] | None:
    """ "Haroon Akhtar Khan, Special Assistant ...": a 2-5 word name ending in ", " right before the role."""
    head = sentence[:role_start].rstrip()
    if not head.endswith(","):
        return None
    comma = len(head) - 1
    words = list(re.finditer(r"[^\W\d_][\w'’.-]*", sentence[max(0, comma - 80) : comma]))
    base = max(0, comma - 80)
    names: list[re.Match[str]] = []
    for w in reversed(words):
        token = w.group(0)
        gap = sentence[base + w.end() : (base + names[-1].start()) if names else comma]
        if gap.strip():
            break
        if (
            not token[:1].isupper()
            or token in remit
            or token in _NOT_NAMES
            or _is_country_at(sentence, base + w.start()) is not None
        ):
            if token.casefold() in _PARTICLES and names:
                names.append(w)
                continue
            break
        names.append(w)
        if len(names) == 5:
            break
    while names and (
        names[-1].group(0).casefold() in _PARTICLES
        or names[-1].group(0).rstrip(".").casefold() in _HONORIFICS
    ):
        names.pop()
    if len(names) < 2:
        return None
    # The word before the name must not be capitalised too (else the name's start is unclear).
    return base + names[-1].start(), base + names[0].end()


def find_actors(sentence: str) -> list[tuple[Actor, int, int]]:
    """People named with a role in `sentence`: (Actor(name, role), start, end) in order, where
    sentence[start:end] covers both the role and the name."""
    role_re, remit, _domain = _lexicon()
    out: list[tuple[Actor, int, int]] = []
    last_end = 0
    for rm in role_re.finditer(sentence):
        if rm.start() < last_end:
            continue
        role_end = _remit_end(sentence, rm.end(), remit)
        role = " ".join(sentence[rm.start() : role_end].split())
        after = _name_after(sentence, role_end, remit)
        if after:
            name = sentence[after[0] : after[1]]
            out.append((Actor(name=name, role=role), rm.start(), after[1]))
            last_end = after[1]
            continue
        before = _name_before(sentence, rm.start(), remit)
        if before and before[0] >= last_end:
            name = sentence[before[0] : before[1]]
            out.append((Actor(name=name, role=role), before[0], role_end))
        last_end = role_end
    return out


def _role_head(role: str | None) -> str:
    """The role word itself ("Ambassador" for "Ambassador of Uzbekistan"), for comparing roles."""
    if not role:
        return ""
    m = _lexicon()[0].search(role)
    return " ".join(m.group(0).split()).casefold() if m else role.casefold()


def _same_person(a: Actor, b: Actor) -> bool:
    """Spelling variants of one official: compatible roles and close names ("Tukhtaev"/"Tkhakayev")."""
    ha, hb = _role_head(a.role), _role_head(b.role)
    if ha and hb and ha != hb:
        return False
    ta, tb = a.name.casefold().split(), b.name.casefold().split()
    if not ta or not tb:
        return False
    if set(ta) <= set(tb) or set(tb) <= set(ta):
        return bool(ha or hb) or len(set(ta) & set(tb)) >= 2
    la, lb = ta[-1], tb[-1]
    if not (ha and hb) or la[0] != lb[0]:
        return False
    return SequenceMatcher(None, la, lb).ratio() >= 0.7


def merge_actor_variants(actors: list[Actor]) -> list[Actor]:
    """One Actor per official: spelling variants and short forms of the same person with the same role
    ("Alisher Tkhakayev"/"Tukhtaev", "Haroon Akhtar"/"Haroon Akhtar Khan") merge into the fullest
    name and the fullest role. Order of first appearance is kept."""
    merged: list[Actor] = []
    for actor in actors:
        for i, kept in enumerate(merged):
            if _same_person(kept, actor):
                name = max((kept.name, actor.name), key=lambda n: (len(n.split()), len(n)))
                role = max((kept.role or "", actor.role or ""), key=len) or None
                merged[i] = Actor(name=name, role=role)
                break
        else:
            merged.append(Actor(name=actor.name, role=actor.role))
    return merged
