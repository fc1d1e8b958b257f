"""Screenshots of the translated interface: the Mentees page in Russian, Home in Kazakh.

Same demo school and window size as make_screenshots.py (whose helpers it uses):

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshot_ru.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from make_screenshots import SIZE, save

from observer.services.context import Services


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="observer-shots-"))
    os.environ["OBSERVER_DATA_DIR"] = str(work / "data")
    os.environ["OBSERVER_CONFIG_DIR"] = str(work / "config")  # no saved geometry

    from observer.gui.app import make_application
    from observer.gui.context import AppContext
    from observer.gui.main_window import HOME, MENTEES, MainWindow
    from observer.gui.translations import install_translation
    from observer.services.demo import generate_demo

    make_application(sys.argv[:1])
    services = Services.open_path(work / "school.sqlite")
    generate_demo(services, seed=7, mentees=24, observations=300)

    for language, page, name in (("ru", MENTEES, "mentees-ru.png"), ("kk", HOME, "home-kk.png")):
        # Widgets take their texts when built, so each language gets a window of its own.
        with install_translation(language):
            ctx = AppContext.build(services)
            window = MainWindow(ctx)
            window.resize(*SIZE)
            window.show()
            window.show_page(page)
            if page == MENTEES:
                window.mentees.table.selectRow(1)
            save(window, name)
            window.close()
            ctx.close()

    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
