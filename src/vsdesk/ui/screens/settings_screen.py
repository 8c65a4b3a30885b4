"""Settings: language (applied at once, no restart), auto-lock and auto-sync minutes, pack
defaults.

Each change is saved at once through :meth:`AppSession.save_settings` into the one typed
settings file (:mod:`vsdesk.ui.settings`); nothing here is personal data.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from vsdesk.ui import i18n
from vsdesk.ui.screens.base import Screen
from vsdesk.ui.session import AppSession
from vsdesk.ui.settings import AUTO_SYNC_MAX_MINUTES, PACK_LANGUAGES


class SettingsScreen(Screen):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Cymraeg", "cy")
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_sync = QSpinBox()
        self.auto_sync.setRange(0, AUTO_SYNC_MAX_MINUTES)
        self.pack_language = QComboBox()
        self.pack_sensitive = QCheckBox()
        self.folder = QLabel(str(session.data_dir))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, field in zip(
            self.labels,
            (self.language, self.auto_lock, self.auto_sync, self.pack_language, self.folder),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.pack_sensitive)
        self._loading = False
        self.retranslateUi()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.auto_lock.valueChanged.connect(lambda v: self._save(auto_lock_minutes=v))
        self.auto_sync.valueChanged.connect(lambda v: self._save(auto_sync_minutes=v))
        self.pack_language.currentIndexChanged.connect(
            lambda _: self._save(pack_language=self.pack_language.currentData())
        )
        self.pack_sensitive.toggled.connect(lambda on: self._save(pack_include_sensitive=on))

    def title(self) -> str:
        return self.tr("Settings")

    def icon_name(self) -> str:
        return "settings"

    def retranslateUi(self) -> None:
        texts = (
            self.tr("&Language / Iaith:"),
            self.tr("&Lock after idle minutes:"),
            self.tr("S&ync online every:"),
            self.tr("Meeting pack &language:"),
            self.tr("Data folder:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.language.setAccessibleName(self.tr("Language"))
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_sync.setAccessibleName(self.tr("Sync online every, in minutes (0 is off)"))
        self.auto_sync.setSuffix(self.tr(" min"))
        self.auto_sync.setSpecialValueText(self.tr("Off"))
        self.pack_language.setAccessibleName(self.tr("Meeting pack language"))
        self.pack_sensitive.setText(
            self.tr("Include &safeguarding details in meeting packs by default")
        )
        self._loading = True
        self.pack_language.clear()
        names = {"en": self.tr("English"), "cy": self.tr("Welsh"), "both": self.tr("Both")}
        for code in PACK_LANGUAGES:
            self.pack_language.addItem(names[code], code)
        self._loading = False
        self.refresh()

    def refresh(self) -> None:
        """Show the saved settings (they are readable while locked: nothing personal)."""
        current = self.session.settings
        self._loading = True
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.auto_lock.setValue(current.auto_lock_minutes)
        self.auto_sync.setValue(current.auto_sync_minutes)
        self.pack_language.setCurrentIndex(
            max(0, self.pack_language.findData(current.pack_language))
        )
        self.pack_sensitive.setChecked(current.pack_include_sensitive)
        self._loading = False

    def _language_changed(self) -> None:
        if self._loading:
            return
        language = str(self.language.currentData())
        self._save(language=language)
        i18n.set_language(language)

    def _save(self, **changes: Any) -> None:
        if self._loading:
            return
        self.session.save_settings(replace(self.session.settings, **changes))
