"""Shared set-up for the Jupyter tests: the dossier binary, and a kernelspec installed by
`dossier jupyter install --prefix` into a temporary JUPYTER_PATH (run.sh sets both)."""
import os
import subprocess
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DOSSIER = os.environ.get("DOSSIER", os.path.join(ROOT, ".build", "debug", "dossier"))


def dossier(*args, check=True, cwd=None):
    """Runs dossier as a process; returns the CompletedProcess (text)."""
    result = subprocess.run([DOSSIER, *args], capture_output=True, text=True, cwd=cwd)
    if check and result.returncode != 0:
        raise AssertionError(f"dossier {' '.join(args)} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result


@pytest.fixture(scope="session", autouse=True)
def kernelspec(tmp_path_factory):
    """Installs the kernelspec under a temporary prefix and points JUPYTER_PATH at it."""
    prefix = tmp_path_factory.mktemp("jupyter-prefix")
    dossier("jupyter", "install", "--prefix", str(prefix))
    os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")
    yield prefix


def kernel_pids():
    """The pids of running `dossier kernel` processes started from this build."""
    out = subprocess.run(["ps", "-eo", "pid=,stat=,args="], capture_output=True, text=True).stdout
    pids = []
    for line in out.splitlines():
        pid, stat, args = line.split(None, 2)
        if args.startswith(os.path.realpath(DOSSIER) + " kernel") or args.startswith(DOSSIER + " kernel"):
            pids.append((int(pid), stat))
    return pids


def pid_alive(pid):
    """Whether `pid` is a live (not zombie) process."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


sys.path.insert(0, os.path.dirname(__file__))
