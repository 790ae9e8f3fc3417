// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace cb::ui {

/**
 * Keeps the widgets' locale in step with the interface language. installLanguage() sets QLocale's default, but a
 * widget copies the default locale when it is created and keeps it: a spin box made in English would still show
 * 1.50 after a switch to Spanish. Installed on the application, the follower re-resolves the locale of every
 * window when the language changes, so that spin boxes, date edits and other locale-aware widgets redraw their
 * numbers and dates (1,50; 5/3/24). Widgets given a locale of their own keep it.
 */
class LocaleFollower : public QObject
{
    Q_OBJECT

public:
    /** Installs one follower on the running application (again: no effect); it lives as long as the application. */
    static void install();

    /** Gives every window without a locale of its own the current default locale. */
    static void refreshWindows();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit LocaleFollower(QObject* parent);
};

} // namespace cb::ui
