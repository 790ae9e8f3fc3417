// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteError.h"

#include <QCoreApplication>
#include <QFile>

namespace cb {

QString writeErrorText(const QIODevice* device)
{
    const auto* file = qobject_cast<const QFileDevice*>(device);
    if (file && file->error() != QFileDevice::NoError) {
        // A file device whose last system call left no errno keeps QIODevice's placeholder text, the one an
        // untouched device gives too.
        const QString text = file->errorString();
        if (!text.isEmpty() && text != QFile().errorString())
            return text;
    }
    return QCoreApplication::translate("cb::Exporter", "not all of the data could be written (is the disk full?)");
}

} // namespace cb
