"""Shared helpers for the lesson-pack tests (notebooks/tests)."""
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = REPO / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb"))


def read(path: Path):
    return nbformat.read(str(path), as_version=4)


def notebook_params():
    return [pytest.param(p, id=p.stem) for p in NOTEBOOKS]
