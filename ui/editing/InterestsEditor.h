// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldErrors.h"
#include "domain/Interest.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;

namespace cb::ui {

class InterestTableModel;
class WorkspaceDocument;

/**
 * The interests one actor expressed: the list, and the form for the selected or a new one: a partner or a
 * country, strength (0..1), themes, source, date and what was said. An interest in itself is refused.
 */
class InterestsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit InterestsEditor(WorkspaceDocument* document, QWidget* parent = nullptr);

    void setActor(ActorId id);
    ActorId actorId() const { return m_actor; }
    QString title() const;
    void startNew();
    bool save();
    bool removeSelected();

    InterestTableModel* model() const { return m_model; }
    const FieldErrors& errors() const { return m_errors; }
    QString statusText() const;

signals:
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void showInterest(const std::optional<Interest>& interest);
    void selectionChanged();
    void updateTargetKind();

    WorkspaceDocument* m_document;
    ActorId m_actor = 0;
    std::optional<Interest> m_current;
    FieldErrors m_errors;
    InterestTableModel* m_model;
    QLabel* m_heading;
    QTableView* m_table;
    QPushButton* m_new;
    QPushButton* m_remove;
    QLabel* m_formHeading;
    QRadioButton* m_toPartner;
    QRadioButton* m_toCountry;
    QComboBox* m_partner;
    QComboBox* m_country;
    QDoubleSpinBox* m_strength;
    QListWidget* m_themes;
    QComboBox* m_source;
    QDateEdit* m_date;
    QLineEdit* m_note;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_save;
    QList<QPair<QLabel*, const char*>> m_rowLabels;
};

} // namespace cb::ui
