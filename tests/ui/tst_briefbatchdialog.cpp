// SPDX-License-Identifier: GPL-3.0-or-later
// Briefs for all current proposals from the window: every proposal gets a file in the chosen language and format,
// and a folder that cannot be written reports the failure instead of skipping it.
#include "brief/BriefBatchDialog.h"
#include "proposals/MatchOutcome.h"
#include "matching/Matcher.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestBriefBatchDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesOneBriefPerProposal();
    void unwritableFolderIsReported();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<MatchOutcome> m_outcome;
};

void TestBriefBatchDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    auto store = SqliteWorkspaceStore::create(m_dir.filePath(QStringLiteral("w.citybridge")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
    auto data = std::make_shared<WorkspaceData>();
    QVERIFY2(loadWorkspace(*store, data.get(), &error), qPrintable(error));
    m_outcome = std::make_shared<MatchOutcome>();
    m_outcome->data = data;
    m_outcome->settings.asOf = QDate(2021, 1, 31);
    m_outcome->result = Matcher::run(*data, m_outcome->settings, QDate(2021, 1, 31));
    QVERIFY(m_outcome->result.error.isEmpty());
    QVERIFY(!m_outcome->result.proposals.empty());
}

void TestBriefBatchDialog::writesOneBriefPerProposal()
{
    BriefBatchDialog dialog(m_outcome);
    auto* format = dialog.findChild<QComboBox*>(QStringLiteral("batchFormat"));
    format->setCurrentIndex(format->findText(QStringLiteral("HTML")));
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("batchLanguage"));
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    const QString folder = m_dir.filePath(QStringLiteral("briefs"));
    QVERIFY(dialog.exportTo(folder));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.html")}, QDir::Files);
    QCOMPARE(files.size(), int(m_outcome->result.proposals.size()));
    QCOMPARE(dialog.writtenCount(), files.size());
}

void TestBriefBatchDialog::unwritableFolderIsReported()
{
    // Tests run as root, so a folder "under" a regular file is what cannot be written.
    const QString blocker = m_dir.filePath(QStringLiteral("file.txt"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    BriefBatchDialog dialog(m_outcome);
    QVERIFY(!dialog.exportTo(blocker + QStringLiteral("/sub")));
    QCOMPARE(dialog.writtenCount(), 0);
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("batchStatus"))->text().isEmpty());
}

QTEST_MAIN(TestBriefBatchDialog)
#include "tst_briefbatchdialog.moc"
