// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/postgres/ConnectionInfo.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cb::ui {

class PasswordKeyring;

/**
 * File > Connect to Team Database: host, port, database, the officer's own role and password, SSL mode, and whether
 * to remember the password in the system keyring (only offered when one answers; otherwise the dialog says so and
 * the password is asked each time). Test Connection only logs in; Connect hands the connection to the window and
 * stays open with the reason when it fails. Recent connections are remembered as display strings, never with the
 * password.
 */
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    /** Opens the workspace in the database; false with a translated *error keeps the dialog open. */
    using Connector = std::function<bool(const ConnectionInfo& info, QString* error)>;

    ConnectionDialog(Connector connector, const PasswordKeyring& keyring, QWidget* parent = nullptr);

    /** Fills the fields from info (e.g. a --database address), the password from the keyring when it has one. */
    void setConnection(const ConnectionInfo& info);
    /** What the fields describe, with the password typed. */
    ConnectionInfo connection() const;
    /** Shows a message (e.g. why the last attempt failed) above the buttons. */
    void showMessage(const QString& text, bool error);
    QString message() const;

    /** Logs in with the fields' values and reports the outcome in the dialog; true when it worked. */
    bool testConnection();
    /** Opens the workspace through the connector; on success remembers the connection and closes. */
    bool connectToDatabase();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void chooseRecent(int index);
    void updateButtons();

    Connector m_connector;
    const PasswordKeyring& m_keyring;
    bool m_keyringAvailable = false;
    QString m_keyringProblem;
    QLabel* m_intro;
    QLabel* m_recentLabel;
    QComboBox* m_recent;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_databaseLabel;
    QLineEdit* m_database;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_sslLabel;
    QComboBox* m_ssl;
    QCheckBox* m_remember;
    QLabel* m_keyringNote;
    QLabel* m_message;
    QPushButton* m_test;
    QPushButton* m_connect;
    QPushButton* m_cancel;
    QString m_schema; ///< kept from setConnection(): not a field, but part of the address
};

} // namespace cb::ui
