"""Interrupt, restart and shutdown: the kernel answers during a long :simulate, keeps its session
when interrupted, and leaves no process behind."""
import threading
import time

import jupyter_client

from conftest import kernel_pids, pid_alive


def run(kc, code, timeout=60):
    """Executes `code`; returns (reply content, [iopub messages])."""
    messages = []
    reply = kc.execute_interactive(code, output_hook=messages.append, timeout=timeout)
    return reply["content"], messages


def results(messages):
    return [m["content"]["data"]["text/plain"] for m in messages if m["msg_type"] == "execute_result"]


def test_interrupt_cancels_a_long_simulation_and_keeps_the_session():
    km, kc = jupyter_client.manager.start_new_kernel(kernel_name="dossier")
    try:
        reply, messages = run(kc, "let pay = 2000 USD/month")
        assert reply["status"] == "ok"
        timer = threading.Timer(0.5, km.interrupt_kernel)
        timer.start()
        started = time.monotonic()
        reply, messages = run(kc, ":simulate --samples 10000000 (8000 to 12000) * (1800 to 2200) * 12")
        timer.join()
        assert reply["status"] == "error"
        assert reply["ename"] == "interrupted"
        assert time.monotonic() - started < 30
        errors = [m for m in messages if m["msg_type"] == "error"]
        assert len(errors) == 1 and errors[0]["content"]["ename"] == "interrupted"
        # The session is as it was: the earlier definition is still there.
        reply, messages = run(kc, "pay * 12 month")
        assert reply["status"] == "ok"
        assert results(messages) == ["24,000 USD"]
    finally:
        km.shutdown_kernel(now=False)


def test_the_kernel_never_dies_on_a_bad_cell():
    km, kc = jupyter_client.manager.start_new_kernel(kernel_name="dossier")
    try:
        for bad in ["1 +", "nonexistent_name", "1 @ 2", ":fact", "(((", ":nosuchcommand", "1 USD + 1 t"]:
            reply, messages = run(kc, bad)
            assert reply["status"] == "error", bad
            assert [m["content"]["ename"] for m in messages if m["msg_type"] == "error"] == [reply["ename"]]
            assert reply["traceback"][0].startswith("error[" + reply["ename"] + "]"), reply["traceback"]
        reply, messages = run(kc, "1+1")
        assert results(messages) == ["2"]
        assert km.is_alive()
    finally:
        km.shutdown_kernel(now=False)


def test_restart_and_shutdown_leave_no_process_behind():
    before = {pid for pid, _ in kernel_pids()}
    km, kc = jupyter_client.manager.start_new_kernel(kernel_name="dossier")
    first = km.provisioner.process.pid
    assert pid_alive(first)
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=30)
    second = km.provisioner.process.pid
    assert second != first
    assert not pid_alive(first)
    reply, messages = run(kc, "1+1")
    assert results(messages) == ["2"]
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    assert not km.is_alive()
    assert not pid_alive(second)
    assert {pid for pid, _ in kernel_pids()} - before == set()


def test_busy_and_idle_around_every_request():
    km, kc = jupyter_client.manager.start_new_kernel(kernel_name="dossier")
    try:
        kc.kernel_info()
        kc.get_shell_msg(timeout=10)
        msg_id = kc.complete("soldier_p", 9)
        kc.get_shell_msg(timeout=10)
        states = []
        while len(states) < 2:
            m = kc.get_iopub_msg(timeout=10)
            if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status":
                states.append(m["content"]["execution_state"])
        assert states == ["busy", "idle"]
    finally:
        km.shutdown_kernel(now=False)


def test_cells_queued_behind_an_error_are_aborted():
    km, kc = jupyter_client.manager.start_new_kernel(kernel_name="dossier")
    try:
        # Three requests sent at once, as Run All does: the failing one stops the queue.
        ids = [kc.execute("let q = 1"), kc.execute("1 +"), kc.execute("let q = 2"), kc.execute("q", stop_on_error=False)]
        replies = {}
        while len(replies) < len(ids):
            m = kc.get_shell_msg(timeout=30)
            replies[m["parent_header"]["msg_id"]] = m["content"]["status"]
        assert [replies[i] for i in ids] == ["ok", "error", "aborted", "aborted"]
        # Nothing queued now: the next cell runs, on the session as it was (q is still 1).
        reply, messages = run(kc, "q")
        assert reply["status"] == "ok" and results(messages) == ["1"]
    finally:
        km.shutdown_kernel(now=False)
