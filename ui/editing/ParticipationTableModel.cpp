// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipationTableModel.h"

#include "common/DomainLabels.h"
#include "i18n/Translations.h"
#include "workspace/WorkspaceData.h"

namespace cb::ui {

ParticipationTableModel::ParticipationTableModel(QObject* parent) : TextTableModel(parent) {}

void ParticipationTableModel::setParticipations(const WorkspaceData& data, const QList<Participation>& participations)
{
    const QString language = currentLanguage();
    m_participations = participations;
    QList<QStringList> rows;
    for (const Participation& p : participations)
        rows.append({data.actorName(p.actorId, language), DomainLabels::role(p.role), p.person, p.personTitle});
    setCells({tr("Participant"), tr("Role"), tr("Person"), tr("Title")}, rows);
}

} // namespace cb::ui
