"""Every example notebook, exported to .ipynb and run by nbclient with the Dossier kernel, gives
the outputs the shell recorded; imported back, it replays with --check."""
import glob
import os
import shutil

import nbclient
import nbformat
import pytest

from conftest import ROOT, dossier

# A notebook with a story file beside it (NAME.dossier, a drafted article) runs on that story, which a
# kernel started by nbclient does not load: those are replayed by NotebookExamplesTests instead.
NOTEBOOKS = sorted(p for p in glob.glob(os.path.join(ROOT, "notebooks", "*.md"))
                   if not p.endswith("README.md") and not os.path.exists(p[:-3] + ".dossier"))


def text_of(outputs):
    """A code cell's outputs as the shell prints them: results and streams, errors' tracebacks."""
    parts = []
    for out in outputs:
        if out["output_type"] == "stream":
            parts.append(out["text"].removesuffix("\n"))
        elif out["output_type"] in ("execute_result", "display_data"):
            parts.append(out["data"]["text/plain"])
        elif out["output_type"] == "error":
            parts.append("\n".join(out["traceback"]))
    return "\n".join(parts)


def is_error(outputs):
    return any(o["output_type"] == "error" or o.get("name") == "stderr" for o in outputs)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=os.path.basename)
def test_nbclient_outputs_equal_the_shells_and_round_trip(path, tmp_path):
    assert NOTEBOOKS, "no example notebooks found"
    md = tmp_path / os.path.basename(path)
    shutil.copy(path, md)
    ipynb = tmp_path / "exported.ipynb"
    dossier("export", str(md), "--to", "ipynb", "-o", str(ipynb))
    recorded = nbformat.read(str(ipynb), as_version=4)
    nb = nbformat.read(str(ipynb), as_version=4)
    nbclient.NotebookClient(nb, kernel_name="dossier", timeout=120, allow_errors=True).execute()

    code = [(a, b) for a, b in zip(recorded.cells, nb.cells) if a.cell_type == "code"]
    assert code, f"{path} has no commands"
    for shell, kernel in code:
        assert kernel.source == shell.source
        assert text_of(kernel.outputs) == text_of(shell.outputs), f"cell {shell.id}: {shell.source}"
        assert is_error(kernel.outputs) == is_error(shell.outputs), f"cell {shell.id}: {shell.source}"
        for out in kernel.outputs:
            if out["output_type"] in ("execute_result", "display_data"):
                html = out["data"]["text/html"]
                assert "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")

    executed = tmp_path / "executed.ipynb"
    nbformat.write(nb, str(executed))
    back = tmp_path / "back.md"
    dossier("import", str(executed), "-o", str(back))
    replay = dossier("replay", "--check", str(back), check=False)
    assert replay.returncode == 0, replay.stdout + replay.stderr
    # What the kernel ran is what the notebook holds, note for note and output for output.
    assert back.read_text() == md.read_text()
