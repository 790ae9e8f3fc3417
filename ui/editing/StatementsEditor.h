// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "domain/Statement.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cb::ui {

class StatementTableModel;
class WorkspaceDocument;

/**
 * The priorities and offers of one actor: the list, and under it the form for the selected one (or a new one).
 * Saving checks theme, weight (0..1), source and date first; a refused save writes nothing and says why
 * next to the field.
 */
class StatementsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StatementsEditor(WorkspaceDocument* document, QWidget* parent = nullptr);

    void setActor(ActorId id);
    ActorId actorId() const { return m_actor; }
    QString title() const;
    /** Starts a new priority or offer in the form. */
    void startNew(StatementKind kind);
    /** Validates and writes the form; returns whether something was saved. */
    bool save();
    /** Removes the statement selected in the list. */
    bool removeSelected();

    StatementTableModel* model() const { return m_model; }
    const FieldErrors& errors() const { return m_errors; }
    QString statusText() const;

signals:
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void showStatement(const std::optional<Statement>& statement, StatementKind kind);
    void selectionChanged();

    WorkspaceDocument* m_document;
    ActorId m_actor = 0;
    std::optional<Statement> m_current; // the stored statement in the form, or nothing for a new one
    FieldErrors m_errors;
    StatementTableModel* m_model;
    QLabel* m_heading;
    QTableView* m_table;
    QPushButton* m_newPriority;
    QPushButton* m_newOffer;
    QPushButton* m_remove;
    QLabel* m_formHeading;
    QComboBox* m_kind;
    QComboBox* m_theme;
    QDoubleSpinBox* m_weight;
    QComboBox* m_source;
    QDateEdit* m_date;
    QLineEdit* m_note;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_save;
    QList<QPair<QLabel*, const char*>> m_rowLabels;
};

} // namespace cb::ui
