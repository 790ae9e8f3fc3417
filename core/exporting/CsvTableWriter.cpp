// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTableWriter.h"

#include "FormulaGuard.h"
#include "WriteError.h"

#include <QIODevice>

#include <cmath>

namespace cb {

namespace {

QString numberText(const QVariant& value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double v = value.toDouble();
        if (!std::isfinite(v))
            return {};
        // 'g' with 15 digits round-trips what the workspace stores and never uses the locale's comma.
        return QString::number(v, 'g', 15);
    }
    return value.toString();
}

} // namespace

QString CsvTableWriter::quote(const QString& text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvTableWriter::field(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (formulaguard::isNumber(value))
        return numberText(value);
    return quote(formulaguard::neutralise(value.toString()));
}

bool CsvTableWriter::write(const ExportTable& table, QIODevice* device)
{
    m_error.clear();
    if (!device || !device->isWritable()) {
        m_error = tr("The CSV file is not open for writing.");
        return false;
    }
    QByteArray chunk("\xEF\xBB\xBF");
    QStringList line;
    for (const ExportColumn& column : table.columns)
        line.append(field(column.title));
    chunk += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const QVariantList& row : table.rows) {
        line.clear();
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            line.append(field(row.value(i)));
        chunk += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (chunk.size() > (1 << 16)) {
            if (device->write(chunk) != chunk.size()) {
                m_error = tr("Could not write the CSV data: %1").arg(writeErrorText(device));
                return false;
            }
            chunk.clear();
        }
    }
    if (device->write(chunk) != chunk.size()) {
        m_error = tr("Could not write the CSV data: %1").arg(writeErrorText(device));
        return false;
    }
    return true;
}

} // namespace cb
