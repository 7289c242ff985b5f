"""A read-only opening or read of the embedded store meeting a concurrent writer's deleted file
is tried again on a fresh snapshot; other errors are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipeline.errors import StoreError
from pipeline.store import readers

CORRUPTION = RuntimeError(
    "Corruption: Corruption: IO error: No such file or directory: While open a file for random read: "
    "s/000114.sst: No such file or directory  The file s/MANIFEST-000005 may be corrupted."
)
NO_FAMILY = RuntimeError("Invalid argument: Column family not found: id2str")
NO_VERSION = OSError("Inserts are only possible on read-write instances")


def _flaky(errors: list[BaseException]) -> Callable[[], str]:
    def read() -> str:
        if errors:
            raise errors.pop(0)
        return "read"

    return read


@pytest.fixture(autouse=True)
def _no_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers.time, "sleep", lambda seconds: None)


@pytest.mark.parametrize(
    "errors",
    [
        pytest.param([CORRUPTION], id="corruption-once"),
        pytest.param([CORRUPTION] * (readers.ATTEMPTS - 1), id="corruption-until-the-last-try"),
        pytest.param(
            [NO_FAMILY, NO_VERSION, OSError("No such file or directory: 000009.sst")], id="creating-then-gone"
        ),
    ],
)
def test_a_transient_error_is_read_again_on_a_new_snapshot(errors: list[BaseException]) -> None:
    reopened: list[int] = []
    expected = len(errors)
    assert readers.retrying("s", _flaky(errors), lambda: reopened.append(1)) == "read"
    assert len(reopened) == expected


def test_a_store_that_keeps_changing_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match=r"cannot read the store at s: another process kept changing it"):
        readers.retrying("s", _flaky([CORRUPTION] * readers.ATTEMPTS))


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(RuntimeError("IO error: s/CURRENT: No space left"), id="other-rocksdb-error"),
        pytest.param(ValueError("Corruption"), id="not-a-store-error"),
    ],
)
def test_other_errors_are_not_retried(error: BaseException) -> None:
    calls: list[int] = []

    def read() -> str:
        calls.append(1)
        raise error

    with pytest.raises(type(error)):
        readers.retrying("s", read)
    assert calls == [1]
