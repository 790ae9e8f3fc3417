// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"

#include "PasswordKeyring.h"
#include "RecentConnections.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

const QStringList SslModes = {QStringLiteral("prefer"),  QStringLiteral("require"),   QStringLiteral("verify-ca"),
                              QStringLiteral("verify-full"), QStringLiteral("allow"), QStringLiteral("disable")};

// Logs in and out again; the server's version on success. Nothing is created or changed in the database.
bool tryLogin(const ConnectionInfo& info, QString* serverVersion, QString* error)
{
    const QString name = QStringLiteral("citybridge-test-login-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(info.host);
        db.setPort(info.port > 0 ? info.port : 5432);
        db.setDatabaseName(info.database);
        db.setUserName(info.user);
        db.setPassword(info.password);
        db.setConnectOptions(info.connectOptions() + QStringLiteral(";connect_timeout=10"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SHOW server_version")) && query.next()) {
                *serverVersion = query.value(0).toString();
                ok = true;
            } else {
                *error = query.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

ConnectionDialog::ConnectionDialog(Connector connector, const PasswordKeyring& keyring, QWidget* parent)
    : QDialog(parent), m_connector(std::move(connector)), m_keyring(keyring)
{
    setObjectName(QStringLiteral("connectionDialog"));
    m_keyringAvailable = m_keyring.available(&m_keyringProblem);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_recentLabel = new QLabel(this);
    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_hostLabel = new QLabel(this);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_portLabel = new QLabel(this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_databaseLabel = new QLabel(this);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_userLabel = new QLabel(this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslLabel = new QLabel(this);
    m_ssl = new QComboBox(this);
    m_ssl->setObjectName(QStringLiteral("sslMode"));
    for (const QString& mode : SslModes)
        m_ssl->addItem(QString(), mode);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setEnabled(m_keyringAvailable);
    m_keyringNote = new QLabel(this);
    m_keyringNote->setObjectName(QStringLiteral("keyringNote"));
    m_keyringNote->setWordWrap(true);
    m_keyringNote->setVisible(!m_keyringAvailable);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    for (QLabel* label : {m_hostLabel, m_portLabel, m_databaseLabel, m_userLabel, m_passwordLabel, m_sslLabel,
                          m_recentLabel})
        label->setWordWrap(false);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_sslLabel->setBuddy(m_ssl);
    m_recentLabel->setBuddy(m_recent);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_recentLabel, m_recent);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_sslLabel, m_ssl);

    // Test Connection on the left, apart from the buttons that end the dialog.
    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_keyringNote);
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_test);
    buttonRow->addStretch(1);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);

    // Recent connections: display strings only; choosing one fills the fields (and the password, when remembered).
    const QStringList recent = RecentConnections().connections();
    m_recent->addItem(QString());
    for (const QString& shown : recent)
        m_recent->addItem(shown, shown);
    m_recentLabel->setVisible(!recent.isEmpty());
    m_recent->setVisible(!recent.isEmpty());
    connect(m_recent, &QComboBox::activated, this, &ConnectionDialog::chooseRecent);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectToDatabase);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);

    retranslate();
    updateButtons();
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void ConnectionDialog::setConnection(const ConnectionInfo& info)
{
    m_host->setText(info.host);
    m_port->setValue(info.port > 0 ? info.port : 5432);
    m_database->setText(info.database);
    m_user->setText(info.user);
    const int ssl = m_ssl->findData(info.sslMode.isEmpty() ? QStringLiteral("prefer") : info.sslMode);
    m_ssl->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_schema = info.schema;
    QString password = info.password;
    if (password.isEmpty()) {
        ConnectionInfo shown = info;
        shown.password.clear();
        if (const std::optional<QString> stored = m_keyring.read(shown.displayString())) {
            password = *stored;
            m_remember->setChecked(true);
        }
    }
    m_password->setText(password);
}

ConnectionInfo ConnectionDialog::connection() const
{
    ConnectionInfo info;
    info.host = m_host->text().trimmed();
    info.port = m_port->value();
    info.database = m_database->text().trimmed();
    info.user = m_user->text().trimmed();
    info.password = m_password->text();
    const QString ssl = m_ssl->currentData().toString();
    info.sslMode = ssl == QLatin1String("prefer") ? QString() : ssl;
    info.schema = m_schema;
    return info;
}

void ConnectionDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(error ? QStringLiteral("color: #d32f2f;") : QString());
    m_message->setProperty("error", error);
}

QString ConnectionDialog::message() const
{
    return m_message->text();
}

bool ConnectionDialog::testConnection()
{
    const ConnectionInfo info = connection();
    showMessage(tr("Connecting to %1…").arg(info.displayString()), false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString version;
    QString error;
    const bool ok = tryLogin(info, &version, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        showMessage(tr("Could not log in to %1: %2").arg(info.displayString(), error.trimmed()), true);
        return false;
    }
    showMessage(tr("Logged in to %1 as %2 (PostgreSQL %3). Connect opens its workspace.")
                    .arg(info.database, info.user, version),
                false);
    return true;
}

bool ConnectionDialog::connectToDatabase()
{
    const ConnectionInfo info = connection();
    showMessage(tr("Connecting to %1…").arg(info.displayString()), false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = m_connector && m_connector(info, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        showMessage(tr("Could not open the workspace in %1: %2").arg(info.displayString(), error.trimmed()), true);
        return false;
    }
    const QString shown = info.displayString();
    if (m_keyringAvailable) {
        QString problem;
        if (m_remember->isChecked() && !info.password.isEmpty()) {
            if (!m_keyring.write(shown, info.password, &problem)) {
                showMessage(problem, true);
                RecentConnections().add(info);
                return false;
            }
        } else {
            m_keyring.remove(shown);
        }
    }
    RecentConnections().add(info);
    m_password->clear();
    accept();
    return true;
}

void ConnectionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectionDialog::retranslate()
{
    setWindowTitle(tr("Connect to Team Database"));
    m_intro->setText(tr("Work on your team's shared workspace in a PostgreSQL database. Log in with your own role: "
                        "the decision log records it with everything you change."));
    m_recentLabel->setText(tr("&Recent:"));
    m_recent->setItemText(0, tr("(choose a recent connection)"));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("e.g. db.example.org"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("Your &role:"));
    m_user->setPlaceholderText(tr("your PostgreSQL user name"));
    m_passwordLabel->setText(tr("&Password:"));
    m_sslLabel->setText(tr("&SSL mode:"));
    const QStringList sslTexts = {tr("Prefer encryption (default)"), tr("Require encryption"),
                                  tr("Require encryption, verify the certificate"),
                                  tr("Require encryption, verify the certificate and host name"),
                                  tr("Allow encryption"), tr("No encryption")};
    for (int i = 0; i < sslTexts.size(); ++i)
        m_ssl->setItemText(i, sslTexts[i]);
    m_remember->setText(tr("Remember the password in the system &keyring"));
    m_keyring.available(&m_keyringProblem);
    m_keyringNote->setText(m_keyringProblem);
    m_test->setText(tr("&Test Connection"));
    m_connect->setText(tr("&Connect"));
}

void ConnectionDialog::chooseRecent(int index)
{
    const QString shown = m_recent->itemData(index).toString();
    if (shown.isEmpty())
        return;
    QString error;
    const std::optional<ConnectionInfo> info = ConnectionInfo::parse(shown, &error);
    if (!info) {
        showMessage(error, true);
        return;
    }
    m_remember->setChecked(false);
    setConnection(*info);
    showMessage(QString(), false);
}

void ConnectionDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                          && !m_user->text().trimmed().isEmpty();
    m_test->setEnabled(complete);
    m_connect->setEnabled(complete);
}

} // namespace cb::ui
