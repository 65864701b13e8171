"""The desk's widgets and how they are laid out on any screen, from 800×560 up to 4K.

Fonts are sized from the system font, then scaled down with the window (never below what a
small laptop needs); the list of recent check-ins narrows and, on a very narrow window, gives
its room to the result; the result panel shrinks its own texts until they fit. Nothing has a
fixed size in pixels, so a larger system font or a scaled screen grows the desk in proportion.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.ui.desk.camera import CameraPanel
from keet_desktop.ui.desk.models import DeskListModel
from keet_desktop.ui.desk.panels import CountersBar, RecentPanel, big_font
from keet_desktop.ui.desk.result_panel import ResultPanel


class DeskLayout(QWidget):
    """The desk's widgets; :class:`DeskWindow` adds what they do."""

    NARROW = 900  # below this width the recent check-ins give their room to the result

    def _build_ui(self) -> None:
        self.setMinimumSize(640, 480)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.desk_label = QLabel(self)
        self.desk_label.setStyleSheet(
            "background: #1d2733; color: white; padding: 4px 12px; border-radius: 6px;"
        )
        self.desk_label.setAccessibleName(self.tr("Desk"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(
            self.desk_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        self.counters = CountersBar(self)
        self.counter_values = self.counters.values
        self.waiting_label = QLabel(self.tr("Waiting for the database…"), self)
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setStyleSheet("background: #1d2733; color: white; padding: 4px;")
        self.waiting_label.hide()
        self.input = QLineEdit(self)
        self.input.setPlaceholderText(self.tr("Scan a ticket or type a name"))
        self.input.setAccessibleName(self.tr("Scan a ticket or type a name"))
        self._build_middle()
        self._build_footer()
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.counters)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.input)
        layout.addLayout(self.middle, 1)
        layout.addLayout(self.footer)
        self._main_layout = layout
        self._extra: list[QWidget] = []
        self._adapt(self.width(), self.height())

    def _build_middle(self) -> None:
        self.search_model = DeskListModel(self)
        self.search_list = QListView(self)
        self.search_list.setModel(self.search_model)
        self.search_list.setAccessibleName(self.tr("People found"))
        self.search_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.search_list.setSpacing(2)
        self.search_list.setUniformItemSizes(True)  # a cheap layout on every keystroke
        self.search_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.search_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result_panel = ResultPanel(self)
        self.result_panel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.result_panel)
        self.stack.addWidget(self.search_list)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.recent = RecentPanel(self)
        self.recent_model = self.recent.model
        self.recent_list = self.recent.list
        self.undo_button = self.recent.undo_button
        self.camera = CameraPanel(self)
        self.camera.hide()
        side = QVBoxLayout()
        side.addWidget(self.camera, 1)
        side.addWidget(self.recent, 2)
        self.middle = QHBoxLayout()
        self.middle.addWidget(self.stack, 1)
        self.middle.addLayout(side)

    def _build_footer(self) -> None:
        self.walk_in_button = QPushButton(self.tr("Walk-in (F2)"), self)
        self.camera_button = QPushButton(self.tr("Camera (F3)"), self)
        self.settings_button = QPushButton(self.tr("Settings (F9)"), self)
        self.hints = QLabel(self.tr("↑ ↓ and Enter choose a name · Esc clears"), self)
        self.hints.setWordWrap(True)
        self.footer = QHBoxLayout()
        for button in (self.walk_in_button, self.camera_button, self.settings_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click keeps
            self.footer.addWidget(button)  # the focus in the input
        self.footer.addWidget(self.hints, 1)

    def add_footer_widget(self, widget: QWidget) -> None:
        """Add a widget (a status bar of another feature) just above the desk's footer."""
        self._main_layout.insertWidget(self._main_layout.count() - 1, widget)
        self._extra.append(widget)
        if self.result_panel.kiosk:
            widget.hide()

    # -- modes and sizes --------------------------------------------------------------------

    def set_kiosk(self, kiosk: bool) -> None:
        """Self check-in: only the input and the result; nothing of anyone else."""
        self.result_panel.kiosk = kiosk
        self.controller.kiosk = kiosk  # type: ignore[attr-defined]
        others: tuple[QWidget, ...] = (self.counters, self.recent, self.walk_in_button, self.hints)
        for other in others:
            other.setVisible(not kiosk)
        for widget in self._extra if kiosk else ():  # their own feature shows them again
            widget.hide()
        self.input.setPlaceholderText(
            self.tr("Scan your ticket") if kiosk else self.tr("Scan a ticket or type a name")
        )
        self.stack.setCurrentWidget(self.result_panel)
        if self.result_panel.result is None:
            self.result_panel.show_idle()
        self._adapt(self.width(), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the desk out for its new size."""
        self._adapt(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def _adapt(self, width: int, height: int) -> None:
        scale = max(0.7, min(1.6, width / 1366, height / 720))
        self.result_panel.base_scale = scale
        self.title.setFont(big_font(18 * scale, bold=True))
        self.desk_label.setFont(big_font(18 * scale, bold=True))
        self.input.setFont(big_font(22 * scale))
        self.search_list.setFont(big_font(18 * scale))
        self.waiting_label.setFont(big_font(14 * scale, bold=True))
        for widget in (self.walk_in_button, self.camera_button, self.settings_button, self.hints):
            widget.setFont(big_font(12 * scale))
        self.counters.set_scale(scale)
        self.recent.set_scale(scale)
        self.recent.setFixedWidth(max(180, min(360, width // 4)))
        kiosk = self.result_panel.kiosk
        self.recent.setVisible(width >= self.NARROW and not kiosk)
        self.camera.setFixedWidth(self.recent.width())
        self.hints.setVisible(width >= self.NARROW and not kiosk)
        margin = int(16 * scale)
        self._main_layout.setContentsMargins(margin, margin, margin, margin)

    # -- focus ------------------------------------------------------------------------------

    def refocus(self) -> None:
        """Give the focus back to the input (after every action)."""
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: Any) -> None:
        """Put the focus in the input when the desk appears."""
        super().showEvent(event)
        self.refocus()

    def toggle_camera(self) -> None:
        """Show the camera and scan what it sees, or hide it again."""
        if self.camera.isVisible():
            self.camera.stop()
            self.camera.hide()
        else:
            self.camera.show()
            self.camera.start()
        self.refocus()
