// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionInfo.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::ConnectionInfo", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool ConnectionInfo::isUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ConnectionInfo> ConnectionInfo::parse(const QString& text, QString* error)
{
    if (!isUrl(text)) {
        fail(error, tr("A database address starts with postgresql://"));
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // The address may hold a password: the message names only what is wrong.
        fail(error, tr("The database address is not a valid URL (postgresql://user@host:port/database)."));
        return std::nullopt;
    }
    ConnectionInfo info;
    info.host = url.host();
    info.user = url.userName();
    info.password = url.password();
    info.port = url.port(0);
    info.database = url.path().mid(1);
    if (info.database.isEmpty() || info.database.contains(QLatin1Char('/'))) {
        fail(error, tr("The database address names no database (postgresql://host/database)."));
        return std::nullopt;
    }
    static const QRegularExpression sslModes(QStringLiteral("^(disable|allow|prefer|require|verify-ca|verify-full)$"));
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!sslModes.match(value).hasMatch()) {
                fail(error, tr("Unknown sslmode \"%1\" (disable, allow, prefer, require, verify-ca, verify-full).")
                                .arg(value));
                return std::nullopt;
            }
            info.sslMode = value;
        } else if (key == QLatin1String("schema")) {
            // A schema name goes into SET search_path, so only plain lower-case names are accepted.
            if (!identifier.match(value).hasMatch()) {
                fail(error, tr("The schema name \"%1\" is not accepted: use lower-case letters, digits and _.")
                                .arg(value));
                return std::nullopt;
            }
            info.schema = value;
        } else if (key == QLatin1String("host")) {
            // libpq's form for a Unix socket directory: postgresql:///db?host=/run/postgresql
            info.host = value;
        } else {
            fail(error, tr("Unknown database address option \"%1\" (sslmode, schema, host).").arg(key));
            return std::nullopt;
        }
    }
    return info;
}

QString ConnectionInfo::displayString() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        text += host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList options;
    if (host.startsWith(QLatin1Char('/')))
        options << QStringLiteral("host=") + host;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!schema.isEmpty())
        options << QStringLiteral("schema=") + schema;
    if (!options.isEmpty())
        text += QLatin1Char('?') + options.join(QLatin1Char('&'));
    return text;
}

QString ConnectionInfo::connectOptions() const
{
    QStringList options{QStringLiteral("application_name=CityBridge")};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    return options.join(QLatin1Char(';'));
}

} // namespace cb
