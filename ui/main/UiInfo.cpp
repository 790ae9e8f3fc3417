// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder translation unit until the first panel lands; removed with the main window commit.
namespace cb::ui {
int uiLayerVersion() { return 1; }
}
