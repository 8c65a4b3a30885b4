"""``vsdesk --self-test`` and ``vsdesk-app --self-test``: an installation checks itself.

IT teams deploy vsdesk to many laptops and need one command that says whether a copy works:
the fonts, SQLCipher, the migrations, the crypto, the pack renderer and the window all load
and run. The self-test builds a throwaway world in a temporary folder (a vault, a demo hub,
an enrolment, a bundle each way, a meeting pack, the main window offscreen), removes it, and
prints one line. It is an application layer beside ``cli``: it calls services, never the
user's data folder, and imports the window's package (PySide6) only inside its window step.

Nothing is imported here, so ``vsdesk-app`` pays nothing for the option it offers
(:mod:`vsdesk.selftest.option`); the work is in :mod:`vsdesk.selftest.runner`.
"""
