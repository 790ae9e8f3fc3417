// SPDX-License-Identifier: GPL-3.0-or-later
#include "DormancyPolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace cb {

QString DormancyPolicy::settingsKey()
{
    return QStringLiteral("pipeline.dormantAfterMonths");
}

DormancyPolicy::DormancyPolicy(int months) : m_months(std::clamp(months, MinimumMonths, MaximumMonths)) {}

DormancyPolicy DormancyPolicy::fromSettings(const QMap<QString, QString>& settings)
{
    const auto it = settings.constFind(settingsKey());
    if (it == settings.constEnd())
        return DormancyPolicy();
    int months = DefaultMonths;
    // A value another program wrote badly must not hide every flag: fall back to the default instead.
    if (!parseMonths(it.value(), &months, nullptr))
        return DormancyPolicy();
    return DormancyPolicy(months);
}

QMap<QString, QString> DormancyPolicy::toSettings() const
{
    return {{settingsKey(), QString::number(m_months)}};
}

bool DormancyPolicy::parseMonths(const QString& text, int* months, QString* error)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < MinimumMonths || value > MaximumMonths) {
        if (error)
            *error = QCoreApplication::translate("cb::DormancyPolicy",
                                                 "The number of months without activity must be a whole number "
                                                 "from %1 to %2.")
                         .arg(MinimumMonths)
                         .arg(MaximumMonths);
        return false;
    }
    if (months)
        *months = value;
    return true;
}

QDate DormancyPolicy::lastActivity(const Partnership& partnership)
{
    QDate latest = partnership.lastActivity;
    for (const StageChange& change : partnership.history) {
        if (change.date.isValid() && (!latest.isValid() || change.date > latest))
            latest = change.date;
    }
    if (!latest.isValid())
        latest = partnership.startedOn;
    return latest;
}

QDate DormancyPolicy::dormantFrom(const Partnership& partnership) const
{
    const QDate last = lastActivity(partnership);
    // addMonths keeps the end of month sensible: 31 August + 6 months is 28 or 29 February.
    return last.isValid() ? last.addMonths(m_months) : QDate();
}

bool DormancyPolicy::isDormant(const Partnership& partnership, const QDate& today) const
{
    if (partnership.stage == stage::Dormant || isClosedStage(partnership.stage))
        return false;
    const QDate from = dormantFrom(partnership);
    return from.isValid() && today.isValid() && today >= from;
}

int DormancyPolicy::monthsSince(const QDate& day, const QDate& today)
{
    if (!day.isValid() || !today.isValid() || day >= today)
        return 0;
    int months = (today.year() - day.year()) * 12 + (today.month() - day.month());
    // A month only counts once its day is reached again, the way QDate::addMonths counts (10 May to 9 June is
    // not yet a month), so that monthsSince() agrees with dormantFrom().
    if (day.addMonths(months) > today)
        --months;
    return std::max(0, months);
}

bool isNextActionOverdue(const Partnership& partnership, const QDate& today)
{
    return !isClosedStage(partnership.stage) && partnership.nextActionDue.isValid() && today.isValid() &&
           partnership.nextActionDue < today;
}

bool isClosedStage(const QString& stageKey)
{
    return stageKey == stage::Closed;
}

} // namespace cb
