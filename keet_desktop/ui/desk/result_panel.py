"""The big result of a scan: colour AND icon AND words, readable from two metres.

Every text wraps, and the panel shrinks its fonts (from sizes relative to the system font)
until all of it fits the space it has, so nothing is cut off or drawn over other text, on any
screen. Each result is announced to screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keet_desktop.domain.services.checkin_results import Outcome, ScanResult, Tone
from keet_desktop.ui.desk.scanner import shorten
from keet_desktop.ui.i18n import qt_translate

# Background and text colours per tone (contrast ratio 7:1 or better).
COLOURS: dict[str, tuple[str, str]] = {
    "idle": ("#eef1f4", "#1d2733"),
    Tone.GREEN: ("#0f5b2e", "#ffffff"),
    Tone.AMBER: ("#f2b01e", "#161616"),
    Tone.RED: ("#a11d21", "#ffffff"),
}
# Font sizes as multiples of the system font, before shrinking to fit.
SCALES = {"headline": 2.4, "name": 3.4, "details": 1.8, "note": 2.0, "message": 1.6}


def scaled_font(factor: float, bold: bool = False) -> QFont:
    """Return the system font at ``factor`` times its size, bold if asked."""
    font = QFont(QApplication.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    font.setBold(bold)
    return font


class ToneIcon(QWidget):
    """A round icon: a check mark (green), an exclamation mark (amber) or a cross (red)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = "idle"
        self.setAccessibleName(self.tr("Result icon"))
        self.set_side(120)

    def set_side(self, side: int) -> None:
        """Make the icon ``side`` pixels square."""
        self.setFixedSize(QSize(side, side))

    def set_tone(self, tone: str, description: str = "") -> None:
        """Show the icon of ``tone`` ("idle" shows nothing)."""
        self._tone = tone
        self.setAccessibleDescription(description)
        self.update()

    def tone(self) -> str:
        """The tone shown."""
        return self._tone

    def paintEvent(self, _event: object) -> None:
        """Draw the icon (designed on a 120-pixel square, scaled)."""
        if self._tone == "idle":
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(self.width() / 120, self.height() / 120)
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
        self.kiosk = False
        self.base_scale = 1.0  # the window's: larger on a large screen
        self._build_ui()
        self.admit_button.clicked.connect(self._on_admit_button_clicked)
        self.show_idle()

    def _build_ui(self) -> None:
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Result"))
        self.icon = ToneIcon(self)
        self.labels: dict[str, QLabel] = {}
        for key in SCALES:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.labels[key] = label
        self.headline, self.name = self.labels["headline"], self.labels["name"]
        self.details, self.note = self.labels["details"], self.labels["note"]
        self.message = self.labels["message"]
        self.note.setAutoFillBackground(True)
        self.note.setContentsMargins(10, 4, 10, 4)
        palette = self.note.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#ffe600"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
        self.note.setPalette(palette)
        self.admit_button = QPushButton(self.tr("Admit (F4)"), self)
        self.admit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.texts = QVBoxLayout()
        self.texts.setSpacing(4)
        for label in self.labels.values():
            self.texts.addWidget(label)
        self.texts.addWidget(self.admit_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.texts.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self.texts, 1)

    @property
    def result(self) -> ScanResult | None:
        """The result shown, or None."""
        return self._result

    # -- what is shown ----------------------------------------------------------------------

    def _paint(self, tone: str) -> None:
        background, text = COLOURS[tone]
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        self.setPalette(palette)

    def _show(self, tone: str, texts: dict[str, str], admit: bool = False) -> None:
        self._paint(tone)
        for key, label in self.labels.items():
            label.setText(texts.get(key, ""))
            label.setVisible(bool(texts.get(key)) or key == "headline")
        self.icon.set_tone(tone, texts.get("headline", ""))
        self.admit_button.setVisible(admit)
        self.fit()
        self._announce(". ".join(t for t in texts.values() if t))

    def show_idle(self) -> None:
        """Show the calm waiting state."""
        self._result = None
        hint = (
            self.tr("Scan the QR code of your ticket.")
            if self.kiosk
            else self.tr("Scan a ticket or type a name.")
        )
        self._show("idle", {"headline": self.tr("Ready to scan"), "details": hint})

    def show_result(self, result: ScanResult, repeats: int = 1) -> None:
        """Show ``result`` in its tone; ``repeats`` > 1 marks the same refusal again."""
        self._result = result
        if self.kiosk:
            self._show_kiosk(result)
            return
        headlines = {
            Tone.GREEN: self.tr("CHECKED IN"),
            Tone.AMBER: self.tr("ALREADY CHECKED IN"),
            Tone.RED: self.tr("NOT CHECKED IN"),
        }
        headline = headlines[result.tone]
        if repeats > 1:
            headline = self.tr("{headline} (×{count})").format(headline=headline, count=repeats)
        name = result.name or (self.tr("Unknown ticket") if result.tone is Tone.RED else "")
        parts = [p for p in (result.organisation, result.role_label(qt_translate)) if p]
        note = self.tr("Note: {note}").format(note=result.desk_note) if result.desk_note else ""
        self._show(
            result.tone,
            {
                "headline": headline,
                "name": name,
                "details": " · ".join(parts),
                "note": note,
                "message": self._message(result),
            },
            admit=result.outcome is Outcome.WAITLISTED,
        )

    def _message(self, result: ScanResult) -> str:
        text = result.message(qt_translate)
        if result.outcome is Outcome.WAITLISTED:
            text = self.tr("{name} is on the waiting list — F4 admits.").format(name=result.name)
            if not result.can_admit:
                text += " " + self.tr("The event is full: admitting needs a reason.")
        read = result.code
        if result.tone is Tone.RED and read and not read.startswith("#"):
            text += "\n" + self.tr("Read: “{code}”").format(code=shorten(read))
        return text

    def _show_kiosk(self, result: ScanResult) -> None:
        """Self check-in: a big welcome with the person's own name, nothing else of anyone."""
        if result.tone is Tone.RED:
            texts = {
                "headline": self.tr("Please go to the desk"),
                "message": self.tr("This ticket cannot be checked in here."),
            }
        else:
            texts = {
                "headline": self.tr("Welcome!"),
                "name": result.given_name or result.name,
                "message": self.tr("You are checked in. Enjoy the event."),
            }
        self._show(result.tone, texts)

    def show_notice(self, headline: str, text: str) -> None:
        """Show a neutral notice (an undo done), in the waiting state's colours."""
        self._result = None
        self._show("idle", {"headline": headline, "details": text})

    def show_refusal(self, headline: str, text: str) -> None:
        """Show a refusal that is no scan result (a full event, a database problem)."""
        self._result = None
        self._show(Tone.RED, {"headline": headline, "message": text})

    def _announce(self, text: str) -> None:
        """Tell screen readers what the panel now says."""
        self.setAccessibleDescription(text)
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
            QAccessible.updateAccessibility(event)

    # -- fitting ----------------------------------------------------------------------------

    def resizeEvent(self, event: object) -> None:
        """Fit the texts to the new size."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()

    def fit(self) -> None:
        """Shrink the fonts (and the icon) until every text fits the panel."""
        height = self.contentsRect().height() - 24
        side = max(40, min(120, height // 3, self.width() // 6))
        self.icon.set_side(side)
        width = self.contentsRect().width() - 32 - side - 16
        if width <= 40 or height <= 40:
            return
        for step in range(16):
            scale = self.base_scale * (1.0 - step * 0.055)
            self._set_fonts(scale)
            if self._needed_height(width) <= height and self._widest_word(width):
                return

    def _set_fonts(self, scale: float) -> None:
        for key, label in self.labels.items():
            label.setFont(scaled_font(SCALES[key] * scale, bold=key != "details"))
        self.admit_button.setFont(scaled_font(1.5 * scale, bold=True))

    def _needed_height(self, width: int) -> int:
        shown = [label for label in self.labels.values() if not label.isHidden()]
        total = sum(label.heightForWidth(width) for label in shown)
        total += self.texts.spacing() * len(shown)
        if not self.admit_button.isHidden():
            total += self.admit_button.sizeHint().height() + self.texts.spacing()
        return total

    def _widest_word(self, width: int) -> bool:
        for label in self.labels.values():
            if label.isHidden():
                continue
            metrics = label.fontMetrics()
            margins = label.contentsMargins().left() + label.contentsMargins().right()
            for word in label.text().split():
                if metrics.horizontalAdvance(word) + margins > width:
                    return False
        return True

    @Slot()
    def _on_admit_button_clicked(self) -> None:
        if self._result is not None and self._result.registration_id is not None:
            self.admit_requested.emit(self._result.registration_id)
