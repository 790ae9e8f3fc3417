// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "domain/Event.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cb::ui {

class ParticipationTableModel;
class WorkspaceDocument;

/**
 * The form for one event and who took part in it. Participations are edited in the list under the event and
 * written together with it when Save is pressed, as one undoable edit.
 */
class EventForm : public QWidget
{
    Q_OBJECT

public:
    explicit EventForm(WorkspaceDocument* document, QWidget* parent = nullptr);

    void startNew();
    bool load(EventId id);
    EventId eventId() const { return m_original.id; }
    QString title() const;
    bool save();
    /** Adds the participant chosen in the row editor to the list (not saved yet); false with a reason if invalid. */
    bool addParticipation();
    void removeSelectedParticipation();

    ParticipationTableModel* participationModel() const { return m_participations; }
    const FieldErrors& errors() const { return m_errors; }
    QString statusText() const;

signals:
    void saved(cb::EventId id);
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void showValues(const Event& event);
    Event draft() const;
    void removeEvent();

    WorkspaceDocument* m_document;
    Event m_original;
    FieldErrors m_errors;
    ParticipationTableModel* m_participations;
    QLabel* m_heading;
    QComboBox* m_pick;
    QPushButton* m_new;
    QComboBox* m_kind;
    QLineEdit* m_titleEn;
    QLineEdit* m_titleZh;
    QLineEdit* m_titleEs;
    QDateEdit* m_date;
    QCheckBox* m_hasEnd;
    QDateEdit* m_endDate;
    QComboBox* m_source;
    QLineEdit* m_note;
    QLabel* m_participantsHeading;
    QTableView* m_table;
    QComboBox* m_actor;
    QComboBox* m_role;
    QLineEdit* m_person;
    QLineEdit* m_personTitle;
    QPushButton* m_addParticipant;
    QPushButton* m_removeParticipant;
    QLabel* m_participantError;
    QLabel* m_status;
    QPushButton* m_remove;
    QPushButton* m_cancel;
    QPushButton* m_save;
    QList<QPair<QLabel*, const char*>> m_rowLabels;
};

} // namespace cb::ui
