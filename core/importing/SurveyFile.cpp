// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyFile.h"

#include "io/TableReader.h"
#include "io/TableReaderFactory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace cb {

bool SurveyFile::read(const QString& filePath, const TableReadOptions& options, int sheet, int maxRows,
                      QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = tr("%1: %2").arg(QFileInfo(filePath).fileName(), message);
        return false;
    };
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(file.errorString());
    if (!file.seek(0))
        return fail(file.errorString());
    QString openError;
    const std::unique_ptr<TableReader> reader = openTable(&file, filePath, options, &openError);
    if (!reader)
        return fail(openError);
    const QStringList sheets = reader->sheetNames();
    if (sheet < 0 || sheet >= sheets.size())
        return fail(tr("There is no sheet %1; the file has %n sheet(s).", "", static_cast<int>(sheets.size()))
                        .arg(sheet + 1));
    QList<QStringList> read;
    if (!reader->read(sheet, maxRows, &read))
        return fail(reader->errorString());
    path = filePath;
    sheetNames = sheets;
    rows = read;
    sha256 = hash.result();
    return true;
}

} // namespace cb
