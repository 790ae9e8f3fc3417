// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cb::ui {

/** The most recently opened workspaces, newest first, kept in QSettings; files that vanished are dropped. */
class RecentFiles
{
public:
    static constexpr int MaximumCount = 8;

    explicit RecentFiles(const QString& settingsKey = QStringLiteral("recentWorkspaces"));

    /** The remembered files that still exist, newest first; missing ones are removed from the settings. */
    QStringList files() const;
    /** Puts a file first (absolute path), dropping older entries beyond MaximumCount. */
    void add(const QString& path) const;
    void remove(const QString& path) const;
    void clear() const;

private:
    QStringList stored() const;
    void store(const QStringList& files) const;

    QString m_key;
};

} // namespace cb::ui
