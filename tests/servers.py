"""Helpers for the tests that run a real SPARQL server on loopback (test_server, test_virtuoso)."""

from __future__ import annotations

import io
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable

import pytest

from pipeline.store import ExportFormat, Store


def free_port() -> int:
    """A loopback TCP port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(
    url: str,
    process: subprocess.Popen[bytes],
    timeout: float,
    describe_failure: Callable[[], str],
    interval: float = 0.1,
) -> None:
    """Return once ``url`` answers 200; fail the test if ``process`` exits or ``timeout`` s pass."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(describe_failure())
        time.sleep(interval)


def stop(process: subprocess.Popen[bytes], timeout: float = 10) -> None:
    """Terminate ``process``, kill it if it outlives ``timeout`` s, and close its stderr pipe."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stderr is not None:
        process.stderr.close()


def dump(store: Store, fmt: ExportFormat = ExportFormat.NQUADS) -> bytes:
    """Everything ``store`` exports in ``fmt``."""
    out = io.BytesIO()
    store.export(fmt, out)
    return out.getvalue()
