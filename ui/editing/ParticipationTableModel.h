// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextTableModel.h"
#include "domain/Event.h"

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

/** The participations of the event being edited (not yet saved): actor, role, person and title. */
class ParticipationTableModel : public TextTableModel
{
    Q_OBJECT

public:
    enum Column { ActorColumn, RoleColumn, PersonColumn, TitleColumn, ColumnCount };

    explicit ParticipationTableModel(QObject* parent = nullptr);

    void setParticipations(const WorkspaceData& data, const QList<Participation>& participations);
    const QList<Participation>& participations() const { return m_participations; }

private:
    QList<Participation> m_participations;
};

} // namespace cb::ui
