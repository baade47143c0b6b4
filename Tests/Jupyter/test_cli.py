"""The command-line side: `dossier jupyter install|uninstall`, `dossier import`, and `dossier
kernel` refusing what it cannot use, each run as a process."""
import json
import os
import subprocess

from conftest import ROOT, dossier


def test_install_and_uninstall_where_jupyter_finds_it(tmp_path):
    prefix = tmp_path / "p"
    out = dossier("jupyter", "install", "--prefix", str(prefix))
    where = prefix / "share" / "jupyter" / "kernels" / "dossier"
    assert out.stdout == f"installed the Dossier kernel in {where}\n"
    spec = json.loads((where / "kernel.json").read_text())
    assert spec["display_name"] == "Dossier"
    assert spec["interrupt_mode"] == "message"
    assert spec["argv"][1:] == ["kernel", "-f", "{connection_file}"]
    assert os.path.isabs(spec["argv"][0]) and os.access(spec["argv"][0], os.X_OK)
    assert (where / "logo-32x32.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (where / "logo-64x64.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    env = dict(os.environ, JUPYTER_PATH=str(prefix / "share" / "jupyter"))
    listed = subprocess.run([os.path.join(ROOT, ".build-venv", "bin", "jupyter"), "kernelspec", "list", "--json"],
                            capture_output=True, text=True, env=env, check=True)
    found = json.loads(listed.stdout)["kernelspecs"]["dossier"]
    assert found["resource_dir"] == str(where)
    assert found["spec"]["language"] == "dossier"

    out = dossier("jupyter", "uninstall", "--prefix", str(prefix))
    assert out.stdout == f"removed the Dossier kernel from {where}\n"
    assert not where.exists()
    again = dossier("jupyter", "uninstall", "--prefix", str(prefix), check=False)
    assert again.returncode == 1
    assert again.stderr == f"error[io]: no Dossier kernel is installed in {where}\n"


def test_user_install_goes_to_the_jupyter_data_dir(tmp_path):
    env = dict(os.environ, JUPYTER_DATA_DIR=str(tmp_path / "data"))
    subprocess.run([os.environ.get("DOSSIER", ""), "jupyter", "install"], env=env, check=True, capture_output=True)
    assert (tmp_path / "data" / "kernels" / "dossier" / "kernel.json").exists()
    subprocess.run([os.environ.get("DOSSIER", ""), "jupyter", "uninstall", "--user"], env=env, check=True, capture_output=True)
    assert not (tmp_path / "data" / "kernels" / "dossier").exists()


def test_install_places_are_exclusive():
    out = dossier("jupyter", "install", "--user", "--prefix", "/tmp/x", check=False)
    assert out.returncode == 2
    assert "give only one of --user, --prefix and --sys-prefix" in out.stderr


def test_import_refuses_bad_files_with_where(tmp_path):
    missing = dossier("import", str(tmp_path / "none.ipynb"), check=False)
    assert missing.returncode == 2
    assert missing.stderr.startswith("error[io]: ") and "none.ipynb" in missing.stderr
    bad = tmp_path / "bad.ipynb"
    bad.write_text('{\n "cells": [,]\n}\n')
    out = dossier("import", str(bad), check=False)
    assert out.returncode == 2
    assert out.stderr == f"error[io]: {bad}:2: not a Jupyter notebook: expected a JSON value (column 12)\n"
    assert not (tmp_path / "bad.md").exists()


def test_import_of_a_notebook_written_elsewhere(tmp_path):
    nb = tmp_path / "lab.ipynb"
    nb.write_text(json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "markdown", "id": "a", "metadata": {}, "source": ["A note"]},
        {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": 1, "source": ["1+1"],
         "outputs": [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
                      "data": {"text/plain": "2"}}]}]}))
    out = dossier("import", str(nb))
    assert out.stdout == f"imported 2 cells to {tmp_path / 'lab.md'}\n"
    assert dossier("replay", "--check", str(tmp_path / "lab.md"), check=False).returncode == 0


def test_kernel_refuses_a_bad_connection_file(tmp_path):
    missing = dossier("kernel", "-f", str(tmp_path / "none.json"), check=False)
    assert missing.returncode == 2
    assert missing.stderr.startswith("error[io]: ")
    bad = tmp_path / "c.json"
    bad.write_text('{"shell_port": 1}')
    out = dossier("kernel", "-f", str(bad), check=False)
    assert out.returncode == 2
    assert out.stderr == f"error[io]: {bad}: the connection file has no valid `iopub_port`\n"
