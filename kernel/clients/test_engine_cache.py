"""The engine's AOT cache is made in a process of its own: a kernel that is killed with its whole process group
right after its first cell (what a restart, a test, or a closed JupyterLab tab does) still leaves a usable cache,
and the next kernel's engine starts from it."""
import os
import time
from pathlib import Path

from jupyter_client.manager import start_new_kernel


def run_one_cell(env: dict) -> list[str]:
    """Runs a cell; returns the command lines of the engines alive at that moment."""
    manager, client = start_new_kernel(kernel_name="spindle", startup_timeout=60, env=env)
    try:
        reply = client.execute_interactive("1 + 1", timeout=60)
        assert reply["content"]["status"] == "ok"
        return [line for line in command_lines(descendants(manager.provisioner.process.pid))
                if "dev.spindle.kernel.engine.EngineMain" in line]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)  # SIGKILL to the kernel's process group


def processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every process."""
    table = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                parent = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
                table[int(proc.name)] = (parent, (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode())
            except (OSError, ValueError, IndexError):
                pass
    return table


def descendants(pid: int) -> list[int]:
    table, found, frontier = processes(), [], [pid]
    while frontier:
        children = [p for p, (parent, _) in table.items() if parent in frontier]
        found += children
        frontier = children
    return found


def command_lines(pids: list[int]) -> list[str]:
    table = processes()
    return [table[p][1] for p in pids if p in table]


def trainers() -> list[int]:
    return [pid for pid, (_, line) in processes().items() if "dev.spindle.kernel.bridge.AotTraining" in line]


def test_a_killed_kernel_still_leaves_a_cache_that_the_next_kernel_uses(tmp_path):
    env = {**os.environ, "SPINDLE_ENGINE_AOT_CACHE": str(tmp_path)}
    run_one_cell(env)

    deadline = time.monotonic() + 180
    while (not list(tmp_path.glob("engine-*.aot")) or trainers()) and time.monotonic() < deadline:
        time.sleep(0.5)
    caches = list(tmp_path.glob("engine-*.aot"))
    assert len(caches) == 1, f"no cache after 180 s; the folder holds {sorted(p.name for p in tmp_path.iterdir())}"
    assert not trainers(), "the training process is still running"
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p not in caches and not p.name.endswith(".log"))
    assert leftovers == [], f"the training left {leftovers} behind"

    made = caches[0].stat().st_mtime_ns
    engines = run_one_cell(env)
    assert len(engines) == 1 and f"-XX:AOTCache={caches[0]}" in engines[0], engines
    time.sleep(1)
    assert caches[0].stat().st_mtime_ns == made and not trainers(), "a second kernel trained the cache again"
