// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporting/Exporter.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace cb::ui {

struct MatchOutcome;
class WorkspaceDocument;

/**
 * File > Export: cities, institutions, interests, proposals and partnerships as CSV or Excel, and the network as
 * GeoJSON (for QGIS) or GraphML, in the interface language. The proposals are those of the latest matching run.
 */
class ExportActions : public QObject
{
    Q_OBJECT

public:
    using OutcomeSource = std::function<std::shared_ptr<const MatchOutcome>()>;

    ExportActions(QWidget* window, WorkspaceDocument* document, OutcomeSource proposals);

    QMenu* menu() const { return m_menu; }
    void retranslate();
    void setEnabled(bool enabled);

signals:
    /** A short result for the status bar. */
    void statusMessage(const QString& message);

private:
    struct Entry
    {
        QAction* action;
        ExportDataset dataset;
    };
    void exportDataset(ExportDataset dataset);
    QString datasetLabel(ExportDataset dataset) const;

    QWidget* m_window;
    WorkspaceDocument* m_document;
    OutcomeSource m_proposals;
    QMenu* m_menu;
    QList<Entry> m_entries;
};

} // namespace cb::ui
