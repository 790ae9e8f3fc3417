// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordKeyring.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QTimer>

namespace cb::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::ui::PasswordKeyring", text);
}

// Runs a job to its end; a keyring that does not answer within the time counts as missing.
QKeychain::Error run(QKeychain::Job& job, QString* message = nullptr)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a password in a plain settings file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        if (message)
            *message = QCoreApplication::translate("cb::ui::PasswordKeyring", "the keyring did not answer");
        return QKeychain::OtherError;
    }
    if (message)
        *message = job.errorString();
    return job.error();
}

} // namespace

PasswordKeyring::PasswordKeyring(const QString& service) : m_service(service) {}

bool PasswordKeyring::available(QString* why) const
{
    static QHash<QString, bool> answers; // per service, asked once
    auto it = answers.find(m_service);
    if (it == answers.end()) {
        // Reading an entry that is not there tells a working keyring (EntryNotFound) from a missing one.
        QKeychain::ReadPasswordJob probe(m_service);
        probe.setKey(QStringLiteral("citybridge-keyring-probe"));
        const QKeychain::Error error = run(probe);
        it = answers.insert(m_service, error == QKeychain::NoError || error == QKeychain::EntryNotFound);
    }
    // qtkeychain's own text is often just "Unknown error" when no secret service runs: the sentence says it, in the
    // interface language of the moment.
    if (why)
        *why = *it ? QString()
                   : tr("No system keyring answered (such as GNOME Keyring or KWallet), so the password cannot be "
                        "remembered: CityBridge asks for it each time.");
    return *it;
}

std::optional<QString> PasswordKeyring::read(const QString& connection) const
{
    if (!available())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(connection);
    if (run(job) != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

bool PasswordKeyring::write(const QString& connection, const QString& password, QString* error) const
{
    QString why;
    if (!available(&why)) {
        if (error)
            *error = why;
        return false;
    }
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(connection);
    job.setTextData(password);
    QString message;
    if (run(job, &message) != QKeychain::NoError) {
        if (error)
            *error = tr("The password could not be stored in the keyring: %1").arg(message);
        return false;
    }
    return true;
}

void PasswordKeyring::remove(const QString& connection) const
{
    if (!available())
        return;
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(connection);
    run(job);
}

} // namespace cb::ui
