"""The big result of a scan: colour AND icon AND words, readable from two metres."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from keet_desktop.domain.services.checkin_results import ScanResult, Tone
from keet_desktop.ui.i18n import qt_translate

# Background and text colours per tone (contrast ratio 7:1 or better).
COLOURS: dict[str, tuple[str, str]] = {
    "idle": ("#eef1f4", "#1d2733"),
    Tone.GREEN: ("#0f5b2e", "#ffffff"),
    Tone.AMBER: ("#f2b01e", "#161616"),
    Tone.RED: ("#a11d21", "#ffffff"),
}


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class ToneIcon(QWidget):
    """A round icon: a check mark (green), an exclamation mark (amber) or a cross (red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = "idle"
        self.setFixedSize(120, 120)

    def set_tone(self, tone: str) -> None:
        """Show the icon of ``tone`` ("idle" shows nothing)."""
        self._tone = tone
        self.update()

    def tone(self) -> str:
        """The tone shown."""
        return self._tone

    def paintEvent(self, _event: object) -> None:
        """Draw the icon."""
        if self._tone == "idle":
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QRectF(4, 4, 112, 112))
        pen = QPen(QColor(COLOURS[self._tone][0]), 14)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._tone == Tone.GREEN:
            path = QPainterPath(QPointF(32, 62))
            path.lineTo(52, 82)
            path.lineTo(88, 40)
            painter.drawPath(path)
        elif self._tone == Tone.AMBER:
            painter.drawLine(QPointF(60, 28), QPointF(60, 68))
            painter.drawPoint(QPointF(60, 90))
        else:
            painter.drawLine(QPointF(38, 38), QPointF(82, 82))
            painter.drawLine(QPointF(82, 38), QPointF(38, 82))
        painter.end()


class ResultPanel(QFrame):
    """Shows one :class:`ScanResult` big: headline, name, organisation and role, desk note.

    Signals:
        admit_requested(int): the desk wants to admit this waiting-list registration.
    """

    admit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: ScanResult | None = None
        self._build_ui()
        self._connect_signals()
        self.show_idle()

    def _build_ui(self) -> None:
        self.setAutoFillBackground(True)
        self.setMinimumHeight(330)
        self.icon = ToneIcon(self)
        self.headline = QLabel(self)
        self.headline.setFont(_font(30, bold=True))
        self.name = QLabel(self)
        self.name.setFont(_font(44, bold=True))
        self.name.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setFont(_font(22))
        self.details.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setFont(_font(26, bold=True))
        self.note.setWordWrap(True)
        self.note.setAutoFillBackground(True)
        self.note.setContentsMargins(14, 8, 14, 8)
        palette = self.note.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffe600"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
        self.note.setPalette(palette)
        self.message = QLabel(self)
        self.message.setFont(_font(20))
        self.message.setWordWrap(True)
        self.admit_button = QPushButton(self)
        self.admit_button.setFont(_font(20, bold=True))
        self.admit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.admit_button.setText(self.tr("Admit (F4)"))
        texts = QVBoxLayout()
        texts.setSpacing(6)
        for widget in (self.headline, self.name, self.details, self.note, self.message):
            texts.addWidget(widget)
        texts.addWidget(self.admit_button, 0, Qt.AlignmentFlag.AlignLeft)
        texts.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(28)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)

    def _connect_signals(self) -> None:
        self.admit_button.clicked.connect(self._on_admit_button_clicked)

    @property
    def result(self) -> ScanResult | None:
        """The result shown, or None."""
        return self._result

    def _paint(self, tone: str) -> None:
        background, text = COLOURS[tone]
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        self.setPalette(palette)
        self.icon.set_tone(tone)

    def show_idle(self) -> None:
        """Show the waiting state."""
        self._result = None
        self._paint("idle")
        self.headline.setText(self.tr("Ready to scan"))
        self.name.setText("")
        self.details.setText(self.tr("Scan a ticket or type a name."))
        self.note.hide()
        self.message.setText("")
        self.admit_button.hide()

    def show_result(self, result: ScanResult) -> None:
        """Show ``result`` in its tone."""
        self._result = result
        self._paint(result.tone)
        headlines = {
            Tone.GREEN: self.tr("CHECKED IN"),
            Tone.AMBER: self.tr("ALREADY CHECKED IN"),
            Tone.RED: self.tr("NOT CHECKED IN"),
        }
        self.headline.setText(headlines[result.tone])
        self.name.setText(result.name or self.tr("Unknown ticket"))
        parts = [p for p in (result.organisation, result.role_label(qt_translate)) if p]
        self.details.setText(" · ".join(parts))
        self.details.setVisible(bool(parts))
        if result.desk_note:
            self.note.setText(self.tr("Note: {note}").format(note=result.desk_note))
        self.note.setVisible(bool(result.desk_note))
        self.message.setText(result.message(qt_translate))
        self.admit_button.setVisible(result.can_admit)

    def show_notice(self, headline: str, text: str) -> None:
        """Show a neutral notice (an undo done), in the waiting state's colours."""
        self.show_idle()
        self.headline.setText(headline)
        self.details.setText(text)

    def show_refusal(self, headline: str, text: str) -> None:
        """Show a refusal that is no scan result (a full event, a database problem)."""
        self._result = None
        self._paint(Tone.RED)
        self.headline.setText(headline)
        self.name.setText("")
        self.details.setText("")
        self.note.hide()
        self.message.setText(text)
        self.admit_button.hide()

    @Slot()
    def _on_admit_button_clicked(self) -> None:
        if self._result is not None and self._result.registration_id is not None:
            self.admit_requested.emit(self._result.registration_id)
