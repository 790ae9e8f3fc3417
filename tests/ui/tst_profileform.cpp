// SPDX-License-Identifier: GPL-3.0-or-later
// The actor form's texts per language, driven through its real widgets: the language tabs mark what is still to be
// written, a profile typed on the Chinese tab is saved, undone and redone, an emptied text is removed, and the
// markers are translated with the interface.
#include "editing/ActorForm.h"
#include "editing/EditorPanel.h"
#include "editing/LocalizedTextsEditor.h"
#include "i18n/Translations.h"
#include "storage/WorkspaceStore.h"
#include "workspace/WorkspaceDocument.h"

#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

namespace {

// Chinese arrives from an input method as committed text, not as key presses (QTest only types Latin-1 keys).
void typeAsInputMethod(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class TestProfileForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void missingLanguagesAreMarked();
    void profileIsSavedPerLanguageAndUndoable();
    void emptiedTextIsRemoved();
    void newCityMarksMissingNames();
    void markersFollowTheInterfaceLanguage_data();
    void markersFollowTheInterfaceLanguage();
    void tabsFitInTheDock_data();
    void tabsFitInTheDock();
    void numbersRoundTripInEachLanguage_data();
    void numbersRoundTripInEachLanguage();

private:
    template <typename T> T* child(const char* name) const
    {
        T* found = m_panel->actorForm()->findChild<T*>(QLatin1String(name));
        [&] { QVERIFY2(found, name); }();
        return found;
    }
    LocalizedTextsEditor* texts() const { return m_panel->actorForm()->findChild<LocalizedTextsEditor*>(); }
    void clickTab(int index);

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<EditorPanel> m_panel;
    ActorId m_mexico = 0;
};

void TestProfileForm::initTestCase()
{
    installLanguage(lang::En);
    QVERIFY(m_dir.isValid());
}

void TestProfileForm::init()
{
    installLanguage(lang::En);
    m_document = std::make_unique<WorkspaceDocument>();
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("w%1.citybridge").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY2(m_document->createNew(path, &error), qPrintable(error));
    WorkspaceStore& store = *m_document->store();
    Actor mexico;
    mexico.uid = QStringLiteral("city:mexico-city");
    mexico.countryCode = QStringLiteral("MX");
    mexico.names = {{lang::En, QStringLiteral("Mexico City")},
                    {lang::Zh, QStringLiteral("墨西哥城")},
                    {lang::Es, QStringLiteral("Ciudad de México")}};
    mexico.profile = {{lang::En, QStringLiteral("Capital of Mexico and its largest metropolitan area.")},
                      {lang::Es, QStringLiteral("Capital de México y su mayor zona metropolitana.")}};
    mexico.heritage = {{lang::En, QStringLiteral("Historic centre and Xochimilco")}};
    QVERIFY2(store.inTransaction([&](QString* err) { return store.actors().save(mexico, err); }, &error),
             qPrintable(error));
    QVERIFY2(m_document->reload(&error), qPrintable(error));
    m_mexico = mexico.id;
    m_panel = std::make_unique<EditorPanel>(m_document.get());
    m_panel->resize(460, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestProfileForm::cleanup()
{
    m_panel.reset();
    m_document.reset();
    installLanguage(lang::En);
}

void TestProfileForm::clickTab(int index)
{
    QTabBar* bar = texts()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(texts()->currentIndex(), index);
}

void TestProfileForm::missingLanguagesAreMarked()
{
    m_panel->editActor(m_mexico);
    LocalizedTextsEditor* tabs = texts();
    QVERIFY(tabs && tabs->isVisible());
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), QStringLiteral("English"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Chinese — missing"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Spanish — missing"));
    QCOMPARE(tabs->missingLanguages(), (QStringList{lang::Zh, lang::Es}));
    QCOMPARE(tabs->missingFields(lang::Zh), (QStringList{QStringLiteral("profile"), QStringLiteral("heritage")}));
    QCOMPARE(tabs->missingFields(lang::Es), QStringList{QStringLiteral("heritage")});
    QCOMPARE(child<QPlainTextEdit>("profileEs")->toPlainText(),
             QStringLiteral("Capital de México y su mayor zona metropolitana."));
    clickTab(1);
    auto* note = child<QLabel>("missingNote_zh");
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Not yet written in Chinese: profile and heritage."));
    QVERIFY(!child<QLabel>("missingNote_en")->isVisible());
}

void TestProfileForm::profileIsSavedPerLanguageAndUndoable()
{
    m_panel->editActor(m_mexico);
    clickTab(1);
    auto* profileZh = child<QPlainTextEdit>("profileZh");
    QVERIFY(profileZh->isVisible());
    profileZh->setFocus();
    typeAsInputMethod(profileZh, QStringLiteral("墨西哥首都，最大的都市区。"));
    QCOMPARE(texts()->missingFields(lang::Zh), QStringList{QStringLiteral("heritage")});
    typeAsInputMethod(child<QPlainTextEdit>("heritageZh"), QStringLiteral("历史中心和霍奇米尔科"));
    QCOMPARE(texts()->tabText(1), QStringLiteral("Chinese"));
    QCOMPARE(texts()->tabText(2), QStringLiteral("Spanish — missing"));

    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), 1);
    const Actor* saved = m_document->data().actor(m_mexico);
    QVERIFY(saved);
    QCOMPARE(saved->profile.exact(lang::Zh), QStringLiteral("墨西哥首都，最大的都市区。"));
    QCOMPARE(saved->heritage.exact(lang::Zh), QStringLiteral("历史中心和霍奇米尔科"));
    QCOMPARE(saved->profile.exact(lang::En), QStringLiteral("Capital of Mexico and its largest metropolitan area."));

    // Stored, not only held by the document: a reload reads it back from the file.
    QString error;
    QVERIFY2(m_document->reload(&error), qPrintable(error));
    QCOMPARE(m_document->data().actor(m_mexico)->profile.exact(lang::Zh), QStringLiteral("墨西哥首都，最大的都市区。"));

    QVERIFY(m_document->undo());
    QVERIFY(!m_document->data().actor(m_mexico)->profile.has(lang::Zh));
    QVERIFY(!m_document->data().actor(m_mexico)->heritage.has(lang::Zh));
    QVERIFY(m_document->redo());
    QCOMPARE(m_document->data().actor(m_mexico)->heritage.exact(lang::Zh), QStringLiteral("历史中心和霍奇米尔科"));
}

void TestProfileForm::emptiedTextIsRemoved()
{
    m_panel->editActor(m_mexico);
    clickTab(2);
    auto* profileEs = child<QPlainTextEdit>("profileEs");
    profileEs->selectAll();
    QTest::keyClick(profileEs, Qt::Key_Delete);
    QVERIFY(profileEs->toPlainText().isEmpty());
    QCOMPARE(texts()->missingFields(lang::Es), (QStringList{QStringLiteral("profile"), QStringLiteral("heritage")}));
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(!m_document->data().actor(m_mexico)->profile.has(lang::Es));
    QVERIFY(m_document->data().actor(m_mexico)->profile.has(lang::En));
    QVERIFY(m_document->undo());
    QCOMPARE(m_document->data().actor(m_mexico)->profile.exact(lang::Es),
             QStringLiteral("Capital de México y su mayor zona metropolitana."));
}

void TestProfileForm::newCityMarksMissingNames()
{
    m_panel->addCity();
    QVERIFY(texts()->missingLanguages().isEmpty());
    QCOMPARE(texts()->tabText(1), QStringLiteral("Chinese"));
    QTest::keyClicks(child<QLineEdit>("nameEn"), QStringLiteral("Dunhuang"));
    QCOMPARE(texts()->missingLanguages(), (QStringList{lang::Zh, lang::Es}));
    QCOMPARE(texts()->missingFields(lang::Zh), QStringList{QStringLiteral("name")});
    typeAsInputMethod(child<QLineEdit>("nameZh"), QStringLiteral("敦煌"));
    QCOMPARE(texts()->missingLanguages(), QStringList{lang::Es});
    QCOMPARE(texts()->tabText(1), QStringLiteral("Chinese"));
}

void TestProfileForm::markersFollowTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("missingTab");
    QTest::addColumn<QString>("note");
    QTest::newRow("zh") << lang::Zh << QStringLiteral("中文 — 缺失") << QStringLiteral("尚未用中文填写：概况和文化遗产。");
    QTest::newRow("es") << lang::Es << QStringLiteral("Chino — falta")
                        << QStringLiteral("Aún sin redactar en chino: perfil y patrimonio.");
}

void TestProfileForm::markersFollowTheInterfaceLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, missingTab);
    QFETCH(QString, note);
    m_panel->editActor(m_mexico);
    installLanguage(language);
    QTRY_COMPARE(texts()->tabText(1), missingTab);
    QCOMPARE(child<QLabel>("missingNote_zh")->text(), note);
    QVERIFY(child<QLabel>("textsHeading")->text() != QStringLiteral("Profile, heritage and key sectors in each language"));
}

void TestProfileForm::tabsFitInTheDock_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << lang::En;
    QTest::newRow("zh") << lang::Zh;
    QTest::newRow("es") << lang::Es;
}

void TestProfileForm::tabsFitInTheDock()
{
    // The editor dock's usual width: every tab title, missing marker included, is shown whole.
    QFETCH(QString, language);
    installLanguage(language);
    m_panel->resize(420, 900);
    m_panel->editActor(m_mexico);
    QTest::qWait(50);
    QTabBar* bar = texts()->tabBar();
    const QFontMetrics metrics(bar->font());
    int right = 0;
    for (int i = 0; i < bar->count(); ++i) {
        QVERIFY2(bar->tabRect(i).width() >= metrics.horizontalAdvance(bar->tabText(i)), qPrintable(bar->tabText(i)));
        right = qMax(right, bar->tabRect(i).right());
    }
    QVERIFY2(right <= bar->width(), qPrintable(QStringLiteral("%1 > %2").arg(right).arg(bar->width())));
    const QString folder = qEnvironmentVariable("CITYBRIDGE_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QVERIFY(QDir().mkpath(folder));
        clickTab(1);
        QVERIFY(m_panel->grab().save(QStringLiteral("%1/actorform-%2.png").arg(folder, language)));
    }
}

void TestProfileForm::numbersRoundTripInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("population");
    QTest::addColumn<QString>("latitude");
    QTest::newRow("en") << lang::En << QStringLiteral("9,209,944") << QStringLiteral("19.43260");
    QTest::newRow("es") << lang::Es << QStringLiteral("9.209.944") << QStringLiteral("19,43260");
    QTest::newRow("zh") << lang::Zh << QStringLiteral("9,209,944") << QStringLiteral("19.43260");
}

void TestProfileForm::numbersRoundTripInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, population);
    QFETCH(QString, latitude);
    installLanguage(language);
    {
        Actor mexico = *m_document->data().actor(m_mexico);
        mexico.city.population = 9209944;
        mexico.city.latitude = 19.4326;
        mexico.city.longitude = -99.13321;
        WorkspaceStore& store = *m_document->store();
        QString error;
        QVERIFY2(store.inTransaction([&](QString* err) { return store.actors().save(mexico, err); }, &error),
                 qPrintable(error));
        QVERIFY2(m_document->reload(&error), qPrintable(error));
    }
    m_panel->editActor(m_mexico);
    QCOMPARE(child<QLineEdit>("population")->text(), population);
    QCOMPARE(child<QLineEdit>("latitude")->text(), latitude);
    // Saving what the form shows changes nothing: the numbers are read back the way they were written.
    child<QLineEdit>("nameEn")->setText(QStringLiteral("Mexico City (CDMX)"));
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY2(m_document->undoStack()->count() == 1, qPrintable(m_panel->actorForm()->statusText()));
    const Actor* saved = m_document->data().actor(m_mexico);
    QCOMPARE(saved->city.population, qint64(9209944));
    QCOMPARE(*saved->city.latitude, 19.4326);
    // Degrees typed with a point in any language stay degrees, even with three decimals.
    child<QLineEdit>("latitude")->setText(QStringLiteral("19.433"));
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY2(m_document->undoStack()->count() == 2, qPrintable(m_panel->actorForm()->statusText()));
    QCOMPARE(*m_document->data().actor(m_mexico)->city.latitude, 19.433);
}

QTEST_MAIN(TestProfileForm)
#include "tst_profileform.moc"
