// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ColumnMapping.h"
#include "importing/ImportPlan.h"
#include "importing/SurveyFile.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace cb::ui {

class WorkspaceDocument;

/**
 * Importing a survey export: choose the file (encoding, delimiter, sheet, a saved mapping), map its columns to
 * fields with suggestions from the headers, confirm the names that did not resolve by themselves, and see exactly
 * what will be added before anything is written. The import is one undoable edit.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    explicit ImportWizard(WorkspaceDocument* document, QWidget* parent = nullptr);

    /** Starts with this file chosen (the file page still shows it). */
    void setFile(const QString& path);
    /** The plan shown on the last page. */
    const ImportPlan& plan() const { return m_plan; }
    const ColumnMapping& mapping() const { return m_mapping; }

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void done(int result) override;

private:
    enum Page { FilePage, MappingPage, NamesPage, PreviewPage };

    QWizardPage* createFilePage();
    QWizardPage* createMappingPage();
    QWizardPage* createNamesPage();
    QWizardPage* createPreviewPage();
    bool readFile();
    void fillMappingTable();
    void readMappingTable();
    void makePlan();
    void fillNames();
    void fillPreviewList();
    void readNames();
    void chooseFile();
    void loadMapping();
    void saveMapping();

    WorkspaceDocument* m_document;
    SurveyFile m_file;
    ColumnMapping m_mapping;
    bool m_mappingLoaded = false;
    ImportPlan m_plan;

    QLineEdit* m_path;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QComboBox* m_sheet;
    QLabel* m_fileMessage;
    QTableWidget* m_rawPreview;
    QTableWidget* m_mappingTable;
    QLabel* m_namesIntro;
    QTableWidget* m_names;
    QLabel* m_summary;
    QListWidget* m_issues;
};

} // namespace cb::ui
