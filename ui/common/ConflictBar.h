// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cb::ui {

class WorkspaceDocument;

/**
 * Shown in an editing panel when a save was refused because another officer (or window) had saved the same record
 * first: the store's message, which shows both values field by field, and a button that reads the workspace again so
 * that the officer sees the stored version. Nothing is written from here.
 */
class ConflictBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictBar(WorkspaceDocument* document, QWidget* parent = nullptr);

    void showConflict(const QString& message);
    QString message() const;

signals:
    /** The workspace was read again; the panel shows the stored version now. */
    void reloaded();
    /** Reading it again failed; the message says why. */
    void reloadFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();

    WorkspaceDocument* m_document;
    QLabel* m_heading;
    QLabel* m_text;
    QPushButton* m_reload;
};

} // namespace cb::ui
