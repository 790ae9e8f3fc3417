// SPDX-License-Identifier: GPL-3.0-or-later
// The other editors of the panel, driven through their widgets: priorities and offers, interests (an interest in
// oneself is refused next to the field), events with their participations; their lists pass the model tester;
// and every page is grabbed at a dock's size in English, Chinese and Spanish to look at.
#include "editing/EditorPanel.h"
#include "editing/EventForm.h"
#include "editing/InterestTableModel.h"
#include "editing/InterestsEditor.h"
#include "editing/ParticipationTableModel.h"
#include "editing/StatementTableModel.h"
#include "editing/StatementsEditor.h"
#include "editing/ActorForm.h"
#include "i18n/Translations.h"
#include "storage/WorkspaceStore.h"
#include "workspace/WorkspaceDocument.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace cb;
using namespace cb::ui;

class TestEditorPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void addPriorityAndUndo();
    void weightOutsideTheRangeCannotBeEntered();
    void selfInterestIsRefused();
    void interestInACountry();
    void eventWithParticipationsAndUndo();
    void participantListedTwiceIsRefused();
    void modelsPassTester();
    void screenshots_data();
    void screenshots();

private:
    template <typename T> T* child(QWidget* in, const char* name) const
    {
        T* found = in->findChild<T*>(QLatin1String(name));
        [&] { QVERIFY2(found, name); }();
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceDocument> m_document;
    std::unique_ptr<EditorPanel> m_panel;
    ActorId m_mexico = 0;
    ActorId m_luoyang = 0;
    ThemeId m_tourism = 0;
};

void TestEditorPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestEditorPanel::cleanupTestCase()
{
    installLanguage(lang::En);
}

void TestEditorPanel::init()
{
    installLanguage(lang::En);
    m_document = std::make_unique<WorkspaceDocument>();
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("w%1.citybridge").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY2(m_document->createNew(path, &error), qPrintable(error));
    WorkspaceStore& store = *m_document->store();
    const bool filled = store.inTransaction(
        [&](QString* err) {
            Theme cluster;
            cluster.key = QStringLiteral("tourism_heritage_creative");
            cluster.names = {{lang::En, QStringLiteral("Tourism, heritage and creative economy")},
                             {lang::Zh, QStringLiteral("旅游、遗产与创意经济")},
                             {lang::Es, QStringLiteral("Turismo, patrimonio y economía creativa")}};
            if (!store.catalog().saveTheme(cluster, err))
                return false;
            Theme tourism;
            tourism.key = QStringLiteral("tourism_development");
            tourism.parentId = cluster.id;
            tourism.names = {{lang::En, QStringLiteral("Tourism development")},
                             {lang::Zh, QStringLiteral("旅游发展")},
                             {lang::Es, QStringLiteral("Desarrollo turístico")}};
            Theme heritage = tourism;
            heritage.key = QStringLiteral("heritage_protection");
            heritage.names = {{lang::En, QStringLiteral("Heritage protection")},
                              {lang::Zh, QStringLiteral("遗产保护")},
                              {lang::Es, QStringLiteral("Protección del patrimonio")}};
            Source survey;
            survey.uid = QStringLiteral("src:survey");
            survey.kind = QStringLiteral("survey");
            survey.titles = {{lang::En, QStringLiteral("China-Mexico city exchange survey")},
                             {lang::Zh, QStringLiteral("中墨城市交流调查")},
                             {lang::Es, QStringLiteral("Encuesta del intercambio de ciudades China-México")}};
            survey.date = QDate(2021, 3, 15);
            Actor mexico;
            mexico.uid = QStringLiteral("city:mexico-city");
            mexico.countryCode = QStringLiteral("MX");
            mexico.names = {{lang::En, QStringLiteral("Mexico City")},
                            {lang::Zh, QStringLiteral("墨西哥城")},
                            {lang::Es, QStringLiteral("Ciudad de México")}};
            Actor luoyang;
            luoyang.uid = QStringLiteral("city:luoyang");
            luoyang.countryCode = QStringLiteral("CN");
            luoyang.names = {{lang::En, QStringLiteral("Luoyang")},
                             {lang::Zh, QStringLiteral("洛阳")},
                             {lang::Es, QStringLiteral("Luoyang")}};
            if (!store.catalog().saveTheme(tourism, err) || !store.catalog().saveTheme(heritage, err)
                || !store.catalog().saveSource(survey, err) || !store.actors().save(mexico, err)
                || !store.actors().save(luoyang, err))
                return false;
            Event webinar;
            webinar.uid = QStringLiteral("event:webinar");
            webinar.kind = QStringLiteral("webinar");
            webinar.titles = {{lang::En, QStringLiteral("China-Mexico Cities Webinar")},
                              {lang::Zh, QStringLiteral("中墨城市网络研讨会")},
                              {lang::Es, QStringLiteral("Seminario web de ciudades China-México")}};
            webinar.date = QDate(2021, 3, 15);
            webinar.sourceId = survey.id;
            webinar.participations = {{0, 0, luoyang.id, QStringLiteral("speaker"), QStringLiteral("Li Wei"),
                                       QStringLiteral("Deputy Mayor"), 0},
                                      {0, 0, mexico.id, QStringLiteral("participant"), {}, {}, 0}};
            Statement offer{0, StatementKind::Offer, luoyang.id, 0, heritage.id, 1.0, 0, survey.id, survey.date,
                            QStringLiteral("digital heritage exhibition")};
            Interest wish{0, mexico.id, 0, luoyang.id, {}, 0.8, 0, {tourism.id}, survey.id, survey.date,
                          QStringLiteral("wants to learn from Luoyang's heritage tourism")};
            m_mexico = mexico.id;
            m_luoyang = luoyang.id;
            m_tourism = tourism.id;
            return store.events().save(webinar, err) && store.evidence().saveStatement(offer, err)
                   && store.evidence().saveInterest(wish, err);
        },
        &error);
    QVERIFY2(filled, qPrintable(error));
    QVERIFY2(m_document->reload(&error), qPrintable(error));
    m_panel = std::make_unique<EditorPanel>(m_document.get());
    m_panel->resize(460, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestEditorPanel::cleanup()
{
    m_panel.reset();
    m_document.reset();
}

void TestEditorPanel::addPriorityAndUndo()
{
    QSignalSpy titles(m_panel.get(), &EditorPanel::titleChanged);
    m_panel->editStatements(m_luoyang);
    QVERIFY(titles.count() >= 1);
    QVERIFY(titles.last().constFirst().toString().contains(QStringLiteral("Luoyang")));
    StatementsEditor* editor = m_panel->statementsEditor();
    QCOMPARE(editor->model()->rowCount(), 1);
    QTest::mouseClick(child<QPushButton>(editor, "newPriority"), Qt::LeftButton);
    // Saving without a theme is refused under the theme.
    QTest::mouseClick(child<QPushButton>(editor, "save"), Qt::LeftButton);
    QVERIFY(child<QLabel>(editor, "error_theme")->isVisible());
    QCOMPARE(m_document->undoStack()->count(), 0);

    // Typing picks the theme the way a completer would; the combo then holds the full label.
    auto* theme = child<QComboBox>(editor, "theme");
    QTest::keyClicks(theme->lineEdit(), QStringLiteral("Tourism development"));
    theme->setCurrentIndex(theme->findData(m_tourism));
    auto* weight = child<QDoubleSpinBox>(editor, "weight");
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("0.75"));
    QTest::keyClicks(child<QLineEdit>(editor, "note"), QStringLiteral("night-time economy"));
    QTest::mouseClick(child<QPushButton>(editor, "save"), Qt::LeftButton);
    QVERIFY2(editor->statusText().startsWith(QStringLiteral("Saved")), qPrintable(editor->statusText()));
    QCOMPARE(editor->model()->rowCount(), 2);
    const QList<const Statement*> statements = m_document->data().statementsOf(m_luoyang);
    QCOMPARE(statements.size(), 2);
    const auto priority = std::find_if(statements.cbegin(), statements.cend(),
                                       [](const Statement* s) { return s->kind == StatementKind::Priority; });
    QVERIFY(priority != statements.cend());
    QCOMPARE((*priority)->themeId, m_tourism);
    QCOMPARE((*priority)->weight, 0.75);
    QCOMPARE((*priority)->note, QStringLiteral("night-time economy"));
    QCOMPARE((*priority)->date, QDate(2021, 3, 15)); // dated like its source

    // Edit the weight of the selected row, then undo both.
    child<QTableView>(editor, "statements")->selectRow(0);
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("0.5"));
    QTest::mouseClick(child<QPushButton>(editor, "save"), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), 2);
    QVERIFY(m_document->undo());
    QVERIFY(m_document->undo());
    QCOMPARE(m_document->data().statementsOf(m_luoyang).size(), 1);
    QCOMPARE(editor->model()->rowCount(), 1);
}

void TestEditorPanel::weightOutsideTheRangeCannotBeEntered()
{
    m_panel->editStatements(m_luoyang);
    auto* weight = child<QDoubleSpinBox>(m_panel->statementsEditor(), "weight");
    QCOMPARE(weight->minimum(), 0.0);
    QCOMPARE(weight->maximum(), 1.0);
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("7"));
    QVERIFY(weight->value() <= 1.0);
}

void TestEditorPanel::selfInterestIsRefused()
{
    m_panel->addInterest(m_mexico);
    InterestsEditor* editor = m_panel->interestsEditor();
    QCOMPARE(editor->model()->rowCount(), 1);
    const qsizetype before = m_document->data().interests.size();
    QTest::keyClicks(child<QComboBox>(editor, "partner")->lineEdit(), QStringLiteral("Mexico City (Mexico)"));
    QTest::mouseClick(child<QPushButton>(editor, "save"), Qt::LeftButton);
    QLabel* error = child<QLabel>(editor, "error_target");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("itself")), qPrintable(error->text()));
    QVERIFY(editor->statusText().startsWith(QStringLiteral("Not saved")));
    QCOMPARE(m_document->data().interests.size(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestEditorPanel::interestInACountry()
{
    m_panel->addInterest(m_luoyang);
    InterestsEditor* editor = m_panel->interestsEditor();
    QCOMPARE(editor->model()->rowCount(), 0);
    QTest::mouseClick(child<QRadioButton>(editor, "toCountry"), Qt::LeftButton);
    QTest::keyClicks(child<QComboBox>(editor, "country")->lineEdit(), QStringLiteral("Mexico (MX)"));
    auto* themes = child<QListWidget>(editor, "themes");
    QVERIFY(themes->count() >= 2);
    themes->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(editor, "save"), Qt::LeftButton);
    QVERIFY2(editor->statusText().startsWith(QStringLiteral("Saved")), qPrintable(editor->statusText()));
    const QList<const Interest*> from = m_document->data().interestsFrom(m_luoyang);
    QCOMPARE(from.size(), 1);
    QCOMPARE(from.constFirst()->toCountry, QStringLiteral("MX"));
    QCOMPARE(from.constFirst()->themeIds.size(), 1);
    QCOMPARE(editor->model()->rowCount(), 1);
    QVERIFY(m_document->undo());
    QVERIFY(m_document->data().interestsFrom(m_luoyang).isEmpty());
}

void TestEditorPanel::eventWithParticipationsAndUndo()
{
    m_panel->addEvent();
    EventForm* form = m_panel->eventForm();
    QTest::mouseClick(child<QPushButton>(form, "save"), Qt::LeftButton);
    QVERIFY(child<QLabel>(form, "error_title")->isVisible());
    QCOMPARE(m_document->undoStack()->count(), 0);

    QTest::keyClicks(child<QLineEdit>(form, "titleEn"), QStringLiteral("Silk Road Heritage Forum"));
    // QTest types ASCII only; Chinese arrives as an input method's commit.
    child<QLineEdit>(form, "titleZh")->insert(QStringLiteral("丝路遗产论坛"));
    QTest::keyClicks(child<QComboBox>(form, "participant")->lineEdit(), QStringLiteral("Luoyang (China)"));
    QTest::keyClicks(child<QLineEdit>(form, "person"), QStringLiteral("Li Wei"));
    QTest::mouseClick(child<QPushButton>(form, "addParticipant"), Qt::LeftButton);
    QVERIFY2(form->participationModel()->rowCount() == 1,
             qPrintable(child<QLabel>(form, "error_participations")->text() + child<QComboBox>(form, "participant")->currentText()));
    QTest::keyClicks(child<QComboBox>(form, "participant")->lineEdit(), QStringLiteral("Mexico City (Mexico)"));
    QTest::mouseClick(child<QPushButton>(form, "addParticipant"), Qt::LeftButton);
    QCOMPARE(form->participationModel()->rowCount(), 2);
    QTest::mouseClick(child<QPushButton>(form, "save"), Qt::LeftButton);
    QVERIFY2(form->eventId() != 0, qPrintable(form->statusText()));
    const Event* saved = m_document->data().event(form->eventId());
    QVERIFY(saved);
    QCOMPARE(saved->titles.exact(lang::Zh), QStringLiteral("丝路遗产论坛"));
    QCOMPARE(saved->participations.size(), 2);
    QCOMPARE(saved->participations.constFirst().person, QStringLiteral("Li Wei"));
    QCOMPARE(m_document->data().eventsOf(m_mexico).size(), 2);

    // Remove one participant and save: one more undoable edit.
    child<QTableView>(form, "participations")->selectRow(1);
    QTest::mouseClick(child<QPushButton>(form, "removeParticipant"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(form, "save"), Qt::LeftButton);
    QCOMPARE(m_document->data().event(form->eventId())->participations.size(), 1);
    QCOMPARE(m_document->undoStack()->count(), 2);
    QVERIFY(m_document->undo());
    QCOMPARE(m_document->data().eventsOf(m_mexico).size(), 2);
    QVERIFY(m_document->undo());
    QCOMPARE(m_document->data().events.size(), 1);
}

void TestEditorPanel::participantListedTwiceIsRefused()
{
    m_panel->editEvent(m_document->data().events.constFirst().id);
    EventForm* form = m_panel->eventForm();
    QCOMPARE(form->participationModel()->rowCount(), 2);
    QTest::keyClicks(child<QComboBox>(form, "participant")->lineEdit(), QStringLiteral("Luoyang (China)"));
    child<QComboBox>(form, "role")->setCurrentIndex(child<QComboBox>(form, "role")->findData(QStringLiteral("speaker")));
    QVERIFY(!form->addParticipation());
    QVERIFY(child<QLabel>(form, "error_participations")->isVisible());
    QCOMPARE(form->participationModel()->rowCount(), 2);
}

void TestEditorPanel::modelsPassTester()
{
    const WorkspaceData& data = m_document->data();
    StatementTableModel statements;
    QAbstractItemModelTester t1(&statements, QAbstractItemModelTester::FailureReportingMode::QtTest);
    statements.setActor(data, m_luoyang);
    QCOMPARE(statements.rowCount(), 1);
    QCOMPARE(statements.columnCount(), int(StatementTableModel::ColumnCount));
    QCOMPARE(statements.index(0, StatementTableModel::NoteColumn).data().toString(),
             QStringLiteral("digital heritage exhibition"));
    statements.setActor(data, 0);
    QCOMPARE(statements.rowCount(), 0);

    InterestTableModel interests;
    QAbstractItemModelTester t2(&interests, QAbstractItemModelTester::FailureReportingMode::QtTest);
    interests.setActor(data, m_mexico);
    QCOMPARE(interests.rowCount(), 1);
    QCOMPARE(interests.columnCount(), int(InterestTableModel::ColumnCount));
    QCOMPARE(interests.index(0, InterestTableModel::TargetColumn).data().toString(), QStringLiteral("Luoyang"));

    ParticipationTableModel participations;
    QAbstractItemModelTester t3(&participations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    participations.setParticipations(data, data.events.constFirst().participations);
    QCOMPARE(participations.rowCount(), 2);
    QCOMPARE(participations.columnCount(), int(ParticipationTableModel::ColumnCount));
    QCOMPARE(participations.index(0, ParticipationTableModel::PersonColumn).data().toString(), QStringLiteral("Li Wei"));
}

void TestEditorPanel::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << lang::En;
    QTest::newRow("zh") << lang::Zh;
    QTest::newRow("es") << lang::Es;
}

void TestEditorPanel::screenshots()
{
    QFETCH(QString, language);
    installLanguage(language);
    const QString folder = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    struct Page
    {
        QString name;
        std::function<void()> show;
    };
    const QList<Page> pages{
        {QStringLiteral("city"), [&] { m_panel->editActor(m_luoyang); }},
        {QStringLiteral("newcity"),
         [&] {
             m_panel->addCity();
             QTest::keyClicks(m_panel->findChild<QLineEdit*>(QStringLiteral("latitude")), QStringLiteral("95"));
             QTest::mouseClick(m_panel->actorForm()->findChild<QPushButton*>(QStringLiteral("save")), Qt::LeftButton);
         }},
        {QStringLiteral("institution"), [&] { m_panel->addInstitution(); }},
        {QStringLiteral("statements"), [&] { m_panel->editStatements(m_luoyang); }},
        {QStringLiteral("interests"), [&] { m_panel->editInterests(m_mexico); }},
        {QStringLiteral("event"), [&] { m_panel->editEvent(m_document->data().events.constFirst().id); }},
    };
    for (const Page& page : pages) {
        page.show();
        QCoreApplication::processEvents();
        // Every label fits: none is cut off at the panel's width.
        for (QLabel* label : m_panel->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(m_panel.get()) || label->wordWrap() || label->text().isEmpty())
                continue;
            QVERIFY2(label->width() >= label->sizeHint().width() - 1,
                     qPrintable(QStringLiteral("%1 / %2: “%3” is cut off").arg(language, page.name, label->text())));
        }
        for (QPushButton* button : m_panel->findChildren<QPushButton*>()) {
            if (!button->isVisibleTo(m_panel.get()))
                continue;
            QVERIFY2(button->width() >= button->sizeHint().width() - 1,
                     qPrintable(QStringLiteral("%1 / %2: button “%3” is cut off").arg(language, page.name, button->text())));
        }
        const QPixmap shot = m_panel->grab();
        QVERIFY(!shot.isNull());
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            QVERIFY(shot.save(QDir(folder).filePath(page.name + QLatin1Char('-') + language + QStringLiteral(".png"))));
        }
    }
}

QTEST_MAIN(TestEditorPanel)
#include "tst_editorpanel.moc"
