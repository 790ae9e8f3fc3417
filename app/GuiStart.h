// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cb::app {

/** Creates the QApplication and the main window on the last workspace or the bundled sample. */
int startGui(int argc, char** argv);

} // namespace cb::app
