"""The lesson notebooks: stored clean, prose without hand-typed measurements, and runnable on the spindle kernel.

Rules checked here (see notebooks/README.md):

* Stored notebooks carry no outputs and no execution counts, and name the ``spindle`` kernel.
* Markdown never states a measured figure: a number followed by a unit of time, size, percentage or ratio
  (``ms``, ``s``, ``µs``, ``ns``, ``MB``, ``KB``, ``KiB``, ``MiB``, ``GB``, ``%``, ``x``, ``×``) is flagged.
  Allowed: headings, years written with a trailing ``s`` (``1990s``), section numbers, and anything inside a
  code span (`` `5 ms` `` is how a *parameter* of a demo is written). Measurements are printed by the cells.
* Every notebook runs top to bottom on the ``spindle`` kernel within 90 s. Only cells tagged
  ``raises-exception`` may fail, and they must. Cells tagged ``expect-output`` must print exactly
  ``metadata.spindle.expected_stdout`` (trailing spaces on lines and trailing blank lines ignored).

The execution test is skipped when no ``spindle`` kernelspec is installed, unless SPINDLE_REQUIRE_KERNEL=1
(which ``./spindle test`` sets after installing the kernel), in which case it fails.
"""
import os
import re
import time

import pytest

from conftest import NOTEBOOKS, notebook_params, read

RUN_LIMIT_SECONDS = 90
KERNEL = "spindle"

UNITS = r"(?:ms|s|µs|us|ns|MB|KB|KiB|MiB|GB|GiB|%|x|×)"
# a number (1, 1.5, 1,000, 0.005) and a unit that is not the start of a longer word
MEASURED = re.compile(r"(?<![\w.§#])(\d[\d,]*(?:\.\d+)?)\s?(" + UNITS + r")(?![A-Za-z0-9])")
YEARS_DECADE = re.compile(r"^(1[89]|20)\d0$")
CODE_SPAN = re.compile(r"`[^`]*`")
FENCE = re.compile(r"^\s*```")


def prose_lines(markdown: str):
    """Lines of a Markdown cell that are prose: no fenced code, no headings, code spans removed."""
    in_fence = False
    for line in markdown.splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or line.lstrip().startswith("#"):
            continue
        yield CODE_SPAN.sub("``", line)


def measured_figures(markdown: str):
    found = []
    for line in prose_lines(markdown):
        for m in MEASURED.finditer(line):
            number, unit = m.group(1), m.group(2)
            if unit == "s" and YEARS_DECADE.match(number):
                continue  # "the 1990s"
            found.append(m.group(0))
    return found


def test_there_are_twelve_lessons_numbered_in_order():
    assert [p.name[:2] for p in NOTEBOOKS] == [f"{i:02d}" for i in range(1, 13)]


@pytest.mark.parametrize("path", notebook_params())
def test_stored_without_outputs_and_with_the_spindle_kernelspec(path):
    nb = read(path)
    assert nb.nbformat == 4 and nb.nbformat_minor >= 5
    spec = nb.metadata.get("kernelspec", {})
    assert spec.get("name") == KERNEL
    assert spec.get("display_name") == "Java 25 (Spindle)"
    assert spec.get("language") == "java"
    assert nb.metadata.get("language_info", {}).get("name") == "java"
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.get("outputs") == [], f"cell {i} has stored outputs"
            assert cell.get("execution_count") is None, f"cell {i} has an execution count"


@pytest.mark.parametrize("path", notebook_params())
def test_markdown_contains_no_hand_typed_measurements(path):
    nb = read(path)
    offending = {i: measured_figures(c.source) for i, c in enumerate(nb.cells) if c.cell_type == "markdown"}
    offending = {i: f for i, f in offending.items() if f}
    assert not offending, f"numbers with units in prose (print them from a cell, or put parameters in `code`): {offending}"


@pytest.mark.parametrize("path", notebook_params())
def test_expect_output_cells_carry_their_expected_text(path):
    nb = read(path)
    for i, cell in enumerate(nb.cells):
        tags = cell.get("metadata", {}).get("tags", [])
        if "expect-output" in tags:
            assert cell.cell_type == "code", f"cell {i}: expect-output on a non-code cell"
            expected = cell.metadata.get("spindle", {}).get("expected_stdout")
            assert isinstance(expected, str) and expected.strip(), f"cell {i}: no metadata.spindle.expected_stdout"
            assert "raises-exception" not in tags, f"cell {i}: cannot both raise and expect output"


def test_the_measured_figure_rule_flags_units_and_spares_code_and_years():
    assert measured_figures("It took 12 ms.") == ["12 ms"]
    assert measured_figures("a 2.5x speed-up and 40 %") == ["2.5x", "40 %"]
    assert measured_figures("a sleep of `20 ms`, the 1990s, PEP 3147, section §2 #4, 16-byte header") == []
    assert measured_figures("## Heading with 5 ms\n```\n3 s\n```") == []


def _spindle_kernel_installed() -> bool:
    try:
        from jupyter_client.kernelspec import KernelSpecManager
        return KERNEL in KernelSpecManager().find_kernel_specs()
    except Exception:
        return False


def _normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").splitlines()).strip("\n")


def _stdout(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", [])
                   if o.get("output_type") == "stream" and o.get("name") == "stdout")


@pytest.mark.parametrize("path", notebook_params())
def test_runs_top_to_bottom_within_the_time_limit_and_prints_the_expected_output(path):
    if not _spindle_kernel_installed():
        if os.environ.get("SPINDLE_REQUIRE_KERNEL") == "1":
            pytest.fail("the spindle kernelspec is not installed")
        pytest.skip("the spindle kernelspec is not installed (./spindle install)")
    from nbclient import NotebookClient

    nb = read(path)
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=RUN_LIMIT_SECONDS, allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    started = time.monotonic()
    client.execute()
    elapsed = time.monotonic() - started

    problems = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        tags = cell.get("metadata", {}).get("tags", [])
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if "raises-exception" in tags and not errors:
            problems.append(f"cell {i} is tagged raises-exception but did not raise")
        if "raises-exception" not in tags and errors:
            e = errors[0]
            problems.append(f"cell {i} raised {e.get('ename')}: {e.get('evalue')}")
        if "expect-output" in tags:
            expected = _normalise(cell.metadata["spindle"]["expected_stdout"])
            actual = _normalise(_stdout(cell))
            if actual != expected:
                problems.append(f"cell {i} printed:\n{actual}\n--- but expected:\n{expected}")
    assert not problems, "\n\n".join(problems)
    assert elapsed <= RUN_LIMIT_SECONDS, f"{path.name} took {elapsed:.0f} s (limit {RUN_LIMIT_SECONDS} s)"
