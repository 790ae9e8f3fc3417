// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterestTableModel.h"

#include "i18n/Translations.h"
#include "workspace/WorkspaceData.h"

#include <QLocale>

namespace cb::ui {

InterestTableModel::InterestTableModel(QObject* parent) : TextTableModel(parent)
{
    setNumericColumn(StrengthColumn);
}

void InterestTableModel::setActor(const WorkspaceData& data, ActorId actor)
{
    const QString language = currentLanguage();
    const QLocale locale(localeNameFor(language));
    m_interests.clear();
    for (const Interest* i : data.interestsFrom(actor))
        m_interests.append(*i);
    QList<QStringList> rows;
    for (const Interest& i : std::as_const(m_interests)) {
        QStringList themes;
        for (ThemeId t : i.themeIds)
            themes << data.themeName(t, language);
        const Source* source = data.source(i.sourceId);
        rows.append({i.toActorId != 0 ? data.actorName(i.toActorId, language)
                                      : tr("any partner in %1").arg(data.countryName(i.toCountry, language)),
                     locale.toString(i.strength, 'f', 2), themes.join(QStringLiteral(", ")),
                     source ? source->titles.value(language) : QString(),
                     i.date.isValid() ? locale.toString(i.date, QLocale::ShortFormat) : QString()});
    }
    setCells({tr("Interested in"), tr("Strength"), tr("Themes"), tr("Source"), tr("Date")}, rows);
}

int InterestTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_interests.size(); ++row) {
        if (m_interests[row].id == id)
            return row;
    }
    return -1;
}

} // namespace cb::ui
