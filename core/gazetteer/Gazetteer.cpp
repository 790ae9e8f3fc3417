// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gazetteer.h"

#include "text/SearchKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cb {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::Gazetteer", text);
}

const QStringList& requiredColumns()
{
    static const QStringList columns{
        QStringLiteral("geonameid"), QStringLiteral("name"),       QStringLiteral("admin1"),
        QStringLiteral("country_code"), QStringLiteral("country"), QStringLiteral("timezone"),
        QStringLiteral("population"), QStringLiteral("lat"),       QStringLiteral("lon"),
        QStringLiteral("name_zh"),   QStringLiteral("name_es")};
    return columns;
}

} // namespace

const Gazetteer& Gazetteer::bundled()
{
    // A function-local static is initialised once, even when two threads ask at the same time.
    static const Gazetteer instance = [] {
        Gazetteer g;
        QFile file(QStringLiteral(":/gazetteer/cities15000.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            g.m_error = tr("The bundled gazetteer cannot be read: %1").arg(file.errorString());
        else
            g.load(file);
        return g;
    }();
    return instance;
}

bool Gazetteer::load(QIODevice& device)
{
    m_entries.clear();
    m_keys.clear();
    m_error.clear();
    const QStringList header = QString::fromUtf8(device.readLine()).trimmed().split(QLatin1Char('\t'));
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header[i], i);
    for (const QString& name : requiredColumns()) {
        if (!column.contains(name)) {
            m_error = tr("The gazetteer has no column “%1”.").arg(name);
            return false;
        }
    }
    const int width = static_cast<int>(header.size());
    int lineNumber = 1;
    while (!device.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(device.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        bool idOk = false;
        bool latOk = false;
        bool lonOk = false;
        GazetteerEntry e;
        if (cells.size() == width) {
            const auto cell = [&](const QString& name) { return cells[column.value(name)]; };
            e.geonameId = cell(QStringLiteral("geonameid")).toLongLong(&idOk);
            e.name = cell(QStringLiteral("name"));
            e.adminRegion = cell(QStringLiteral("admin1"));
            e.countryCode = cell(QStringLiteral("country_code"));
            e.countryName = cell(QStringLiteral("country"));
            e.timezone = cell(QStringLiteral("timezone"));
            e.population = cell(QStringLiteral("population")).toLongLong();
            e.latitude = cell(QStringLiteral("lat")).toDouble(&latOk);
            e.longitude = cell(QStringLiteral("lon")).toDouble(&lonOk);
            e.nameZh = cell(QStringLiteral("name_zh"));
            e.nameEs = cell(QStringLiteral("name_es"));
        }
        if (!idOk || !latOk || !lonOk || e.name.isEmpty() || e.latitude < -90 || e.latitude > 90
            || e.longitude < -180 || e.longitude > 180) {
            m_error = tr("Line %1 of the gazetteer is malformed.").arg(lineNumber);
            m_entries.clear();
            return false;
        }
        m_entries.push_back(std::move(e));
    }
    m_keys.reserve(m_entries.size() * 2);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const GazetteerEntry& e = m_entries[i];
        QSet<QString> keys;
        for (const QString& name : {e.name, e.nameZh, e.nameEs}) {
            const QString key = searchKey(name);
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.insert(key);
                m_keys.emplace_back(key, static_cast<int>(i));
            }
        }
    }
    std::sort(m_keys.begin(), m_keys.end());
    return true;
}

QList<GazetteerEntry> Gazetteer::search(const QString& text, int limit) const
{
    const QString key = searchKey(text);
    if (key.isEmpty() || limit <= 0)
        return {};
    // Keys are sorted, so every key with this prefix sits in one run starting at the lower bound.
    auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), key,
                               [](const std::pair<QString, int>& a, const QString& k) { return a.first < k; });
    QHash<int, bool> found; // entry -> one of its names equals the query (breaks population ties)
    for (; it != m_keys.cend() && it->first.startsWith(key); ++it) {
        bool& exact = found[it->second];
        exact = exact || it->first.size() == key.size();
    }
    std::vector<std::pair<int, bool>> hits;
    hits.reserve(static_cast<size_t>(found.size()));
    for (auto h = found.cbegin(); h != found.cend(); ++h)
        hits.emplace_back(h.key(), h.value());
    std::sort(hits.begin(), hits.end(), [this](const std::pair<int, bool>& a, const std::pair<int, bool>& b) {
        const GazetteerEntry& x = m_entries[static_cast<size_t>(a.first)];
        const GazetteerEntry& y = m_entries[static_cast<size_t>(b.first)];
        if (x.population != y.population)
            return x.population > y.population;
        if (a.second != b.second)
            return a.second;
        return x.geonameId < y.geonameId;
    });
    QList<GazetteerEntry> result;
    for (size_t i = 0; i < hits.size() && result.size() < limit; ++i)
        result.append(m_entries[static_cast<size_t>(hits[i].first)]);
    return result;
}

std::optional<GazetteerEntry> Gazetteer::byGeonameId(qint64 id) const
{
    for (const GazetteerEntry& e : m_entries) {
        if (e.geonameId == id)
            return e;
    }
    return std::nullopt;
}

} // namespace cb
