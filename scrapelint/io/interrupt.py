"""Ctrl-C stops a run between files, never in the middle of one.

A KeyboardInterrupt raised wherever the main process happens to be can land inside a write, or
inside the worker pool's bookkeeping, where it has been seen to leave the run hanging. Instead, the
first Ctrl-C only asks the run to stop: the file being written is finished, no further file is
started, and the report of what was done (the removed text of every file already fixed, so that
`scrapelint restore` can undo it) is still written. A second Ctrl-C interrupts at once, as usual;
every write is atomic (`writer`), so even then no file is left half written.

Worker processes ignore Ctrl-C (the terminal sends it to the whole process group): the main process
decides when to stop, and ends the pool itself.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

# The exit status of a run stopped by Ctrl-C: 128 + SIGINT, as shells report it.
EXIT_INTERRUPTED = 128 + signal.SIGINT


class StopRequest:
    """Whether Ctrl-C asked the run to stop; set by the signal handler, read between files."""

    def __init__(self) -> None:
        self.requested = False

    def _on_interrupt(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True
        # The next Ctrl-C is the impatient one: it interrupts wherever the run is.
        signal.signal(signal.SIGINT, signal.default_int_handler)


@contextlib.contextmanager
def stop_between_files() -> Iterator[StopRequest]:
    """A `StopRequest` that the first Ctrl-C sets, for the duration of the block.

    Signal handlers belong to the main thread; elsewhere (a caller running the CLI in a thread)
    Ctrl-C keeps its usual meaning and the request is never set.
    """
    request = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield request
        return
    previous = signal.signal(signal.SIGINT, request._on_interrupt)
    try:
        yield request
    finally:
        signal.signal(signal.SIGINT, previous)


def ignore_in_worker() -> None:
    """For a worker process: Ctrl-C is the main process's to act on."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """Hold Ctrl-C back for a few statements that must not be split (a temporary file created and
    its name recorded); it is delivered when the block ends. POSIX only; elsewhere a no-op."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
