// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextTableModel.h"
#include "domain/Interest.h"

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

/** The interests one actor expressed: in whom (an actor or a country), how strongly, on which themes, cited where. */
class InterestTableModel : public TextTableModel
{
    Q_OBJECT

public:
    enum Column { TargetColumn, StrengthColumn, ThemesColumn, SourceColumn, DateColumn, ColumnCount };

    explicit InterestTableModel(QObject* parent = nullptr);

    void setActor(const WorkspaceData& data, ActorId actor);
    const Interest& interest(int row) const { return m_interests.at(row); }
    int rowOf(qint64 id) const;

private:
    QList<Interest> m_interests;
};

} // namespace cb::ui
