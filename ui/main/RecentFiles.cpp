// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace cb::ui {

RecentFiles::RecentFiles(const QString& settingsKey) : m_key(settingsKey) {}

QStringList RecentFiles::files() const
{
    const QStringList all = stored();
    QStringList existing;
    for (const QString& path : all) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    }
    if (existing.size() > MaximumCount)
        existing = existing.mid(0, MaximumCount);
    if (existing != all)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString& path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = stored();
    list.removeAll(absolute);
    list.prepend(absolute);
    if (list.size() > MaximumCount)
        list = list.mid(0, MaximumCount);
    store(list);
}

void RecentFiles::remove(const QString& path) const
{
    QStringList list = stored();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0 || list.removeAll(path) > 0)
        store(list);
}

void RecentFiles::clear() const
{
    store({});
}

QStringList RecentFiles::stored() const
{
    return QSettings().value(m_key).toStringList();
}

void RecentFiles::store(const QStringList& files) const
{
    QSettings().setValue(m_key, files);
}

} // namespace cb::ui
