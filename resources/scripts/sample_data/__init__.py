# SPDX-License-Identifier: GPL-3.0-or-later
"""Facts of the bundled sample workspace, as Python data (see make_sample.py)."""


def L(en, zh, es, native=None):
    """A localized text object {en, zh, es[, native]}."""
    d = {"en": en, "zh": zh, "es": es}
    if native:
        d["native"] = native
    return d
