// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextTableModel.h"
#include "domain/Statement.h"

namespace cb {
struct WorkspaceData;
}

namespace cb::ui {

/** The priorities and offers of one actor: kind, theme, weight, source, date, note. */
class StatementTableModel : public TextTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, ThemeColumn, WeightColumn, SourceColumn, DateColumn, NoteColumn, ColumnCount };

    explicit StatementTableModel(QObject* parent = nullptr);

    /** Shows the actor's statements from data (priorities first, then offers, each by theme name). */
    void setActor(const WorkspaceData& data, ActorId actor);
    const Statement& statement(int row) const { return m_statements.at(row); }
    /** The row showing a statement with this kind and id, or -1. */
    int rowOf(StatementKind kind, qint64 id) const;

private:
    QList<Statement> m_statements;
};

} // namespace cb::ui
