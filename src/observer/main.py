"""Entry point: the window when no command is given, the command line otherwise."""

from __future__ import annotations

import os
import sys

from observer import cli


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True  # the user chose a platform (offscreen, wayland, …) explicitly
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        return cli.run(args)
    if not display_available():
        return cli.fail(
            "no graphical display is available (DISPLAY is not set); "
            "run Observer on a desktop, or use a sub-command such as 'observer check'.",
            cli.EXIT_PROBLEM,
        )
    from observer.gui.app import run_gui

    return run_gui(cli.database_url(args), sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())
