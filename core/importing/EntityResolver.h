// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer/GazetteerEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cb {

class Gazetteer;
struct WorkspaceData;

/** One possible meaning of an uncertain name, for the officer to choose. */
struct ResolutionCandidate
{
    QString choice; ///< "actor:<uid>" or "geoname:<id>", as ColumnMapping::choices stores it
    QString label;  ///< name, region, country and population, in the interface language
};

/** What a name in a survey row stands for. */
struct Resolution
{
    enum class Status
    {
        Existing,  ///< an actor of the workspace
        NewCity,   ///< a gazetteer city to add
        NewActor,  ///< a new actor with just this name (the officer chose "new")
        Uncertain, ///< several candidates, or none: the officer must choose
        Skipped,   ///< the officer chose to skip rows with this name
    };
    Status status = Status::Uncertain;
    QString actorUid;                    ///< Existing
    std::optional<GazetteerEntry> entry; ///< NewCity
    QList<ResolutionCandidate> candidates; ///< Uncertain
    QString reason;                      ///< Uncertain: why, translated
};

/**
 * Matches the names in survey rows to actors of the workspace by any name or alias in any script (Ciudad de
 * México = Mexico City = 墨西哥城 = CDMX), then to cities of the gazetteer, which become new cities with their names
 * in three languages, coordinates, population and time zone. A name that fits several actors or cities, or none,
 * is uncertain: the officer chooses, and the choice is kept in the mapping (ColumnMapping::choices).
 */
class EntityResolver
{
    Q_DECLARE_TR_FUNCTIONS(cb::EntityResolver)

public:
    EntityResolver(const WorkspaceData& data, const Gazetteer& gazetteer);

    /**
     * Resolves name; countryCode (ISO alpha-2, may be empty) narrows the candidates; choice is the officer's
     * choice for this name, if any.
     */
    Resolution resolve(const QString& name, const QString& countryCode, const QString& choice = QString()) const;

private:
    QString candidateLabel(const GazetteerEntry& entry) const;
    QString actorLabel(int index) const;
    QList<GazetteerEntry> gazetteerMatches(const QString& name, const QString& key, const QString& countryCode) const;
    QString existingWithGeoname(qint64 geonameId) const;

    const WorkspaceData& m_data;
    const Gazetteer& m_gazetteer;
    QHash<QString, QList<int>> m_byKey; // search key -> actor indexes
    QHash<qint64, int> m_byGeoname;
};

} // namespace cb
