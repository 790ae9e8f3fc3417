// SPDX-License-Identifier: GPL-3.0-or-later
// The city and institution form, driven through its real widgets: adding a city from the gazetteer lookup and
// undoing it, refusing a coordinate out of range with the reason under the field, offering the existing city when
// the name is already known, and keeping the officer's input when the workspace cannot be written.
#include "editing/ActorForm.h"
#include "editing/EditorPanel.h"
#include "editing/GazetteerLookup.h"
#include "editing/GazetteerModel.h"
#include "gazetteer/Gazetteer.h"
#include "i18n/Translations.h"
#include "storage/WorkspaceStore.h"
#include "workspace/WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "EntityCompare.h"

using namespace cb;
using namespace cb::ui;

class TestCityForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addCityThroughGazetteerAndUndo();
    void invalidCoordinateIsRefusedNextToTheField();
    void duplicateCityIsOffered();
    void differentPlaceWithTheSameNameCanBeKept();
    void institutionFormShowsItsOwnFields();
    void failedWriteKeepsTheInput();
    void gazetteerModelPassesTester();

private:
    template <typename T> T* child(const char* name) const
    {
        T* found = m_panel->actorForm()->findChild<T*>(QLatin1String(name));
        [&] { QVERIFY2(found, name); }();
        return found;
    }
    void pickFirstInPopup();

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<EditorPanel> m_panel;
    ActorId m_mexico = 0;
};

void TestCityForm::initTestCase()
{
    installLanguage(lang::En);
    QVERIFY(m_dir.isValid());
}

void TestCityForm::init()
{
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
    mexico.aliases = {{QStringLiteral("CDMX"), QString()}};
    mexico.city.adminRegion = QStringLiteral("Mexico City");
    QVERIFY2(store.inTransaction([&](QString* err) { return store.actors().save(mexico, err); }, &error),
             qPrintable(error));
    QVERIFY2(m_document->reload(&error), qPrintable(error));
    m_mexico = mexico.id;
    m_panel = std::make_unique<EditorPanel>(m_document.get());
    m_panel->resize(460, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCityForm::cleanup()
{
    m_panel.reset();
    m_document.reset();
}

void TestCityForm::pickFirstInPopup()
{
    QAbstractItemView* popup = m_panel->findChild<GazetteerLookup*>()->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popup->model()->rowCount() > 0);
    const QRect first = popup->visualRect(popup->model()->index(0, 0));
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, first.center());
}

void TestCityForm::addCityThroughGazetteerAndUndo()
{
    QSignalSpy shown(m_panel.get(), &EditorPanel::showRequested);
    m_panel->addCity();
    QCOMPARE(shown.count(), 1);
    auto* search = child<QLineEdit>("gazetteerSearch");
    QVERIFY(search->isVisible());
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Luoy"));
    CB_CHECK(pickFirstInPopup());
    QCOMPARE(child<QLineEdit>("nameEn")->text(), QStringLiteral("Luoyang"));
    QCOMPARE(child<QLineEdit>("nameZh")->text(), QStringLiteral("洛阳"));
    QCOMPARE(child<QLineEdit>("nameEs")->text(), QStringLiteral("Luoyang"));
    QCOMPARE(child<QComboBox>("country")->currentData().toString(), QStringLiteral("CN"));
    QCOMPARE(child<QComboBox>("timezone")->currentText(), QStringLiteral("Asia/Shanghai"));
    QVERIFY(child<QLineEdit>("latitude")->text().startsWith(QStringLiteral("34.68")));
    QVERIFY(!child<QLineEdit>("population")->text().isEmpty());

    const qsizetype before = m_document->data().actors.size();
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY2(m_panel->actorForm()->actorId() != 0, qPrintable(m_panel->actorForm()->statusText()));
    QCOMPARE(m_document->data().actors.size(), before + 1);
    const ActorId id = m_panel->actorForm()->actorId();
    const Actor* luoyang = m_document->data().actor(id);
    QVERIFY(luoyang);
    QCOMPARE(luoyang->names.exact(lang::Zh), QStringLiteral("洛阳"));
    QCOMPARE(luoyang->countryCode, QStringLiteral("CN"));
    QCOMPARE(*luoyang->city.latitude, 34.68361);
    QCOMPARE(*luoyang->city.longitude, 112.45361);
    QCOMPARE(luoyang->city.population, qint64(1390581));
    QCOMPARE(luoyang->city.timezone, QStringLiteral("Asia/Shanghai"));
    QCOMPARE(luoyang->city.geonameId, qint64(1801792));
    QVERIFY(std::any_of(luoyang->aliases.cbegin(), luoyang->aliases.cend(),
                        [](const Alias& a) { return a.text == QStringLiteral("洛阳市"); }));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(m_panel->title().contains(QStringLiteral("Luoyang")));

    QVERIFY(m_document->undo());
    QCOMPARE(m_document->data().actors.size(), before);
    QVERIFY(!m_document->data().actor(id));
    // The form still holds the city; saving again adds it back.
    QCOMPARE(m_panel->actorForm()->actorId(), ActorId(0));
    QCOMPARE(child<QLineEdit>("nameZh")->text(), QStringLiteral("洛阳"));
}

void TestCityForm::invalidCoordinateIsRefusedNextToTheField()
{
    m_panel->addCity();
    QTest::keyClicks(child<QLineEdit>("nameEn"), QStringLiteral("Testville"));
    QTest::keyClicks(child<QComboBox>("country")->lineEdit(), QStringLiteral("Mexico (MX)"));
    QTest::keyClicks(child<QLineEdit>("latitude"), QStringLiteral("95"));
    QTest::keyClicks(child<QLineEdit>("longitude"), QStringLiteral("-99.1"));
    const qsizetype before = m_document->data().actors.size();
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);

    QLabel* error = child<QLabel>("error_latitude");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("-90 and 90")), qPrintable(error->text()));
    QVERIFY(!child<QLabel>("error_longitude")->isVisible());
    QVERIFY(!child<QLabel>("error_country")->isVisible());
    QVERIFY(m_panel->actorForm()->statusText().startsWith(QStringLiteral("Not saved")));
    // The error sits right under its field.
    QLineEdit* latitude = child<QLineEdit>("latitude");
    QCOMPARE(error->parentWidget(), latitude->parentWidget());
    QVERIFY(error->geometry().top() >= latitude->geometry().bottom());
    QCOMPARE(m_document->data().actors.size(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);

    // Not a number at all is refused too, with its own reason.
    latitude->clear();
    QTest::keyClicks(latitude, QStringLiteral("north"));
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(error->text().contains(QStringLiteral("number")));
    QCOMPARE(m_document->undoStack()->count(), 0);

    // Corrected, it saves, and the error is gone.
    latitude->clear();
    QTest::keyClicks(latitude, QStringLiteral("19.5"));
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY2(m_panel->actorForm()->actorId() != 0, qPrintable(m_panel->actorForm()->statusText()));
    QVERIFY(!error->isVisible());
    QCOMPARE(*m_document->data().actor(m_panel->actorForm()->actorId())->city.latitude, 19.5);
}

void TestCityForm::duplicateCityIsOffered()
{
    m_panel->addCity();
    auto* name = child<QLineEdit>("nameEn");
    QTest::keyClicks(name, QStringLiteral("ciudad de mexico"));
    QTest::keyClick(name, Qt::Key_Return);
    auto* box = child<QFrame>("duplicateBox");
    QVERIFY(box->isVisible());
    QVERIFY(child<QLabel>("duplicateText")->text().contains(QStringLiteral("Mexico City")));
    // Saving anyway is refused, with the reason under the name.
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(child<QLabel>("error_name_en")->isVisible());
    QCOMPARE(m_document->undoStack()->count(), 0);

    QTest::mouseClick(child<QPushButton>("openExisting"), Qt::LeftButton);
    QCOMPARE(m_panel->actorForm()->actorId(), m_mexico);
    QCOMPARE(name->text(), QStringLiteral("Mexico City"));
    QVERIFY(!box->isVisible());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestCityForm::differentPlaceWithTheSameNameCanBeKept()
{
    m_panel->addCity();
    QTest::keyClicks(child<QLineEdit>("nameEn"), QStringLiteral("CDMX"));
    QTest::keyClicks(child<QComboBox>("country")->lineEdit(), QStringLiteral("Mexico (MX)"));
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(child<QFrame>("duplicateBox")->isVisible());
    QCOMPARE(m_document->undoStack()->count(), 0);
    QTest::mouseClick(child<QPushButton>("keepBoth"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(m_panel->actorForm()->actorId() != m_mexico);
}

void TestCityForm::institutionFormShowsItsOwnFields()
{
    m_panel->addInstitution();
    QVERIFY(!child<QLineEdit>("gazetteerSearch")->isVisible());
    QVERIFY(!child<QLineEdit>("latitude")->isVisible());
    QVERIFY(child<QLineEdit>("website")->isVisible());
    QTest::keyClicks(child<QLineEdit>("nameEn"), QStringLiteral("World Heritage Institute of Training and Research"));
    QTest::keyClicks(child<QLineEdit>("abbreviation"), QStringLiteral("WHITRAP"));
    QTest::keyClicks(child<QLineEdit>("website"), QStringLiteral("whitr-ap.org"));
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(child<QLabel>("error_website")->isVisible());
    QCOMPARE(m_document->undoStack()->count(), 0);
    child<QLineEdit>("website")->clear();
    QTest::keyClicks(child<QLineEdit>("website"), QStringLiteral("https://www.whitr-ap.org/"));
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), 1);
    const Actor* saved = m_document->data().actor(m_panel->actorForm()->actorId());
    QVERIFY(saved);
    QCOMPARE(saved->kind, ActorKind::Institution);
    QCOMPARE(saved->institution.abbreviation, QStringLiteral("WHITRAP"));
    QVERIFY(saved->uid.startsWith(QStringLiteral("org:world-heritage")));
}

void TestCityForm::failedWriteKeepsTheInput()
{
    m_panel->editActor(m_mexico);
    auto* population = child<QLineEdit>("population");
    QTest::keyClicks(population, QStringLiteral("9209944"));
    // Another program holds the write lock: the document's write fails after its busy timeout.
    {
        QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blocker"));
        blocker.setDatabaseName(m_document->path());
        QVERIFY(blocker.open());
        QSqlQuery lock(blocker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
        QVERIFY2(m_panel->actorForm()->statusText().startsWith(QStringLiteral("Not saved:")),
                 qPrintable(m_panel->actorForm()->statusText()));
        QCOMPARE(population->text(), QStringLiteral("9209944"));
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(m_document->data().actor(m_mexico)->city.population, qint64(0));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        blocker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blocker"));
    // Once the file can be written again, the same input saves.
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->data().actor(m_mexico)->city.population, qint64(9209944));
}

void TestCityForm::gazetteerModelPassesTester()
{
    GazetteerModel model(Gazetteer::bundled());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(QStringLiteral("san"));
    QCOMPARE(model.rowCount(), 15);
    model.setQuery(QStringLiteral("洛阳"));
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.data(model.index(0, 0), GazetteerModel::GeonameIdRole).toLongLong(), qint64(1801792));
    QVERIFY(model.data(model.index(0, 0), Qt::DisplayRole).toString().contains(QStringLiteral("Henan")));
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestCityForm)
#include "tst_cityform.moc"
