"""A started `spindle` kernel with a blocking client, and helpers to run code and collect what it published."""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from jupyter_client.manager import start_new_kernel


@dataclass
class Execution:
    reply: dict
    outputs: list[dict] = field(default_factory=list)

    def streams(self, name: str = "stdout") -> str:
        return "".join(m["content"]["text"] for m in self.outputs
                       if m["msg_type"] == "stream" and m["content"]["name"] == name)

    def of_type(self, msg_type: str) -> list[dict]:
        return [m for m in self.outputs if m["msg_type"] == msg_type]


class KernelSession:
    def __init__(self, kernel_name: str = "spindle", startup_timeout: float = 60):
        self.manager, self.client = start_new_kernel(kernel_name=kernel_name, startup_timeout=startup_timeout)

    def execute(self, code: str, timeout: float = 30, **options) -> Execution:
        msg_id = self.client.execute(code, **options)
        reply = self.client.get_shell_msg(timeout=timeout)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.client.get_shell_msg(timeout=timeout)
        return Execution(reply, self.collect_until_idle(msg_id, timeout))

    def collect_until_idle(self, msg_id: str, timeout: float = 30) -> list[dict]:
        outputs = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = self.client.get_iopub_msg(timeout=max(0.01, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status":
                if msg["content"]["execution_state"] == "idle":
                    return outputs
                continue
            if msg["msg_type"] != "execute_input":
                outputs.append(msg)
        raise TimeoutError(f"no idle for {msg_id} within {timeout} s")

    def close(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=False)
