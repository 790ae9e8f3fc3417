// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "gazetteer/Gazetteer.h"
#include "i18n/Translations.h"
#include "importing/ImportEdit.h"
#include "importing/ImportPlanner.h"
#include "importing/MappingSuggester.h"
#include "workspace/WorkspaceDocument.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

constexpr int PreviewRows = 8;

QTableWidget* makeTable(QWidget* parent, const char* name)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QLatin1String(name));
    table->verticalHeader()->hide();
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ImportWizard::ImportWizard(WorkspaceDocument* document, QWidget* parent) : QWizard(parent), m_document(document)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a Survey"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(NamesPage, createNamesPage());
    setPage(PreviewPage, createPreviewPage());
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(900, 600);
}

void ImportWizard::setFile(const QString& path)
{
    m_path->setText(path);
}

QWizardPage* ImportWizard::createFilePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Survey file"));
    page->setSubTitle(tr("A CSV, Excel (XLSX) or OpenDocument (ODS) export of the survey answers, one row per answer."));
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&File:"), pathRow);
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("UTF-16 LE"), int(TextEncoding::Utf16LE));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), int(TextEncoding::Utf16BE));
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), int(TextEncoding::Gb18030));
    m_encoding->addItem(QStringLiteral("Windows-1252"), int(TextEncoding::Windows1252));
    form->addRow(tr("&Encoding (CSV):"), m_encoding);
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    form->addRow(tr("&Delimiter (CSV):"), m_delimiter);
    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->addItem(tr("First sheet"), 0);
    form->addRow(tr("&Sheet:"), m_sheet);
    auto* mappingRow = new QHBoxLayout;
    auto* load = new QPushButton(tr("&Use a Saved Mapping…"), page);
    connect(load, &QPushButton::clicked, this, &ImportWizard::loadMapping);
    mappingRow->addWidget(load);
    mappingRow->addStretch(1);
    form->addRow(QString(), mappingRow);
    layout->addLayout(form);
    m_fileMessage = new QLabel(page);
    m_fileMessage->setObjectName(QStringLiteral("importFileMessage"));
    m_fileMessage->setWordWrap(true);
    layout->addWidget(m_fileMessage);
    m_rawPreview = makeTable(page, "importRawPreview");
    layout->addWidget(m_rawPreview, 1);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_path->text().isEmpty())
            readFile();
    });
    return page;
}

QWizardPage* ImportWizard::createMappingPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("What each column holds. The suggestions come from the headers; a theme column counts a "
                         "\"yes\", \"x\" or a score as an answer."));
    auto* layout = new QVBoxLayout(page);
    m_mappingTable = makeTable(page, "importMapping");
    m_mappingTable->setColumnCount(4);
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Field"), tr("Theme")});
    layout->addWidget(m_mappingTable, 1);
    auto* save = new QPushButton(tr("&Save Mapping…"), page);
    save->setToolTip(tr("Keep this mapping for the next survey of the same form."));
    connect(save, &QPushButton::clicked, this, &ImportWizard::saveMapping);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(save);
    layout->addLayout(row);
    return page;
}

QWizardPage* ImportWizard::createNamesPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Names to confirm"));
    auto* layout = new QVBoxLayout(page);
    m_namesIntro = new QLabel(page);
    m_namesIntro->setWordWrap(true);
    layout->addWidget(m_namesIntro);
    m_names = makeTable(page, "importNames");
    m_names->setColumnCount(3);
    m_names->setHorizontalHeaderLabels({tr("Name in the file"), tr("Rows"), tr("Stands for")});
    layout->addWidget(m_names, 1);
    return page;
}

QWizardPage* ImportWizard::createPreviewPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("What will be imported"));
    page->setSubTitle(tr("Nothing has been written yet. Import adds everything below in one step, which Undo takes back."));
    auto* layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_issues = new QListWidget(page);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    layout->addWidget(m_issues, 1);
    return page;
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Survey File"), QFileInfo(m_document->path()).absolutePath(),
        tr("Survey exports (*.csv *.txt *.xlsx *.ods)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    readFile();
}

bool ImportWizard::readFile()
{
    TableReadOptions options;
    options.encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);
    QString error;
    SurveyFile file;
    if (!file.read(m_path->text(), options, m_sheet->currentData().toInt(), -1, &error)) {
        m_fileMessage->setText(error);
        m_rawPreview->clear();
        m_rawPreview->setRowCount(0);
        return false;
    }
    if (file.rows.isEmpty()) {
        m_fileMessage->setText(tr("The file holds no rows."));
        return false;
    }
    m_file = file;
    // Sheets of a workbook are offered once they are known; a CSV has one.
    if (m_sheet->count() != std::max<qsizetype>(1, m_file.sheetNames.size())) {
        const int current = m_sheet->currentData().toInt();
        m_sheet->blockSignals(true);
        m_sheet->clear();
        for (int i = 0; i < m_file.sheetNames.size(); ++i)
            m_sheet->addItem(m_file.sheetNames.at(i), i);
        if (m_sheet->count() == 0)
            m_sheet->addItem(tr("First sheet"), 0);
        m_sheet->setCurrentIndex(std::max(0, m_sheet->findData(current)));
        m_sheet->blockSignals(false);
    }
    int columns = 0;
    for (const QStringList& row : std::as_const(m_file.rows))
        columns = std::max(columns, int(row.size()));
    const int rows = std::min(PreviewRows, int(m_file.rows.size()));
    m_rawPreview->clear();
    m_rawPreview->setColumnCount(columns);
    m_rawPreview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < m_file.rows.at(r).size(); ++c)
            m_rawPreview->setItem(r, c, new QTableWidgetItem(m_file.rows.at(r).at(c)));
    }
    m_fileMessage->setText(tr("%n row(s) read, header included.", "", int(m_file.rows.size())));
    return true;
}

void ImportWizard::loadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Use a Saved Mapping"), QString(),
                                                      tr("Mappings (*.json)") + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    ColumnMapping mapping;
    if (!mapping.load(path, &error)) {
        m_fileMessage->setText(error);
        return;
    }
    m_mapping = mapping;
    m_mappingLoaded = true;
    m_fileMessage->setText(tr("The mapping %1 will be used.").arg(QFileInfo(path).fileName()));
}

void ImportWizard::saveMapping()
{
    readMappingTable();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"), QString(), tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_mapping.save(path, &error))
        m_summary->setText(error);
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        fillMappingTable();
    else if (id == NamesPage)
        fillNames();
    else if (id == PreviewPage) {
        m_summary->setText(m_plan.summary());
        fillPreviewList();
        button(QWizard::FinishButton)->setEnabled(!m_plan.isEmpty());
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        if (!readFile())
            return false;
        {
            const QStringList headers = m_file.rows.value(std::max(0, m_mapping.headerRow - 1));
            if (m_mappingLoaded) {
                m_mapping.alignTo(headers);
            } else {
                m_mapping = MappingSuggester(m_document->data().themes).suggestMapping(headers);
            }
            m_mapping.sheet = m_sheet->currentData().toInt();
        }
        return true;
    case MappingPage:
        readMappingTable();
        if (m_mapping.rulesFor(ImportField::ActorName).isEmpty()) {
            QWizard::currentPage()->setSubTitle(tr("Choose the column that names the responding city or institution."));
            return false;
        }
        makePlan();
        return true;
    case NamesPage:
        readNames();
        makePlan();
        return true;
    default:
        return QWizard::validateCurrentPage();
    }
}

void ImportWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        QString error;
        auto edit = std::make_unique<ImportEdit>(m_plan);
        if (!m_document->perform(std::move(edit), &error)) {
            m_summary->setText(tr("Nothing was imported: %1").arg(error));
            return; // the wizard stays open with the officer's choices
        }
    }
    QWizard::done(result);
}

void ImportWizard::fillMappingTable()
{
    const QStringList headers = m_file.rows.value(std::max(0, m_mapping.headerRow - 1));
    const QStringList example = m_file.rows.value(m_mapping.headerRow);
    QList<Theme> themes = m_document->data().themes;
    const QString language = currentLanguage();
    std::sort(themes.begin(), themes.end(),
              [&](const Theme& a, const Theme& b) { return a.names.value(language) < b.names.value(language); });
    m_mappingTable->setRowCount(int(headers.size()));
    for (int c = 0; c < headers.size(); ++c) {
        m_mappingTable->setItem(c, 0, new QTableWidgetItem(headers.at(c)));
        m_mappingTable->setItem(c, 1, new QTableWidgetItem(example.value(c)));
        const ColumnRule rule = m_mapping.ruleForColumn(c);
        auto* field = new QComboBox(m_mappingTable);
        for (ImportField f : allImportFields())
            field->addItem(importFieldLabel(f), importFieldKey(f));
        field->setCurrentIndex(field->findData(importFieldKey(rule.field)));
        auto* theme = new QComboBox(m_mappingTable);
        theme->addItem(tr("Theme names in the cells"), QString());
        for (const Theme& t : std::as_const(themes))
            theme->addItem(t.names.value(language), t.key);
        theme->setCurrentIndex(std::max(0, theme->findData(rule.themeKey)));
        auto updateTheme = [field, theme] {
            const ImportField f = importFieldFromKey(field->currentData().toString());
            theme->setEnabled(f == ImportField::Priority || f == ImportField::Offer);
        };
        connect(field, &QComboBox::currentIndexChanged, theme, updateTheme);
        updateTheme();
        m_mappingTable->setCellWidget(c, 2, field);
        m_mappingTable->setCellWidget(c, 3, theme);
    }
    m_mappingTable->resizeColumnsToContents();
}

void ImportWizard::readMappingTable()
{
    const QStringList headers = m_file.rows.value(std::max(0, m_mapping.headerRow - 1));
    for (int c = 0; c < m_mappingTable->rowCount(); ++c) {
        const auto* field = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(c, 2));
        const auto* theme = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(c, 3));
        if (!field || !theme)
            continue;
        ColumnRule rule = m_mapping.ruleForColumn(c);
        rule.column = c;
        rule.header = headers.value(c);
        rule.field = importFieldFromKey(field->currentData().toString());
        rule.themeKey = theme->isEnabled() ? theme->currentData().toString() : QString();
        m_mapping.setRule(rule);
    }
}

void ImportWizard::makePlan()
{
    const ImportPlanner planner(m_document->data(), Gazetteer::bundled());
    m_plan = planner.plan(m_file.rows, m_mapping, QFileInfo(m_file.path).fileName(), m_file.sha256);
}

void ImportWizard::fillPreviewList()
{
    // Every line that will be written, then every row that will not, so the officer sees exactly what changes.
    const WorkspaceData& data = m_document->data();
    const QString language = currentLanguage();
    QHash<QString, QString> names;
    for (const Actor& actor : data.actors)
        names.insert(actor.uid, actor.name(language));
    for (const PlannedActor& planned : std::as_const(m_plan.newActors))
        names.insert(planned.actor.uid, planned.actor.name(language));
    auto themeName = [&](ThemeId id) {
        const Theme* theme = data.theme(id);
        return theme ? theme->names.value(language) : QString();
    };
    m_issues->clear();
    for (const PlannedActor& planned : std::as_const(m_plan.newActors))
        m_issues->addItem(tr("Row %1 — new: %2").arg(planned.row).arg(planned.actor.name(language)));
    for (const PlannedStatement& planned : std::as_const(m_plan.statements)) {
        const QString line = planned.statement.kind == StatementKind::Priority
                                 ? tr("Row %1 — %2 has the priority %3")
                                 : tr("Row %1 — %2 offers %3");
        m_issues->addItem(line.arg(planned.row).arg(names.value(planned.actorUid), themeName(planned.statement.themeId)));
    }
    for (const PlannedInterest& planned : std::as_const(m_plan.interests)) {
        const Country* country = planned.toUid.isEmpty() ? data.country(planned.interest.toCountry) : nullptr;
        const QString target = planned.toUid.isEmpty()
                                   ? (country ? country->names.value(language) : planned.interest.toCountry)
                                   : names.value(planned.toUid);
        m_issues->addItem(
            tr("Row %1 — %2 wants to work with %3").arg(planned.row).arg(names.value(planned.fromUid), target));
    }
    for (const ImportIssue& issue : std::as_const(m_plan.issues)) {
        auto* item = new QListWidgetItem(ImportPlan::formatIssue(issue), m_issues);
        item->setForeground(palette().brush(QPalette::Link));
    }
}

void ImportWizard::fillNames()
{
    m_names->setRowCount(int(m_plan.uncertain.size()));
    m_namesIntro->setText(m_plan.uncertain.isEmpty()
                              ? tr("Every city and institution in the file was recognised.")
                              : tr("These names match several entries, or none. Say what each stands for; rows whose "
                                   "names stay unconfirmed are left out."));
    for (int i = 0; i < m_plan.uncertain.size(); ++i) {
        const UncertainName& name = m_plan.uncertain.at(i);
        m_names->setItem(i, 0, new QTableWidgetItem(name.name));
        QStringList rows;
        for (int r : name.rows)
            rows.append(QString::number(r));
        m_names->setItem(i, 1, new QTableWidgetItem(rows.join(QStringLiteral(", "))));
        auto* choice = new QComboBox(m_names);
        choice->addItem(tr("Leave these rows out"), QStringLiteral("skip"));
        for (const ResolutionCandidate& candidate : name.resolution.candidates)
            choice->addItem(candidate.label, candidate.choice);
        choice->addItem(tr("Add as a new city or institution"), QStringLiteral("new"));
        const QString current = m_mapping.choiceFor(name.name);
        choice->setCurrentIndex(std::max(0, choice->findData(current)));
        m_names->setCellWidget(i, 2, choice);
    }
    m_names->resizeColumnsToContents();
}

void ImportWizard::readNames()
{
    for (int i = 0; i < m_names->rowCount() && i < m_plan.uncertain.size(); ++i) {
        if (const auto* choice = qobject_cast<QComboBox*>(m_names->cellWidget(i, 2)))
            m_mapping.setChoice(m_plan.uncertain.at(i).name, choice->currentData().toString());
    }
}

} // namespace cb::ui
