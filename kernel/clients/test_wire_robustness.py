"""Bad input over real ZeroMQ: each malformed message is dropped or answered, and the kernel keeps working.

These use raw pyzmq sockets, because jupyter_client refuses to send most of these messages.
"""
import hashlib
import hmac
import json
import uuid
from datetime import datetime, timezone

import pytest
import zmq

from kernel_session import KernelSession


@pytest.fixture(scope="module")
def session():
    s = KernelSession()
    yield s
    s.close()


class RawClient:
    def __init__(self, session: KernelSession, channel: str):
        info = session.manager.get_connection_info()
        self.key = info["key"] if isinstance(info["key"], bytes) else info["key"].encode()
        self.context = zmq.Context.instance()
        self.socket = self.context.socket(zmq.DEALER)
        self.socket.setsockopt(zmq.LINGER, 0)
        self.socket.connect(f"tcp://{info['ip']}:{info[channel + '_port']}")

    def sign(self, *parts: bytes) -> bytes:
        mac = hmac.new(self.key, digestmod=hashlib.sha256)
        for p in parts:
            mac.update(p)
        return mac.hexdigest().encode()

    @staticmethod
    def header(msg_type: str, **overrides) -> dict:
        h = {"msg_id": uuid.uuid4().hex, "session": "raw-test", "username": "test",
             "date": datetime.now(timezone.utc).isoformat(), "msg_type": msg_type, "version": "5.3"}
        h.update(overrides)
        return h

    def send_frames(self, header: bytes, content: bytes, signature: bytes | None = None):
        parent, metadata = b"{}", b"{}"
        sig = self.sign(header, parent, metadata, content) if signature is None else signature
        self.socket.send_multipart([b"<IDS|MSG>", sig, header, parent, metadata, content])
        return header

    def request(self, msg_type: str, content: dict | None = None, **header_overrides) -> str:
        h = self.header(msg_type, **header_overrides)
        self.send_frames(json.dumps(h).encode(), json.dumps(content or {}).encode())
        return h["msg_id"]

    def reply(self, timeout_ms: int = 10000):
        if not self.socket.poll(timeout_ms):
            return None
        frames = self.socket.recv_multipart()
        i = frames.index(b"<IDS|MSG>")
        return {"header": json.loads(frames[i + 2]), "parent_header": json.loads(frames[i + 3]),
                "content": json.loads(frames[i + 5])}

    def close(self):
        self.socket.close()


def assert_kernel_still_works(session: KernelSession):
    result = session.execute("1 + 1")
    assert result.reply["content"]["status"] == "ok"
    assert result.of_type("execute_result")[0]["content"]["data"]["text/plain"] == "2"


@pytest.fixture
def shell(session):
    c = RawClient(session, "shell")
    yield c
    c.close()


def test_malformed_json_is_dropped(session, shell):
    shell.send_frames(b"{not json", b"{}")
    assert shell.reply(500) is None
    assert_kernel_still_works(session)


def test_missing_header_fields_are_dropped(session, shell):
    header = json.dumps({"msg_id": uuid.uuid4().hex, "version": "5.3"}).encode()  # no msg_type, session, ...
    shell.send_frames(header, b"{}")
    assert shell.reply(500) is None
    assert_kernel_still_works(session)


def test_unknown_message_type_does_not_break_the_kernel(session, shell):
    shell.request("teleport_request", {"where": "mars"})
    reply = shell.reply(1000)
    assert reply is None or reply["header"]["msg_type"].endswith("_reply")
    assert_kernel_still_works(session)


def test_wrong_signature_is_never_executed(session, shell):
    code = 'System.out.println("should never run"); 42'
    h = json.dumps(shell.header("execute_request")).encode()
    content = json.dumps({"code": code, "silent": False}).encode()
    shell.send_frames(h, content, signature=b"0" * 64)
    assert shell.reply(1000) is None
    history = session.client.history(hist_access_type="tail", n=50, output=False, raw=True)
    reply = session.client.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == history
    assert all(code != entry[2] for entry in reply["content"]["history"])
    assert_kernel_still_works(session)


def test_replayed_message_is_rejected(session, shell):
    h = json.dumps(shell.header("kernel_info_request")).encode()
    shell.send_frames(h, b"{}")
    assert shell.reply()["header"]["msg_type"] == "kernel_info_reply"
    shell.send_frames(h, b"{}")  # the same frames, the same signature
    assert shell.reply(1000) is None
    assert_kernel_still_works(session)


def test_oversized_message_is_dropped(session, shell):
    huge = json.dumps({"code": "x" * (80 * 1024 * 1024)}).encode()
    shell.send_frames(json.dumps(shell.header("execute_request")).encode(), huge)
    assert shell.reply(3000) is None
    assert_kernel_still_works(session)


def test_shell_request_on_the_control_channel_gets_an_answer_or_is_ignored(session):
    control = RawClient(session, "control")
    try:
        control.request("execute_request", {"code": "1 + 1", "silent": False})
        reply = control.reply(5000)
        assert reply is None or reply["content"]["status"] in ("ok", "error")
        assert_kernel_still_works(session)
    finally:
        control.close()


def test_request_on_the_stdin_channel_is_refused_not_served(session):
    stdin = RawClient(session, "stdin")
    try:
        stdin.request("kernel_info_request")
        reply = stdin.reply(1000)
        assert reply is None or (reply["content"]["status"] == "error"
                                 and reply["content"]["ename"] == "WrongChannel"), reply
        assert_kernel_still_works(session)
    finally:
        stdin.close()
