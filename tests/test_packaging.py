"""Every data file the code reads is declared as package data, so a wheel install works too."""

from __future__ import annotations

import fnmatch
import tomllib

from .conftest import ROOT


def test_every_data_file_ships_in_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = config["tool"]["setuptools"]["package-data"]
    missing = []
    for path in (ROOT / "tracker").rglob("*"):
        if path.is_dir() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(ROOT)
        # the package is the nearest folder with an __init__.py
        pkg_dir = path.parent
        while not (pkg_dir / "__init__.py").exists():
            pkg_dir = pkg_dir.parent
        package = ".".join(pkg_dir.relative_to(ROOT).parts)
        inside = path.relative_to(pkg_dir).as_posix()
        if not any(fnmatch.fnmatch(inside, pat) for pat in package_data.get(package, [])):
            missing.append(str(rel))
    assert not missing, f"not declared in [tool.setuptools.package-data]: {missing}"
