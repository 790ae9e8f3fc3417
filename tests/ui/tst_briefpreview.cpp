// SPDX-License-Identifier: GPL-3.0-or-later
// The brief preview: it shows the brief of the pair it is given in the brief language chosen there (not the
// interface's), offers the paper size for PDF only, saves atomically, clears when another workspace opens, and
// retranslates its own labels. Screenshots of each language go to CITYBRIDGE_SCREENSHOT_DIR when it is set.
#include "brief/BriefLanguage.h"
#include "brief/BriefPreview.h"
#include "i18n/Translations.h"
#include "matching/Matcher.h"
#include "proposals/MatchOutcome.h"
#include "storage/SqliteWorkspaceStore.h"
#include "workspace/SampleImporter.h"
#include "workspace/WorkspaceDocument.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestBriefPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyUntilAPairIsShown();
    void languageIsTheBriefsOwn();
    void paperOnlyForPdf();
    void savesFiles();
    void clearsWhenAnotherWorkspaceOpens();
    void screenshots();

private:
    QComboBox* combo(const char* name) const { return m_preview->findChild<QComboBox*>(QLatin1String(name)); }
    QString previewText() const
    {
        return m_preview->findChild<QTextBrowser*>(QStringLiteral("briefPreview"))->toPlainText();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<BriefPreview> m_preview;
    std::shared_ptr<MatchOutcome> m_outcome;
    int m_pair = -1;
};

void TestBriefPreview::initTestCase()
{
    installLanguage(QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("sample.citybridge"));
    QString error;
    {
        auto store = SqliteWorkspaceStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(importSampleJson(*store, QStringLiteral(":/sample"), &error), qPrintable(error));
    }
    m_document = std::make_unique<WorkspaceDocument>();
    QVERIFY2(m_document->open(path, &error), qPrintable(error));
    m_outcome = std::make_shared<MatchOutcome>();
    m_outcome->data = std::make_shared<WorkspaceData>(m_document->data());
    m_outcome->result = Matcher::run(*m_outcome->data, m_outcome->settings, QDate(2026, 11, 23));
    ActorId mexico = 0;
    ActorId luoyang = 0;
    for (const Actor& a : m_outcome->data->actors) {
        mexico = a.name(QStringLiteral("en")) == QLatin1String("Mexico City") ? a.id : mexico;
        luoyang = a.name(QStringLiteral("en")) == QLatin1String("Luoyang") ? a.id : luoyang;
    }
    m_pair = m_outcome->result.findPair(mexico, luoyang);
    QVERIFY(m_pair >= 0);
    m_preview = std::make_unique<BriefPreview>(m_document.get());
    m_preview->resize(1000, 760);
    m_preview->show();
}

void TestBriefPreview::emptyUntilAPairIsShown()
{
    QVERIFY(m_preview->brief().blocks.isEmpty());
    QVERIFY(!m_preview->findChild<QPushButton*>(QStringLiteral("briefSave"))->isEnabled());
    m_preview->showPair(m_outcome, int(m_outcome->result.pairs.size()));
    QVERIFY(m_preview->brief().blocks.isEmpty());
    m_preview->showPair(m_outcome, m_pair);
    QVERIFY(!m_preview->brief().blocks.isEmpty());
    QVERIFY(m_preview->findChild<QPushButton*>(QStringLiteral("briefSave"))->isEnabled());
    QVERIFY(previewText().contains(QStringLiteral("Why they match")));
}

void TestBriefPreview::languageIsTheBriefsOwn()
{
    m_preview->showPair(m_outcome, m_pair);
    QComboBox* language = combo("briefLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("zh")));
    QVERIFY(previewText().contains(QStringLiteral("墨西哥城")));
    QVERIFY(previewText().contains(QStringLiteral("洛阳")));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QCOMPARE(m_preview->findChild<QPushButton*>(QStringLiteral("briefSave"))->text(), QStringLiteral("Save…"));
    language->setCurrentIndex(language->findData(QStringLiteral("bilingual")));
    QCOMPARE(m_preview->brief().languages.size(), 2);
    QVERIFY(previewText().contains(QStringLiteral("Ciudad de México")));
    QVERIFY(previewText().contains(QStringLiteral("墨西哥城")));
    // The labels follow the interface language, live.
    installLanguage(QStringLiteral("es"));
    QTRY_COMPARE(m_preview->findChild<QPushButton*>(QStringLiteral("briefSave"))->text(), QStringLiteral("Guardar…"));
    installLanguage(QStringLiteral("en"));
    QTRY_COMPARE(m_preview->findChild<QPushButton*>(QStringLiteral("briefSave"))->text(), QStringLiteral("Save…"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
}

void TestBriefPreview::paperOnlyForPdf()
{
    QComboBox* format = combo("briefFormat");
    QComboBox* paper = combo("briefPaper");
    format->setCurrentIndex(format->findData(QStringLiteral("html")));
    QVERIFY(!paper->isEnabled());
    format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
    QVERIFY(paper->isEnabled());
}

void TestBriefPreview::savesFiles()
{
    m_preview->showPair(m_outcome, m_pair);
    QComboBox* format = combo("briefFormat");
    for (const QString& suffix : {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html")}) {
        format->setCurrentIndex(format->findData(suffix));
        QVERIFY(m_preview->suggestedFileName().endsWith(QLatin1Char('.') + suffix));
        QVERIFY(m_preview->suggestedFileName().startsWith(QLatin1String("brief-")));
        const QString path = m_dir.filePath(QStringLiteral("brief.") + suffix);
        QString error;
        QVERIFY2(m_preview->saveTo(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
    QString error;
    QVERIFY(!m_preview->saveTo(m_dir.filePath(QStringLiteral("brief.pdf/inside.pdf")), &error));
    QVERIFY(!error.isEmpty());
    format->setCurrentIndex(0);
}

void TestBriefPreview::clearsWhenAnotherWorkspaceOpens()
{
    m_preview->showPair(m_outcome, m_pair);
    QVERIFY(!m_preview->brief().blocks.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("copy.citybridge"));
    QString error;
    QVERIFY2(m_document->saveAs(copy, &error), qPrintable(error));
    QVERIFY(m_preview->brief().blocks.isEmpty());
    QVERIFY(!m_preview->findChild<QPushButton*>(QStringLiteral("briefSave"))->isEnabled());
    QString noBrief;
    QVERIFY(!m_preview->saveTo(m_dir.filePath(QStringLiteral("none.pdf")), &noBrief));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
}

void TestBriefPreview::screenshots()
{
    const QString dir = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    m_preview->showPair(m_outcome, m_pair);
    QComboBox* language = combo("briefLanguage");
    for (const QString& ui : BriefLanguage::options().mid(0, 3)) {
        installLanguage(ui);
        language->setCurrentIndex(language->findData(ui));
        QCoreApplication::processEvents(); // the posted LanguageChange
        const QImage shot = m_preview->grab().toImage();
        QVERIFY(!shot.isNull());
        if (!dir.isEmpty())
            QVERIFY(shot.save(dir + QStringLiteral("/briefpreview-") + ui + QStringLiteral(".png")));
    }
    installLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestBriefPreview)
#include "tst_briefpreview.moc"
