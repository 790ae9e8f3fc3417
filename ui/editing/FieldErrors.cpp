// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldErrors.h"

#include <QLabel>
#include <QPalette>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

// Red that stays readable on light and dark palettes.
QColor errorColor(const QWidget* widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                       : QColor(0xc6, 0x28, 0x28);
}

} // namespace

QLabel* FieldErrors::make(const QString& fieldName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + fieldName);
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor(parent));
    label->setPalette(palette);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    m_labels.insert(fieldName, label);
    return label;
}

QStringList FieldErrors::show(const ValidationResult& result)
{
    clear();
    QStringList unplaced;
    for (auto it = result.errors.cbegin(); it != result.errors.cend(); ++it) {
        QLabel* label = m_labels.value(it.key());
        if (!label) {
            unplaced << it.value();
            continue;
        }
        label->setText(it.value());
        label->setVisible(true);
    }
    return unplaced;
}

void FieldErrors::clear()
{
    for (QLabel* label : std::as_const(m_labels)) {
        label->clear();
        label->setVisible(false);
    }
}

QString FieldErrors::text(const QString& fieldName) const
{
    const QLabel* label = m_labels.value(fieldName);
    return label && label->isVisibleTo(label->parentWidget()) ? label->text() : QString();
}

void FieldErrors::setStatus(QLabel* status, const QString& text, bool error)
{
    status->setText(text);
    status->setVisible(!text.isEmpty());
    QPalette palette = status->parentWidget() ? status->parentWidget()->palette() : status->palette();
    if (error)
        palette.setColor(QPalette::WindowText, errorColor(status));
    status->setPalette(palette);
}

QWidget* FieldErrors::underField(QWidget* field, QLabel* error)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace cb::ui
