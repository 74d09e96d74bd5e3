"""Kernel latency, side by side: spindle and its peers, measured in one run on this machine.

For each kernel: process start -> kernel_info reply, process start -> first cell result, a trivial cell's
round trip (request sent -> idle) p50 over the first cells after start (cells 6 to 5 + N), the same once the
kernel is warm (p50/p90 of N cells after 300 cells: a JVM kernel's compiler is still being compiled by the JIT
during its first hundred cells), and completion latency p50; with --session S also the p50 of the last N cells
of an S-cell session (what a long day of notebook work costs). Start-up figures are medians over several fresh
starts; the machine is noisy, so compare the ratios within one run, not across runs.

Usage: ./spindle bench [--rounds N] [--cells N] [--kernels spindle,python3,rapaio] [--session S]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager


@dataclass(frozen=True)
class Peer:
    kernel: str
    label: str
    trivial: str
    completion: str

    @property
    def cursor(self) -> int:
        return len(self.completion)


PEERS = {
    "spindle": Peer("spindle", "spindle (Java 25)", "1 + 1", "System.out.pri"),
    "python3": Peer("python3", "ipykernel", "1 + 1", "import os; os.pa"),
    "rapaio": Peer("rapaio", "rapaio-jupyter-kernel 3.0.1", "1 + 1", "System.out.pri"),
}


def wait_for_reply(client, msg_id: str, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        reply = client.get_shell_msg(timeout=max(0.001, deadline - time.monotonic()))
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def wait_for_idle(client, msg_id: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        msg = client.get_iopub_msg(timeout=max(0.001, deadline - time.monotonic()))
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return


def cold_start(peer: Peer) -> tuple[float, float] | None:
    """Seconds from starting the process to the kernel_info reply, and to the first cell's result;
    None when the kernel never answered (some peers fail to start now and then: that is counted, not hidden)."""
    km = KernelManager(kernel_name=peer.kernel)
    t0 = time.monotonic()
    km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = km.client()
    client.start_channels()
    try:
        info_at = None
        while info_at is None:
            msg_id = client.kernel_info()
            try:
                wait_for_reply(client, msg_id, timeout=0.25)
                info_at = time.monotonic() - t0
            except Exception:
                if time.monotonic() - t0 > START_TIMEOUT:
                    print(f"{peer.label}: no kernel_info reply within {START_TIMEOUT} s", file=sys.stderr)
                    return None
        msg_id = client.execute(peer.trivial)
        wait_for_reply(client, msg_id, timeout=60)
        first_cell_at = time.monotonic() - t0
        return info_at, first_cell_at
    finally:
        client.stop_channels()
        km.shutdown_kernel(now=True)


START_TIMEOUT = 30


WARM_AFTER = 300


def warm_latencies(peer: Peer, cells: int, session: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """Round trips of the first cells after start, of cells once warm, of completions, and (when session is
    past the warm cells) of the last cells of a session that long."""
    km = KernelManager(kernel_name=peer.kernel)
    km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = km.client()
    client.start_channels()

    def cell() -> float:
        t = time.perf_counter()
        msg_id = client.execute(peer.trivial)
        wait_for_reply(client, msg_id, 60)
        wait_for_idle(client, msg_id, 60)
        return time.perf_counter() - t

    try:
        client.wait_for_ready(timeout=60)
        for _ in range(5):
            cell()
        first_cells = [cell() for _ in range(cells)]
        for _ in range(WARM_AFTER - 5 - cells):
            cell()
        warm_cells = [cell() for _ in range(cells)]
        completion_times = []
        for _ in range(5):
            wait_for_reply(client, client.complete(peer.completion, peer.cursor), 60)
        for _ in range(max(10, cells // 2)):
            t = time.perf_counter()
            wait_for_reply(client, client.complete(peer.completion, peer.cursor), 60)
            completion_times.append(time.perf_counter() - t)
        late_cells = []
        if session > WARM_AFTER + cells:
            for _ in range(session - WARM_AFTER - 2 * cells):
                cell()
            late_cells = [cell() for _ in range(cells)]
        return first_cells, warm_cells, completion_times, late_cells
    finally:
        client.stop_channels()
        km.shutdown_kernel(now=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="fresh starts per kernel (default 5)")
    parser.add_argument("--cells", type=int, default=60, help="warm trivial cells per kernel (default 60)")
    parser.add_argument("--kernels", default="spindle,python3,rapaio")
    parser.add_argument("--session", type=int, default=0,
                        help="also time the last cells of a session of this many cells (off by default)")
    args = parser.parse_args(argv)

    available = KernelSpecManager().find_kernel_specs()
    rows, failures = [], []
    for name in args.kernels.split(","):
        peer = PEERS.get(name)
        if peer is None:
            print(f"unknown kernel '{name}' (known: {', '.join(PEERS)})", file=sys.stderr)
            return 2
        if name not in available:
            print(f"skipping {peer.label}: no '{name}' kernelspec installed", file=sys.stderr)
            continue
        print(f"measuring {peer.label} ...", file=sys.stderr, flush=True)
        attempts = [cold_start(peer) for _ in range(args.rounds)]
        starts = [a for a in attempts if a is not None]
        if len(starts) < len(attempts):
            failures.append(f"{peer.label}: {len(attempts) - len(starts)} of {len(attempts)} starts never answered")
        if not starts:
            continue
        for attempt in (1, 2):
            try:
                first_cells, warm_cells, completions, late_cells = warm_latencies(peer, args.cells, args.session)
                break
            except RuntimeError as e:  # a start that never answered, as above
                failures.append(f"{peer.label}: the latency run's kernel failed (attempt {attempt}): {e}")
        else:
            continue
        rows.append((peer.label,
                     statistics.median(s[0] for s in starts), statistics.median(s[1] for s in starts),
                     percentile(first_cells, 0.5) * 1000,
                     percentile(warm_cells, 0.5) * 1000, percentile(warm_cells, 0.9) * 1000,
                     percentile(completions, 0.5) * 1000)
                    + ((percentile(late_cells, 0.5) * 1000,) if late_cells else ()))

    header = ("kernel", "kernel_info (s)", "first cell (s)", "early cell p50 (ms)", "warm cell p50 (ms)",
              "warm cell p90 (ms)", "complete p50 (ms)")
    if rows and len(rows[0]) > len(header):
        header += (f"cell p50 at {args.session} (ms)",)
    widths = [max(len(header[0]), *(len(r[0]) for r in rows))] + [len(h) for h in header[1:]]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    for r in rows:
        cells_txt = [r[0].ljust(widths[0])] + [f"{v:.2f}".rjust(w) if i < 2 else f"{v:.1f}".rjust(w)
                                               for i, (v, w) in enumerate(zip(r[1:], widths[1:]))]
        print("  ".join(cells_txt))
    if rows and rows[0][0].startswith("spindle"):
        base = rows[0]
        for r in rows[1:]:
            ratios = [f"{base[i] / r[i]:.2f}x" for i in range(1, len(header))]
            print(f"spindle / {r[0]}: " + ", ".join(f"{h.split(' (')[0]} {x}" for h, x in zip(header[1:], ratios)))
    for failure in failures:
        print(failure)
    print(f"(start-up: median of {args.rounds} fresh starts; early: cells 6-{5 + args.cells} after start; warm: "
          f"{args.cells} cells after {WARM_AFTER - args.cells}; {max(10, args.cells // 2)} completions"
          + (f"; the last {args.cells} cells of a {args.session}-cell session" if args.session > WARM_AFTER + args.cells
             else "") + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
