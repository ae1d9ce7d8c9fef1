"""The blind sets' gold labels keep to the mechanical rules of the annotation guide."""

from __future__ import annotations

import importlib.util

import pytest

from .conftest import CORPUS

spec = importlib.util.spec_from_file_location("check_gold", CORPUS / "check_gold.py")
check_gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_gold)


@pytest.mark.parametrize("folder", sorted(p.name for p in CORPUS.glob("holdout*") if p.is_dir()))
def test_gold_labels_follow_the_guide(folder):
    articles, rows, problems = check_gold.check_folder(CORPUS / folder)
    assert articles and rows and problems == []
