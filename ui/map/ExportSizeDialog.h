// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSize>

class QSpinBox;

namespace cb::ui {

/** Asks for the size in pixels of an exported picture. */
class ExportSizeDialog : public QDialog
{
    Q_OBJECT

public:
    ExportSizeDialog(const QSize& initial, QWidget* parent = nullptr);

    QSize chosenSize() const;

private:
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
};

} // namespace cb::ui
