// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace cb::ui {

class ActorFilterProxy;
class ActorListModel;
class WorkspaceDocument;

/** The searchable, sortable list of the workspace's actors: search box, kind filter, table and a count. */
class ActorBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit ActorBrowser(WorkspaceDocument* document, QWidget* parent = nullptr);

    ActorListModel* model() const { return m_model; }
    ActorFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }

    /** The actor of the current row, or 0. */
    ActorId currentActor() const;
    /** Makes an actor the current row (clearing the filter if it hides it); false if it is not in the workspace. */
    bool selectActor(ActorId id);
    void focusSearch();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    /** The current row moved to another actor (0 when no row is current). */
    void currentActorChanged(cb::ActorId id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showColumnMenu(const QPoint& position);
    void retranslateUi();
    void updateCount();
    void selectFirstRow();
    void rememberCurrent();
    void restoreCurrent();

    WorkspaceDocument* m_document;
    ActorListModel* m_model;
    ActorFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QTableView* m_table;
    QLabel* m_count;
    ActorId m_current = 0;
    ActorId m_remembered = 0;
};

} // namespace cb::ui
