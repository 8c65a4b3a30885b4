"""Language of the window: English (the source strings) or Welsh (``vsdesk_cy.qm``).

Switching installs or removes a QTranslator; Qt then sends every widget a
``QEvent.LanguageChange`` and each screen re-sets its texts in ``retranslateUi`` (docs/ui.md).
The compiled ``.qm`` ships in this package (``translations/``), built from
``resources/translations/vsdesk_cy.ts`` by ``make translations``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("en", "cy")
TRANSLATIONS = Path(__file__).parent / "translations"

_installed: list[QTranslator] = []
_current = "en"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"vsdesk_{language}.qm"


def set_language(language: str) -> None:
    """Apply ``language`` to the running application, without a restart."""
    global _current
    if language not in LANGUAGES:
        language = "en"
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist before the language is set"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        translator = QTranslator()
        if translator.load(str(qm_path(language))):
            app.installTranslator(translator)
            _installed.append(translator)
    _current = language
    welsh = QLocale.Language.Welsh if language == "cy" else QLocale.Language.English
    QLocale.setDefault(QLocale(welsh, QLocale.Country.UnitedKingdom))


def current_language() -> str:
    return _current
