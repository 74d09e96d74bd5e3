"""nbclient runs a notebook on the spindle kernel; the stored outputs are what a reader would see."""
import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook


def run(cells, **options):
    nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "spindle", "display_name": "Java 25 (Spindle)",
                                                            "language": "java"}})
    NotebookClient(nb, timeout=60, startup_timeout=60, kernel_name="spindle", **options).execute()
    return nb


def texts(cell, name="stdout"):
    return "".join(o["text"] for o in cell.outputs if o["output_type"] == "stream" and o["name"] == name)


def test_a_notebook_runs_top_to_bottom_with_every_kind_of_output():
    nb = run([
        new_code_cell('System.out.println("hello from Java");'),
        new_code_cell('System.err.println("a warning");'),
        new_code_cell("int answer = 6 * 7;\nanswer"),
        new_code_cell("record Point(int x, int y) {}\nnew Point(1, 2)"),
        new_code_cell('display(new Html("<b>bold</b>"));'),
        new_code_cell('String id = display(new Markdown("first"));\nupdateDisplay(id, new Markdown("second"));'),
        new_code_cell('System.out.println("gone");\nclearOutput();\nSystem.out.println("kept");'),
        new_code_cell('Integer.parseInt("not a number")', metadata={"tags": ["raises-exception"]}),
        new_code_cell("answer + 1"),
    ])
    c = nb.cells
    assert texts(c[0]) == "hello from Java\n"
    assert texts(c[1], "stderr") == "a warning\n"
    assert c[2].outputs[0]["output_type"] == "execute_result"
    assert c[2].outputs[0]["data"]["text/plain"] == "42"
    assert c[3].outputs[0]["data"]["text/plain"] == "Point[x=1, y=2]"
    html = [o for o in c[4].outputs if o["output_type"] == "display_data"]
    assert html and html[0]["data"]["text/html"] == "<b>bold</b>"
    markdown = [o for o in c[5].outputs if o["output_type"] == "display_data"]
    assert [o["data"]["text/markdown"] for o in markdown] == ["second"]  # nbclient applies the update in place
    assert texts(c[6]) == "kept\n"
    errors = [o for o in c[7].outputs if o["output_type"] == "error"]
    assert len(errors) == 1 and errors[0]["ename"] == "java.lang.NumberFormatException"
    assert "not a number" in errors[0]["evalue"]
    assert c[8].outputs[0]["data"]["text/plain"] == "43"
    assert [cell.execution_count for cell in c] == list(range(1, 10))
    assert nb.metadata["language_info"]["name"] == "java"
    assert nb.metadata["language_info"]["file_extension"] == ".java"
