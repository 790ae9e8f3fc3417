// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace cb::ui {

class WorkspaceDocument;

/** File > Export Package… and File > Merge Package…: sharing a workspace with a colleague and taking theirs in. */
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    ExchangeActions(QWidget* window, WorkspaceDocument* document);

    QAction* exportPackage() const { return m_export; }
    QAction* mergePackage() const { return m_merge; }
    void retranslate();
    /** Enables what an open (and, for merging, writable) workspace allows. */
    void updateEnabled();

signals:
    void statusMessage(const QString& message);

private:
    void writePackage();
    void choosePackageToMerge();

    QWidget* m_window;
    WorkspaceDocument* m_document;
    QAction* m_export;
    QAction* m_merge;
};

} // namespace cb::ui
