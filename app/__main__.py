"""Entry point: `protocol-archive` / `python -m app`. No arguments opens the window."""

from __future__ import annotations

import contextlib
import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line (or the window) with argv, the arguments without the program name."""
    from app.cli import run

    if hasattr(sys.stdout, "reconfigure"):  # Vietnamese output on consoles that default to ASCII
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8")
    try:
        return run(sys.argv[1:] if argv is None else list(argv))
    except BrokenPipeError:  # `protocol-archive export | head`: the reader has had enough
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep the interpreter's final flush quiet
        return 0


if __name__ == "__main__":
    sys.exit(main())
