"""Entry point: `ppid-desktop` opens the window; `ppid-desktop COMMAND` runs a command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from ppid_desktop.cli.main import execute, parse

    args = parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from ppid_desktop.ui.app import run_gui  # imported only here: commands never load Qt

        return run_gui(getattr(args, "data_dir", None))
    return execute(args)


if __name__ == "__main__":
    sys.exit(main())
