// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Country.h"
#include "domain/Source.h"
#include "domain/Theme.h"

#include <QList>

namespace cb {

/** Reference data: countries, the theme taxonomy and the sources facts cite. */
class CatalogRepository
{
public:
    virtual ~CatalogRepository() = default;

    virtual bool saveCountries(const QList<Country>& countries, QString* error) = 0;
    virtual QList<Country> countries(QString* error) = 0;

    virtual bool saveTheme(Theme& theme, QString* error) = 0;
    virtual QList<Theme> themes(QString* error) = 0;

    virtual bool saveSource(Source& source, QString* error) = 0;
    virtual QList<Source> sources(QString* error) = 0;

    // For undo of an import or merge: the reference rows it added. Refused (foreign keys) while anything cites them.
    virtual bool removeCountry(const QString& code, QString* error) = 0;
    virtual bool removeTheme(const QString& key, QString* error) = 0;
    virtual bool removeSource(const QString& uid, QString* error) = 0;
};

} // namespace cb
