"""The words of an appointment (委任某某为首席财务官, 任命某某出任总经理), in the script of the
normalised view (t2s + half-width): the person appointed stands between the verb and the copula."""

from __future__ import annotations

#: verbs of appointing a person to a post, longest first where one begins another
APPOINTMENT_VERBS: tuple[str, ...] = (
    "委任", "任命", "聘任", "聘请", "委派", "委聘", "提名", "推举", "选举", "选任", "续聘", "改聘", "拟聘",
    "增补", "获委任", "获任命",
)  # fmt: skip
#: what stands right after the appointed person's name: the copula of the post
APPOINTMENT_COPULAS: tuple[str, ...] = ("为", "出任", "担任", "接任", "兼任", "作为")
