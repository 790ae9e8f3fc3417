// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace cb {

/** Language codes used for stored data: "en", "zh", "es" and "native" (the name in the place's own language). */
namespace lang {
inline const QString En = QStringLiteral("en");
inline const QString Zh = QStringLiteral("zh");
inline const QString Es = QStringLiteral("es");
inline const QString Native = QStringLiteral("native");

/** The three interface and brief languages. */
QStringList interfaceLanguages();
/** Maps any locale-like code ("zh_CN", "es-MX", "en_US") to one of en/zh/es; unknown codes give en. */
QString normalize(const QString& code);
/** The order in which stored texts are tried for a requested language: requested, English, native, then any. */
QStringList fallbackChain(const QString& requested);
} // namespace lang

/** A text stored once per language, read through the fallback chain. */
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(std::initializer_list<std::pair<const QString, QString>> values);

    void set(const QString& language, const QString& text);
    /** The text in exactly this language, or an empty string. */
    QString exact(const QString& language) const;
    /** The text in the best available language for the request, following lang::fallbackChain(). */
    QString value(const QString& language) const;
    bool has(const QString& language) const;
    bool isEmpty() const;
    QStringList languages() const;
    const QHash<QString, QString>& all() const { return m_values; }

    bool operator==(const LocalizedText& other) const { return m_values == other.m_values; }
    bool operator!=(const LocalizedText& other) const { return !(*this == other); }

private:
    QHash<QString, QString> m_values;
};

} // namespace cb
