"""A small client of yaml-language-server, the server behind VS Code's YAML extension, over stdio.

It speaks just enough of the Language Server Protocol (JSON-RPC with ``Content-Length`` headers) to
do what an editor does when a person opens a file in a workspace: give the server the workspace's
settings (its ``yaml.schemas``), open the file, wait for the diagnostics the server publishes, and ask
for the hover text at a key.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
from pathlib import Path
from types import TracebackType
from typing import IO, Any

SERVER = "yaml-language-server"
TIMEOUT = 60.0
"""Seconds to wait for one answer: a loaded two-core CI machine is slow, not wrong."""


def server_command() -> list[str] | None:
    """How to start the server, or ``None`` where it is not installed (``ZONE_GAP_YAML_SERVER`` may
    name its script)."""
    named = os.environ.get("ZONE_GAP_YAML_SERVER") or shutil.which(SERVER)
    if named is None or shutil.which("node") is None:
        return None
    return [named, "--stdio"]


class YamlServer:
    """One running server; use as a context manager."""

    def __init__(
        self, command: list[str], workspace: Path, settings: dict[str, Any], locale: str = "zh-cn"
    ) -> None:
        self.workspace = workspace
        self.settings = settings
        self.locale = locale
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.diagnostics: dict[str, list[dict[str, Any]]] = {}
        self.answers: dict[int, dict[str, Any]] = {}
        self.next_id = 0
        assert self.process.stdout is not None
        self.reader = threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True)
        self.reader.start()

    def __enter__(self) -> YamlServer:
        try:
            self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _start(self) -> None:
        folder = {"uri": file_uri(self.workspace), "name": self.workspace.name}
        self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": folder["uri"],
                "workspaceFolders": [folder],
                "capabilities": {},
                "locale": self.locale,
            },
        )
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": self.settings})

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if self.process.poll() is None:
                self.request("shutdown", None)
                self.notify("exit", None)
                self.process.wait(timeout=10)
        except (OSError, RuntimeError, TimeoutError, subprocess.TimeoutExpired):
            pass
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self.reader.join(timeout=10)
            for stream in (self.process.stdin, self.process.stdout):
                if stream is not None:
                    stream.close()

    # --- what an editor does -------------------------------------------------------------------

    def open(self, uri: str, text: str) -> list[dict[str, Any]]:
        """Open a document and return the diagnostics the server publishes for it."""
        self.diagnostics.pop(uri, None)
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
        )
        self._wait(lambda: uri in self.diagnostics)
        return self.diagnostics[uri]

    def open_all(self, texts: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
        """Open many documents at once and return the diagnostics published for each, then close
        them: the server checks them side by side (each opening waits out its own short delay)."""
        for uri, body in texts.items():
            self.diagnostics.pop(uri, None)
            self.notify(
                "textDocument/didOpen",
                {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": body}},
            )
        self._wait(lambda: all(uri in self.diagnostics for uri in texts))
        found = {uri: self.diagnostics.pop(uri) for uri in texts}
        for uri in texts:
            self.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        self._wait(lambda: all(uri in self.diagnostics for uri in texts))
        for uri in texts:
            del self.diagnostics[uri]
        return found

    def close(self, uri: str) -> None:
        """Close a document, and take the empty diagnostics the server publishes for it then, so that
        they are not taken for those of the next opening."""
        self.diagnostics.pop(uri, None)
        self.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        self._wait(lambda: uri in self.diagnostics)
        del self.diagnostics[uri]

    def hover(self, uri: str, line: int, character: int) -> str | None:
        """The hover text at a 0-based position, as markdown; ``None`` where the server shows none."""
        found = self.request(
            "textDocument/hover",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}},
        )
        if not found:
            return None
        contents = found["contents"]
        return str(contents["value"] if isinstance(contents, dict) else contents)

    # --- JSON-RPC --------------------------------------------------------------------------------

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        number = self.next_id
        self._send({"jsonrpc": "2.0", "id": number, "method": method, "params": params})
        self._wait(lambda: number in self.answers)
        answer = self.answers.pop(number)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer.get("result")

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _wait(self, done: Any) -> None:
        while not done():
            try:
                message = self.inbox.get(timeout=TIMEOUT)
            except queue.Empty:
                raise TimeoutError(f"{SERVER} did not answer within {TIMEOUT:.0f} s") from None
            if message is None:
                raise RuntimeError(f"{SERVER} stopped")
            self._take(message)

    def _take(self, message: dict[str, Any]) -> None:
        if "method" not in message:
            self.answers[message["id"]] = message
        elif message["method"] == "textDocument/publishDiagnostics":
            self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
        elif "id" in message:  # a request of the server's own: configuration, registrations
            result = (
                self._configuration(message["params"])
                if message["method"] == "workspace/configuration"
                else None
            )
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})

    def _configuration(self, params: dict[str, Any]) -> list[Any]:
        found = []
        for item in params.get("items", []):
            value: Any = self.settings
            for part in (item.get("section") or "").split("."):
                value = value.get(part) if part and isinstance(value, dict) else value
            found.append(value)
        return found

    def _read(self, stream: IO[bytes]) -> None:
        try:
            while True:
                length = None
                while (line := stream.readline()) not in (b"\r\n", b""):
                    name, _, value = line.decode("ascii").partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                if length is None:
                    break
                self.inbox.put(json.loads(stream.read(length)))
        finally:
            self.inbox.put(None)


def file_uri(path: Path) -> str:
    return path.resolve().as_uri()
