// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

namespace cb::cli {

class CliContext;

/** citybridge map: renders the interest map to a PNG or SVG file, without a display. */
int mapCommand(CliContext& ctx);

/**
 * The application object for a command line run: a QGuiApplication on the offscreen platform for `map`
 * (painting text needs the font database, which needs a GUI application, but never a display), a
 * QCoreApplication for every other command.
 */
std::unique_ptr<QCoreApplication> createCommandLineApplication(int& argc, char** argv);

} // namespace cb::cli
