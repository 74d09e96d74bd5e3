"""notebooks/README.md maps every heading of the study note to the notebook section that teaches it.

The note is ``shared/seed/000_e8c79b9b0659f401.txt`` beside the repository (``<repo>/../shared/seed``, as CI lays it
out). Its headings are the lines starting with one to five ``#`` outside fenced code blocks. Each map row is
``| <#...> <heading> | [text](NN-slug.ipynb#anchor) | exercises |``; rows must follow the note's order, every
notebook must exist, every anchor must be the slug of a Markdown heading in that notebook, and every exercise link
must point at an existing exercise folder. Slug: lower-case, drop characters that are not letters, digits, spaces,
``-`` or ``_``, then spaces become ``-`` (GitHub's rule; CJK characters are letters).
"""
import re
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parents[2]
SEED_DIR = REPO.parent / "shared" / "seed"
README = REPO / "notebooks" / "README.md"
ROW = re.compile(r"^\|\s*(#{1,5})\s+(.+?)\s*\|\s*\[[^\]]*\]\(([^)#]+)#([^)]+)\)\s*\|(.*)\|\s*$")
HEADING = re.compile(r"^(#{1,5})\s*(\S.*?)\s*$")


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str) -> str:
    text = text.strip().lower()
    text = "".join(ch for ch in text if ch.isalnum() or ch in " -_")
    return text.replace(" ", "-")


def seed_headings(repo: Path = REPO):
    """(level, text) of every heading outside fenced code, in order."""
    files = sorted((repo.parent / "shared" / "seed").glob("*.txt"))
    headings, in_fence = [], False
    for line in files[0].read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("```"):
            in_fence = not in_fence
            continue
        m = HEADING.match(line)
        if not in_fence and m:
            headings.append((len(m.group(1)), normalise(m.group(2))))
    return headings


def notebook_headings(path: Path):
    """The text of every Markdown heading in a notebook (outside fenced code)."""
    nb = nbformat.read(str(path), as_version=4)
    found = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        in_fence = False
        for line in cell.source.splitlines():
            if line.strip().startswith("```"):
                in_fence = not in_fence
                continue
            m = re.match(r"^#{1,6}\s+(.*?)\s*$", line)
            if m and not in_fence:
                found.append(m.group(1))
    return found


def map_rows():
    rows = []
    for line in README.read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            rows.append((len(m.group(1)), normalise(m.group(2)), m.group(3), m.group(4), m.group(5)))
    return rows


needs_seed = pytest.mark.skipif(not SEED_DIR.is_dir(), reason=f"the note is not at {SEED_DIR}")


@needs_seed
def test_every_heading_of_the_note_has_a_map_entry_in_order():
    expected = seed_headings()
    actual = [(level, text) for level, text, *_ in map_rows()]
    missing = [h for h in expected if h not in actual]
    assert not missing, f"headings of the note without a map entry: {missing}"
    assert actual == expected, "the map's rows must list the note's headings once each, in the note's order"


def test_every_entry_points_at_an_existing_notebook_section():
    problems = []
    headings_by_notebook = {}
    for level, text, target, anchor, _ in map_rows():
        path = README.parent / target
        if not path.is_file():
            problems.append(f"{text}: no notebook {target}")
            continue
        anchors = headings_by_notebook.setdefault(target, {slug(h) for h in notebook_headings(path)})
        if anchor not in anchors:
            problems.append(f"{text}: {target} has no section with anchor #{anchor}")
    assert map_rows(), "no map rows found in notebooks/README.md"
    assert not problems, "\n".join(problems)


def test_exercise_links_point_at_existing_exercises():
    broken = []
    for level, text, target, anchor, exercises in map_rows():
        for link in re.findall(r"\]\(([^)]+)\)", exercises):
            if not (README.parent / link).resolve().exists():
                broken.append(f"{text}: {link}")
    assert not broken, f"broken exercise links: {broken}"


def test_slug_follows_the_documented_rule():
    assert slug("Generating .pyc files (生成 .pyc 文件)") == "generating-pyc-files-生成-pyc-文件"
    assert slug("Producer–consumer (生产者消费者模型)") == "producerconsumer-生产者消费者模型"
