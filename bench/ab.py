"""Paired A/B timing of extract() within one process: per article, the plain code and a variant
(module attributes swapped in place) are timed alternately, so load from other processes on the
machine hits both alike. Used to measure proposals for modules owned by other engineers without
editing them.

    .venv/bin/python bench/ab.py scanner-status scanner-kinds scanner-parties ...
    .venv/bin/python bench/ab.py old-match      # the matcher before the speed work, for its gain
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from snapshot import load_docs  # noqa: E402

OLD_MATCH_REV = "bb59706"  # tracker/extract/_match.py before the speed work


def _swap(pairs: list[tuple[Any, str, Any]]) -> Callable[[bool], None]:
    """A switch that sets each (module, name) to the variant value (True) or back (False)."""
    saved = [(mod, name, getattr(mod, name)) for mod, name, _ in pairs]

    def switch(on: bool) -> None:
        for (mod, name, new), (_, _, old) in zip(pairs, saved, strict=True):
            setattr(mod, name, new if on else old)

    return switch


def variants() -> dict[str, Callable[[], Callable[[bool], None]]]:
    """Named variants; each builds its switch lazily (after the data has loaded)."""
    import tracker.extract as E
    from tracker.extract import kinds, parties, status
    from tracker.extract._match import Scanner

    def scanner_status() -> Callable[[bool], None]:
        b = status.blockers()
        wrapped = status.Blockers(**{k: Scanner(v) for k, v in vars(b).items()})
        return _swap([(E, "blockers", lambda: wrapped), (status, "blockers", lambda: wrapped)])

    def scanner_kinds() -> Callable[[bool], None]:
        h, q, a, x = kinds._wg_regexes()
        hd, det, fr, pu = kinds._agreement_regexes()
        tr = {k: Scanner(v) for k, v in kinds._trade_regexes().items()}
        wg = (Scanner(h), q, Scanner(a), Scanner(x))
        agr = (Scanner(hd), det, Scanner(fr), pu)
        return _swap(
            [
                (kinds, "_wg_regexes", lambda: wg),
                (kinds, "_agreement_regexes", lambda: agr),
                (kinds, "_trade_regexes", lambda: tr),
                (kinds, "_INSTITUTION", Scanner(kinds._INSTITUTION)),
            ]
        )

    def scanner_parties() -> Callable[[bool], None]:
        names = ["_EXCLUDED_BEFORE", "_ABSENT", "TWO", "THREE", "TOGETHER"]
        return _swap([(parties, n, Scanner(getattr(parties, n))) for n in names if hasattr(parties, n)])

    def memo_excluded() -> Callable[[bool], None]:
        from functools import lru_cache

        memo = lru_cache(maxsize=4096)(parties.is_excluded)
        return _swap([(E, "is_excluded", memo), (parties, "is_excluded", memo)])

    def cues_first() -> Callable[[bool], None]:
        """find_triggers is skipped for a sentence without a cue unless a body's session is named."""
        plain = kinds.find_triggers

        def gated(s: str) -> list:
            if not status.find_cues(s) and not any(
                t.info.get("session") for t in kinds._working_groups(s, s.lower())
            ):
                return []
            return plain(s)

        return _swap([(kinds, "find_triggers", gated)])

    def conditional_lookbehind() -> Callable[[bool], None]:
        """The conditional blocker is only tested for truth: the same words behind a look-behind
        let the Scanner try it only where "if", "unless", ... occur."""
        import dataclasses
        import re

        b = status.blockers()
        pat = b.conditional.pattern
        if not pat.startswith('(?:^|[\\s"“(])'):
            raise SystemExit(f"conditional pattern changed: {pat}")
        fast = Scanner(re.compile('(?<![^\\s"“(])' + pat[len('(?:^|[\\s"“(])') :], b.conditional.flags))
        wrapped = dataclasses.replace(b, conditional=fast)
        return _swap([(E, "blockers", lambda: wrapped)])

    def old_match() -> Callable[[bool], None]:
        """The variant is the *old* tracker.extract._match (from git rev OLD_MATCH_REV): the
        ratio then reads old/new, i.e. below 1 means the current matcher is faster."""
        import importlib.util
        import subprocess
        import tempfile

        from tracker.extract import sectors

        src = subprocess.run(
            ["git", "show", f"{OLD_MATCH_REV}:tracker/extract/_match.py"],
            cwd=Path(__file__).parent,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(src)
        spec = importlib.util.spec_from_file_location("_match_old", f.name)
        old = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(old)  # type: ignore[union-attr]
        lists = {
            sec: old.Patterns([rx.pattern for rx, _ in kinds._list_patterns(sec).items])
            for sec in ("joint_venture", "project")
        }
        cue_p, stages = status._cue_patterns()
        cues = (old.Patterns([rx.pattern for rx, _ in cue_p.items]), stages)
        sp, ign, secs, ks = sectors._data()
        sec = (old.Patterns([rx.pattern for rx, _ in sp.items]), ign, secs, ks)
        return _swap(
            [
                (kinds, "_list_patterns", lambda section: lists[section]),
                (kinds, "keys_of", old.keys_of),
                (status, "_cue_patterns", lambda: cues),
                (sectors, "_data", lambda: sec),
            ]
        )

    return {
        "old-match": old_match,
        "conditional-lookbehind": conditional_lookbehind,
        "memo-excluded": memo_excluded,
        "cues-first": cues_first,
        "scanner-status": scanner_status,
        "scanner-kinds": scanner_kinds,
        "scanner-parties": scanner_parties,
    }


def main(argv: list[str]) -> int:
    from tracker.extract import extract

    docs = load_docs()
    for _, text, pub in docs:
        extract(text, pub)
    table = variants()
    names = argv or list(table)
    switches = [table[n]() for n in names]

    def all_on(on: bool) -> None:
        for s in switches:
            s(on)

    differ = 0
    for _, text, pub in docs:  # the variant must give the same mentions
        outs = []
        for on in (False, True):
            all_on(on)
            outs.append([m.to_dict() for m in extract(text, pub)])
        all_on(False)
        differ += outs[0] != outs[1]
    plain: list[float] = []
    var: list[float] = []
    for _, text, pub in docs:
        best = [float("inf"), float("inf")]
        for _ in range(5):
            for k, on in ((0, False), (1, True)):
                all_on(on)
                t0 = time.process_time_ns()
                extract(text, pub)
                best[k] = min(best[k], (time.process_time_ns() - t0) / 1e6)
        all_on(False)
        plain.append(best[0])
        var.append(best[1])
    ratio = [v / p for p, v in zip(plain, var, strict=True)]
    print(
        f"{'+'.join(names)}: median {statistics.median(plain):.2f} -> {statistics.median(var):.2f} ms, "
        f"total {sum(plain):.1f} -> {sum(var):.1f} ms, median ratio {statistics.median(ratio):.3f}, "
        f"{'outputs identical' if not differ else f'OUTPUTS DIFFER in {differ} articles'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
