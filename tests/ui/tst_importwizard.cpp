// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven page by page on the bundled sample with the Spanish survey fixture (Windows-1252, ';'):
// the columns are suggested from the headers, unresolved names are offered for confirmation, the preview says what
// will be added, Import writes it as one undoable edit, and Undo takes it all back.
#include "TestPaths.h"
#include "importing/ImportWizard.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceDocument.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void importsTheSpanishSurveyAndUndoes();
    void unreadableFileStaysOnTheFirstPage();
};

void TestImportWizard::importsTheSpanishSurveyAndUndoes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.citybridge"));
    QString error;
    {
        auto store = SqliteWorkspaceStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
    }
    WorkspaceDocument document;
    QVERIFY2(document.open(path, &error), qPrintable(error));
    const qsizetype statementsBefore = document.data().statements.size();
    const qsizetype interestsBefore = document.data().interests.size();

    ImportWizard wizard(&document);
    wizard.show();
    wizard.setFile(test::testDataDir() + QStringLiteral("/import/encuesta_es.csv"));
    wizard.next(); // file -> columns
    QCOMPARE(wizard.currentId(), 1);
    auto* mapping = wizard.findChild<QTableWidget*>(QStringLiteral("importMapping"));
    QVERIFY(mapping && mapping->rowCount() > 3);
    // The responding city's column was recognised from its Spanish header.
    bool nameColumn = false;
    for (int row = 0; row < mapping->rowCount(); ++row) {
        const auto* field = qobject_cast<QComboBox*>(mapping->cellWidget(row, 2));
        nameColumn = nameColumn || field->currentData().toString() == QStringLiteral("actor_name");
    }
    QVERIFY(nameColumn);
    const QString shots = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(wizard.grab().save(shots + QStringLiteral("/import-mapping.png")));
    wizard.next(); // columns -> names
    QCOMPARE(wizard.currentId(), 2);
    // Whatever is uncertain is left out by default; the preview counts what remains.
    wizard.next();
    QCOMPARE(wizard.currentId(), 3);
    const auto* summary = wizard.findChild<QLabel*>(QStringLiteral("importSummary"));
    QVERIFY(!summary->text().isEmpty());
    QVERIFY(!wizard.plan().isEmpty());
    if (!shots.isEmpty())
        QVERIFY(wizard.grab().save(shots + QStringLiteral("/import-preview.png")));
    wizard.accept();
    QVERIFY(document.data().statements.size() > statementsBefore);
    QVERIFY(document.data().interests.size() > interestsBefore);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY2(document.undo(&error), qPrintable(error));
    QCOMPARE(document.data().statements.size(), statementsBefore);
    QCOMPARE(document.data().interests.size(), interestsBefore);
}

void TestImportWizard::unreadableFileStaysOnTheFirstPage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.citybridge"));
    QString error;
    {
        auto store = SqliteWorkspaceStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
    }
    WorkspaceDocument document;
    QVERIFY2(document.open(path, &error), qPrintable(error));
    ImportWizard wizard(&document);
    wizard.show();
    wizard.setFile(dir.filePath(QStringLiteral("missing.csv")));
    wizard.next();
    QCOMPARE(wizard.currentId(), 0);
    QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("importFileMessage"))->text().isEmpty());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
