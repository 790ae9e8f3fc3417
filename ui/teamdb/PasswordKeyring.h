// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace cb::ui {

/**
 * Team-database passwords in the system keyring (qtkeychain: the Secret Service, KWallet, the macOS Keychain or the
 * Windows credential store), filed under the connection's display string, which holds no password. There is no
 * fallback to a settings file: when no keyring answers, available() says why and the password is asked each time.
 */
class PasswordKeyring
{
public:
    explicit PasswordKeyring(const QString& service = QStringLiteral("CityBridge"));

    /** Whether a keyring answers; if not, *why (translated) says what is missing. Asks it once per process. */
    bool available(QString* why = nullptr) const;
    /** The password stored for this connection, or nothing (none stored, or no keyring). */
    std::optional<QString> read(const QString& connection) const;
    bool write(const QString& connection, const QString& password, QString* error) const;
    /** Forgets the password stored for this connection (nothing happens when there is none). */
    void remove(const QString& connection) const;

private:
    QString m_service;
};

} // namespace cb::ui
