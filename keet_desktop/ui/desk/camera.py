"""Webcam scanning: any laptop becomes a desk.

A :class:`CameraPanel` shows the camera (QtMultimedia) and hands every frame it can keep up
with to :func:`decode_frame` on its own worker thread (zxing-cpp: QR codes and the common 1D
codes). A code read is passed on once (:class:`RepeatFilter`: not again within a few seconds)
through ``code_read``, and the desk treats it exactly like a USB scanner's Enter. Where the
computer has no camera or no multimedia backend, the panel says so and the desk works as before.
Tests feed rendered badges through :meth:`CameraPanel.feed_frame`, the path real frames take.
"""

from __future__ import annotations

import logging
from typing import Any

import zxingcpp
from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from keet_desktop.ui.desk.scanner import RepeatFilter
from keet_desktop.ui.tasks import Task

log = logging.getLogger(__name__)

FORMATS = [
    zxingcpp.BarcodeFormat.QRCode,
    zxingcpp.BarcodeFormat.MicroQRCode,
    zxingcpp.BarcodeFormat.Code128,
    zxingcpp.BarcodeFormat.Code39,
    zxingcpp.BarcodeFormat.EAN13,
    zxingcpp.BarcodeFormat.EAN8,
    zxingcpp.BarcodeFormat.ITF,
    zxingcpp.BarcodeFormat.DataMatrix,
]


DECODE_WIDTH = 960


def decode_frame(image: QImage) -> list[str]:
    """Return the texts of the codes zxing-cpp finds in ``image`` (grey is enough)."""
    if image.isNull():
        return []
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    if grey.width() > DECODE_WIDTH:  # a ticket fills enough of the picture for this
        grey = grey.scaledToWidth(DECODE_WIDTH, Qt.TransformationMode.FastTransformation)
    # A QR code reads in any direction anyway; 1D codes are held roughly level in front of a
    # webcam, and light-on-dark tickets are rare: skipping those searches (and zxing's own
    # downscaled passes) keeps a 1280×720 frame well under the 40 ms a 25 fps camera allows.
    found = zxingcpp.read_barcodes(
        grey,
        formats=FORMATS,  # type: ignore[arg-type]  # a list of formats is accepted at run time
        try_rotate=False,
        try_invert=False,
        try_downscale=False,
    )
    return [code.text for code in found if code.text]


class CameraPanel(QWidget):
    """The camera view of the desk.

    Signals:
        code_read(str): a code was read (not the same one again within a few seconds).
        state_changed(str): the camera started, failed or stopped (a sentence to show).
    """

    code_read = Signal(str)
    state_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repeats = RepeatFilter(4.0)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._task: Task | None = None
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.setAccessibleName(self.tr("Camera"))
        self.view = QLabel(self)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setMinimumSize(160, 120)
        self.view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.view.setAccessibleName(self.tr("Camera picture"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Camera status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    # -- the camera -------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the default camera; return False (and say why) when there is none."""
        try:
            from PySide6.QtMultimedia import (
                QCamera,
                QMediaCaptureSession,
                QMediaDevices,
                QVideoSink,
            )
        except ImportError:
            log.info("no multimedia backend: webcam scanning unavailable", exc_info=True)
            return self._say(self.tr("Webcam scanning is not available on this computer."))
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            return self._say(self.tr("No camera found. Connect a webcam or use a scanner."))
        self._camera = QCamera(device, self)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_sink_video_frame_changed)
        self._camera.errorOccurred.connect(self._on_camera_error_occurred)
        self._camera.start()
        return self._say(self.tr("Hold the ticket's QR code in front of the camera."), True)

    def stop(self) -> None:
        """Stop the camera and wait for the frame being decoded."""
        if self._camera is not None:
            self._camera.stop()
        self._pool.waitForDone(2000)

    def _say(self, text: str, ok: bool = False) -> bool:
        self.status.setText(text)
        self.state_changed.emit(text)
        return ok

    @Slot(object)
    def _on_sink_video_frame_changed(self, frame: Any) -> None:
        self.feed_frame(frame.toImage())

    @Slot(object)
    def _on_camera_error_occurred(self, *_args: Any) -> None:
        self._say(self.tr("The camera stopped. Check its cable and try again."))

    # -- frames -----------------------------------------------------------------------------

    def feed_frame(self, image: QImage) -> bool:
        """Show ``image`` and decode it, unless the previous frame is still being decoded.

        Returns:
            Whether the frame is decoded (a frame that arrives while busy is dropped).
        """
        if not self.view.size().isEmpty() and self.isVisible():
            self.view.setPixmap(
                QPixmap.fromImage(image).scaled(
                    self.view.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                )
            )
        if self._task is not None:
            return False
        self._task = Task(_decode_job, image.copy())
        self._task.signals.finished.connect(self._on_task_finished)
        self._task.signals.failed.connect(self._on_task_failed)
        self._pool.start(self._task)
        return True

    @Slot(object)
    def _on_task_finished(self, codes: list[str]) -> None:
        self._task = None
        for code in codes:
            if self.repeats.accept(code):
                self.code_read.emit(code)

    @Slot(object)
    def _on_task_failed(self, exc: Exception) -> None:
        self._task = None
        log.warning("a camera frame could not be decoded: %s", type(exc).__name__)


def _decode_job(_report: object, image: QImage) -> list[str]:
    return decode_frame(image)
