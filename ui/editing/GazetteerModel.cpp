// SPDX-License-Identifier: GPL-3.0-or-later
#include "GazetteerModel.h"

#include "gazetteer/Gazetteer.h"
#include "i18n/Translations.h"

#include <QLocale>

namespace cb::ui {

GazetteerModel::GazetteerModel(const Gazetteer& gazetteer, QObject* parent)
    : QAbstractListModel(parent), m_gazetteer(gazetteer)
{
}

void GazetteerModel::setQuery(const QString& text, int limit)
{
    beginResetModel();
    m_entries = m_gazetteer.search(text, limit);
    endResetModel();
}

int GazetteerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant GazetteerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GazetteerEntry& e = m_entries.at(index.row());
    const QString language = currentLanguage();
    const QString name = language == lang::Zh && !e.chineseName().isEmpty() ? e.chineseName()
                         : language == lang::Es                              ? e.spanishName()
                                                                             : e.name;
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale(localeNameFor(language));
        return tr("%1 — %2, %3 · %4 inhabitants")
            .arg(name, e.adminRegion, e.countryName, locale.toString(e.population));
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 / %2 / %3 · %4, %5 · %6")
            .arg(e.name, e.nameZh, e.spanishName())
            .arg(e.latitude, 0, 'f', 4)
            .arg(e.longitude, 0, 'f', 4)
            .arg(e.timezone);
    case NameRole:
        return name;
    case GeonameIdRole:
        return e.geonameId;
    default:
        return {};
    }
}

} // namespace cb::ui
