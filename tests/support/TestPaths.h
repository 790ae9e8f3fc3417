// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cb::test {

/** The repository's root folder. */
inline QString sourceDir() { return QStringLiteral(CITYBRIDGE_SOURCE_DIR); }
/** tests/data: fixtures and golden files. */
inline QString testDataDir() { return QStringLiteral(CITYBRIDGE_TESTDATA_DIR); }
/** ../shared/data beside the checkout (gazetteer, map, twin towns). */
inline QString sharedDataDir() { return QStringLiteral(CITYBRIDGE_SHARED_DATA_DIR); }
/** The built citybridge executable, for command-line tests. */
inline QString binary() { return QStringLiteral(CITYBRIDGE_BINARY); }
/** The crash-test driver (tests/crash/crashdriver.cpp), run and killed by tst_crashsafety. */
inline QString crashDriver() { return QStringLiteral(CITYBRIDGE_CRASHDRIVER); }

} // namespace cb::test
