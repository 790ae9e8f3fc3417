// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <memory>

namespace cb::cli {

class CliContext;

/** citybridge brief A B --out FILE, or citybridge brief --all --out DIR: pairing briefs as PDF, ODT or HTML. */
int briefCommand(CliContext& ctx);

/** True when the command line asks for `brief` (it then needs a GUI application for fonts, never a display). */
bool isBriefCommand(int argc, char** argv);

/** A QGuiApplication on the offscreen platform, for `brief`. */
std::unique_ptr<QCoreApplication> createBriefApplication(int& argc, char** argv);

} // namespace cb::cli
