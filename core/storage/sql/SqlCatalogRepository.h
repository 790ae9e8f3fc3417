// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CatalogRepository.h"

#include <QSqlDatabase>

namespace cb {

class SqlCatalogRepository final : public CatalogRepository
{
public:
    explicit SqlCatalogRepository(QSqlDatabase& db)
        : m_db(db)
    {
    }

    bool saveCountries(const QList<Country>& countries, QString* error) override;
    QList<Country> countries(QString* error) override;
    bool saveTheme(Theme& theme, QString* error) override;
    QList<Theme> themes(QString* error) override;
    bool saveSource(Source& source, QString* error) override;
    QList<Source> sources(QString* error) override;
    bool removeCountry(const QString& code, QString* error) override;
    bool removeTheme(const QString& key, QString* error) override;
    bool removeSource(const QString& uid, QString* error) override;

private:
    QSqlDatabase& m_db;
};

} // namespace cb
