// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer/GazetteerEntry.h"

#include <QWidget>

class QCompleter;
class QLineEdit;

namespace cb::ui {

class GazetteerModel;

/**
 * A search field over the bundled gazetteer: typing part of a city's name in English, Chinese or Spanish lists
 * the matching cities, largest first, in a popup; choosing one announces it.
 */
class GazetteerLookup : public QWidget
{
    Q_OBJECT

public:
    explicit GazetteerLookup(QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }
    GazetteerModel* model() const { return m_model; }
    void clear();

signals:
    void entryChosen(const cb::GazetteerEntry& entry);

protected:
    void changeEvent(QEvent* event) override;

private:
    void search(const QString& text);
    void choose(const QModelIndex& index);
    void retranslate();

    QLineEdit* m_edit;
    GazetteerModel* m_model;
    QCompleter* m_completer;
};

} // namespace cb::ui
