// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocaleFollower.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLocale>
#include <QPointer>
#include <QWidget>

namespace cb::ui {

LocaleFollower::LocaleFollower(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("cbLocaleFollower"));
}

void LocaleFollower::install()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || app->findChild<LocaleFollower*>(QStringLiteral("cbLocaleFollower"), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new LocaleFollower(app));
}

namespace {

enum class DefaultFormat { None, Date, Time, DateTime };

// A date edit fixes its display format from the locale it was created with; one still showing that locale's
// short format follows the new locale, one given a format of its own (yyyy-MM-dd) keeps it.
DefaultFormat defaultFormatOf(const QDateTimeEdit* edit)
{
    const QLocale locale = edit->locale();
    const QString format = edit->displayFormat();
    if (format == locale.dateFormat(QLocale::ShortFormat))
        return DefaultFormat::Date;
    if (format == locale.timeFormat(QLocale::ShortFormat))
        return DefaultFormat::Time;
    if (format == locale.dateTimeFormat(QLocale::ShortFormat))
        return DefaultFormat::DateTime;
    return DefaultFormat::None;
}

} // namespace

void LocaleFollower::refreshWindows()
{
    const QLocale current;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window->testAttribute(Qt::WA_SetLocale) || window->locale() == current)
            continue;
        QList<std::pair<QPointer<QDateTimeEdit>, DefaultFormat>> dateEdits;
        const QList<QDateTimeEdit*> edits = window->findChildren<QDateTimeEdit*>();
        for (QDateTimeEdit* edit : edits) {
            const DefaultFormat kind = defaultFormatOf(edit);
            if (kind != DefaultFormat::None)
                dateEdits.append({edit, kind});
        }
        // unsetLocale() resolves the default again and passes it down to every child that has no locale of its own,
        // each of which receives QEvent::LocaleChange and redraws.
        window->unsetLocale();
        for (const auto& [edit, kind] : std::as_const(dateEdits)) {
            if (!edit)
                continue;
            const QLocale locale = edit->locale();
            edit->setDisplayFormat(kind == DefaultFormat::Date   ? locale.dateFormat(QLocale::ShortFormat)
                                   : kind == DefaultFormat::Time ? locale.timeFormat(QLocale::ShortFormat)
                                                                 : locale.dateTimeFormat(QLocale::ShortFormat));
        }
    }
}

bool LocaleFollower::eventFilter(QObject* watched, QEvent* event)
{
    // The application hears of a new translator before its windows do, so the numbers are current by the time
    // the windows retranslate.
    if (watched == QCoreApplication::instance()
        && (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange))
        refreshWindows();
    return QObject::eventFilter(watched, event);
}

} // namespace cb::ui
