// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer/GazetteerEntry.h"

#include <QAbstractListModel>
#include <QList>

namespace cb {
class Gazetteer;
}

namespace cb::ui {

/** The gazetteer's answers to one query, as a list for a completer popup: name, region, country, population. */
class GazetteerModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { GeonameIdRole = Qt::UserRole + 1, NameRole };

    explicit GazetteerModel(const Gazetteer& gazetteer, QObject* parent = nullptr);

    /** Looks text up (at most limit cities) and resets the list. */
    void setQuery(const QString& text, int limit = 15);
    const GazetteerEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    const Gazetteer& m_gazetteer;
    QList<GazetteerEntry> m_entries;
};

} // namespace cb::ui
