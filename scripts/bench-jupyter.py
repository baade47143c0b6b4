#!/usr/bin/env python3
"""The Jupyter kernel's benchmark (issue 17), side by side with the IPython kernel in one run:
kernel start to first kernel_info reply, and the execute round trip of `1+1` through
jupyter_client (request sent to execute_reply received). Prints medians; not a timed test.

    .build-venv/bin/python scripts/bench-jupyter.py DOSSIER_BINARY [--quick]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

import socket

import jupyter_client


def start_to_info(name, runs):
    """Median time from starting the kernel process (its kernelspec's argv) to the reply to the
    first kernel_info request, sent through jupyter_client as soon as the shell port accepts a
    connection (probed every 0.5 ms). A client connecting before the kernel listens would wait
    ZeroMQ's reconnect interval (100 ms) instead; `with_manager` measures that way."""
    argv = jupyter_client.kernelspec.KernelSpecManager().get_kernel_spec(name).argv
    if argv[0] in ("python", "python3"):
        argv = [sys.executable, *argv[1:]]  # as jupyter_client itself does
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        for i in range(runs):
            path, info = jupyter_client.connect.write_connection_file(fname=os.path.join(scratch, f"k{i}.json"))
            t0 = time.perf_counter()
            process = subprocess.Popen([a.replace("{connection_file}", path) for a in argv],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while True:
                with socket.socket() as probe:
                    try:
                        probe.connect((info["ip"], info["shell_port"]))
                        break
                    except OSError:
                        if process.poll() is not None:
                            raise SystemExit(f"the {name} kernel exited with status {process.returncode}")
                        time.sleep(0.0005)
            kc = jupyter_client.BlockingKernelClient(connection_file=path)
            kc.load_connection_file()
            kc.start_channels()
            kc.kernel_info()
            kc.get_shell_msg(timeout=60)
            times.append(time.perf_counter() - t0)
            kc.shutdown()
            process.wait(timeout=30)
            kc.stop_channels()
    return statistics.median(times)


def with_manager(name, runs):
    """Median time for jupyter_client's KernelManager to start the kernel and get a kernel_info reply."""
    times = []
    for _ in range(runs):
        km = jupyter_client.KernelManager(kernel_name=name)
        t0 = time.perf_counter()
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        kc.kernel_info()
        kc.get_shell_msg(timeout=60)
        times.append(time.perf_counter() - t0)
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    return statistics.median(times)


def execute_round_trip(name, runs):
    """Median time from sending `1+1` to its execute_reply, after the kernel is ready."""
    km, kc = jupyter_client.manager.start_new_kernel(kernel_name=name)
    try:
        for _ in range(20):  # warm up
            kc.execute_interactive("1+1", output_hook=lambda m: None, timeout=30)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            msg_id = kc.execute("1+1")
            while True:
                reply = kc.get_shell_msg(timeout=30)
                if reply["parent_header"].get("msg_id") == msg_id:
                    break
            times.append(time.perf_counter() - t0)
            # drain IOPub up to idle, so the next request starts from a quiet kernel
            while True:
                m = kc.get_iopub_msg(timeout=30)
                if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status" \
                        and m["content"]["execution_state"] == "idle":
                    break
        return statistics.median(times)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)


def main():
    binary = os.path.abspath(sys.argv[1])
    quick = "--quick" in sys.argv
    with tempfile.TemporaryDirectory() as prefix:
        subprocess.run([binary, "jupyter", "install", "--prefix", prefix], check=True, capture_output=True)
        os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")
        starts, executes = (5, 200) if quick else (15, 1000)
        rows = []
        for name, label in (("dossier", "Dossier kernel"), ("python3", "IPython kernel")):
            rows.append((label, start_to_info(name, starts), with_manager(name, starts), execute_round_trip(name, executes)))
    print(f"{'Jupyter kernel':<16} {'start to kernel_info':>21} {'(via KernelManager)':>21} {'execute 1+1 (median)':>21}")
    for label, start, managed, execute in rows:
        print(f"{label:<16} {start * 1e3:>18.1f} ms {managed * 1e3:>18.1f} ms {execute * 1e3:>18.3f} ms")
    (_, ds, dm, de), (_, ps, pm, pe) = rows
    print(f"{'ratio':<16} {ds / ps:>19.2f} x {dm / pm:>19.2f} x {de / pe:>19.2f} x")
    print(f"targets: execute < 2 ms: {'met' if de < 0.002 else 'MISSED'}; "
          f"start to kernel_info < 50 ms: {'met' if ds < 0.050 else 'MISSED'}")


if __name__ == "__main__":
    main()
