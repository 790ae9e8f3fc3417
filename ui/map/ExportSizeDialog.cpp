// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSizeDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace cb::ui {

ExportSizeDialog::ExportSizeDialog(const QSize& initial, QWidget* parent)
    : QDialog(parent)
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
{
    setWindowTitle(tr("Export picture"));
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(200, 10000);
        box->setSingleStep(100);
        box->setSuffix(tr(" px"));
    }
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_width->setValue(initial.width());
    m_height->setValue(initial.height());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(buttons);
}

QSize ExportSizeDialog::chosenSize() const
{
    return QSize(m_width->value(), m_height->value());
}

} // namespace cb::ui
