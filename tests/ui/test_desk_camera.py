"""Webcam scanning without a webcam: rendered badges fed through the camera panel's path."""

import pytest
from PySide6.QtGui import QImage

from keet_desktop.domain.services.checkin_results import Outcome
from keet_desktop.ui.desk.camera import CameraPanel, decode_frame
from tests.checkin_helpers import event_today, register
from tests.ui.camera_frames import badge_image, code128_image, frame
from tests.ui.desk_helpers import open_desk, settle

CODE = "7K3M9P2Q4R6T8V0W1X3Y5"


@pytest.mark.parametrize(("degrees", "blur"), [(0, 1), (7, 1), (-12, 2), (4, 3)])
def test_a_badge_is_read_straight_turned_and_blurred(qapp, degrees, blur):
    assert decode_frame(frame(badge_image(CODE), degrees, blur)) == [CODE]


def test_a_one_dimensional_code_is_read(qapp):
    assert decode_frame(frame(code128_image("EXT-0042-AALST"), 3, 2)) == ["EXT-0042-AALST"]


def test_an_empty_frame_reads_nothing(qapp):
    empty = QImage(1280, 720, QImage.Format.Format_RGB32)
    empty.fill(0xFFFFFF)
    assert decode_frame(empty) == []
    assert decode_frame(QImage()) == []


def test_the_panel_passes_a_code_on_once(qtbot):
    panel = CameraPanel()
    qtbot.addWidget(panel)
    read = []
    panel.code_read.connect(read.append)
    picture = frame(badge_image(CODE), 5, 2)
    for _ in range(3):  # the same ticket held in front of the camera: frame after frame
        assert panel.feed_frame(picture)
        assert not panel.feed_frame(picture)  # while one frame is decoded, others are dropped
        qtbot.waitUntil(lambda: panel._task is None, timeout=3000)
    assert read == [CODE]


def test_without_a_camera_the_panel_says_so(qtbot):
    panel = CameraPanel()
    qtbot.addWidget(panel)
    started = panel.start()
    assert panel.status.text()  # either "hold the code in front of the camera" or why not
    assert started or "webcam" in panel.status.text().lower() or "camera" in panel.status.text()
    panel.stop()


def test_a_webcam_scan_checks_in_like_a_scanner(
    qtbot, sqlite_services, settings, app_events, translators
):
    event = event_today(sqlite_services)
    reg, code = register(sqlite_services, event, "Hélène", "Dubois")
    desk = open_desk(qtbot, sqlite_services, settings, app_events, event)
    desk.toggle_camera()
    assert desk.camera.isVisible()
    assert desk.camera.status.text()  # started, or says why not (no camera here)
    with qtbot.waitSignal(desk.checked_in, timeout=5000) as signal:
        desk.camera.feed_frame(frame(badge_image(code), -6, 2))
    assert signal.args == [reg]
    settle(qtbot, desk)
    assert desk.result_panel.result.outcome is Outcome.CHECKED_IN
    assert desk.result_panel.name.text() == "Hélène Dubois"
