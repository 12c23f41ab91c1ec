"""Entry point: `ppid-desktop` opens the window; `ppid-desktop COMMAND` runs a command."""

from __future__ import annotations

import sys


def _window_only(argv: list[str]) -> tuple[bool, str | None]:
    """(True, data dir or None) when `argv` asks only for the window: the command-line parser
    and the commands it registers load the database layer, which the window's first paint
    does without (see ui/app.py)."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return True, argv[0].split("=", 1)[1]
    return False, None


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    window_only, data_dir = _window_only(arguments)
    if window_only:
        from ppid_desktop.ui.app import run_gui

        return run_gui(data_dir)
    from ppid_desktop.cli.main import execute, parse

    args = parse(arguments)
    if args.command is None:
        from ppid_desktop.ui.app import run_gui  # imported only here: commands never load Qt

        return run_gui(getattr(args, "data_dir", None))
    return execute(args)


if __name__ == "__main__":
    sys.exit(main())
