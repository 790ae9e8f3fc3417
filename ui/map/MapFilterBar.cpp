// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapFilterBar.h"

#include "common/DomainLabels.h"
#include "domain/Partnership.h"
#include "workspace/WorkspaceData.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>

namespace cb::ui {

namespace {

// The earliest day a date box shows stands for "no bound".
const QDate kAnyDate(1990, 1, 1);

QDate boundOf(const QDateEdit* edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

} // namespace

MapFilterBar::MapFilterBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapFilterBar"));
    auto combo = [this](const QString& name) {
        auto* box = new QComboBox(this);
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMaximumWidth(260);
        connect(box, &QComboBox::currentIndexChanged, this, &MapFilterBar::filterChanged);
        return box;
    };
    auto dateBox = [this](const QString& name) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setDate(kAnyDate);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &MapFilterBar::filterChanged);
        return edit;
    };
    m_themeLabel = new QLabel(this);
    m_theme = combo(QStringLiteral("themeFilter"));
    m_stageLabel = new QLabel(this);
    m_stage = combo(QStringLiteral("stageFilter"));
    m_placeLabel = new QLabel(this);
    m_place = combo(QStringLiteral("placeFilter"));
    m_fromLabel = new QLabel(this);
    m_from = dateBox(QStringLiteral("fromFilter"));
    m_toLabel = new QLabel(this);
    m_to = dateBox(QStringLiteral("toFilter"));
    m_reset = new QToolButton(this);
    m_reset->setObjectName(QStringLiteral("resetFilter"));
    connect(m_reset, &QToolButton::clicked, this, &MapFilterBar::reset);
    m_themeLabel->setBuddy(m_theme);
    m_stageLabel->setBuddy(m_stage);
    m_placeLabel->setBuddy(m_place);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    for (QWidget* w : {static_cast<QWidget*>(m_themeLabel), static_cast<QWidget*>(m_theme),
                       static_cast<QWidget*>(m_stageLabel), static_cast<QWidget*>(m_stage),
                       static_cast<QWidget*>(m_placeLabel), static_cast<QWidget*>(m_place),
                       static_cast<QWidget*>(m_fromLabel), static_cast<QWidget*>(m_from),
                       static_cast<QWidget*>(m_toLabel), static_cast<QWidget*>(m_to),
                       static_cast<QWidget*>(m_reset)})
        layout->addWidget(w);
    layout->addStretch(1);
    retranslate();
}

void MapFilterBar::setWorkspace(const WorkspaceData& data, const QString& language)
{
    const MapFilter before = filter();
    m_data = &data;
    m_language = language;
    {
        const QSignalBlocker a(m_theme);
        const QSignalBlocker b(m_stage);
        const QSignalBlocker c(m_place);
        fill(data, language);
    }
    setFilter(before);
}

void MapFilterBar::fill(const WorkspaceData& data, const QString& language)
{
    m_theme->clear();
    m_theme->addItem(tr("All themes"), qint64(0));
    QList<const Theme*> clusters;
    for (const Theme& t : data.themes) {
        if (t.isCluster())
            clusters.append(&t);
    }
    auto bySortOrder = [](const Theme* x, const Theme* y) {
        return x->sortOrder != y->sortOrder ? x->sortOrder < y->sortOrder : x->id < y->id;
    };
    std::sort(clusters.begin(), clusters.end(), bySortOrder);
    for (const Theme* cluster : std::as_const(clusters)) {
        m_theme->addItem(cluster->names.value(language), cluster->id);
        QFont bold = m_theme->font();
        bold.setBold(true);
        m_theme->setItemData(m_theme->count() - 1, bold, Qt::FontRole);
        QList<const Theme*> children;
        for (const Theme& t : data.themes) {
            if (t.parentId == cluster->id)
                children.append(&t);
        }
        std::sort(children.begin(), children.end(), bySortOrder);
        // Indented under their cluster: choosing the cluster selects them all.
        for (const Theme* t : std::as_const(children))
            m_theme->addItem(QStringLiteral("    ") + t->names.value(language), t->id);
    }

    m_stage->clear();
    m_stage->addItem(tr("All stages"), QString());
    for (const QString& key : stage::all())
        m_stage->addItem(DomainLabels::stage(key), key);

    m_place->clear();
    m_place->addItem(tr("All countries"), QString());
    QStringList regions;
    QStringList codes;
    for (const Actor& a : data.actors) {
        const Country* c = data.country(a.countryCode);
        if (!c)
            continue;
        if (!c->region.isEmpty() && !regions.contains(c->region))
            regions.append(c->region);
        if (!codes.contains(c->code))
            codes.append(c->code);
    }
    QCollator collator{QLocale(language == QLatin1String("zh") ? QStringLiteral("zh_CN") : language)};
    std::sort(regions.begin(), regions.end(), [&](const QString& x, const QString& y) {
        return collator.compare(mapRegionName(x), mapRegionName(y)) < 0;
    });
    std::sort(codes.begin(), codes.end(), [&](const QString& x, const QString& y) {
        return collator.compare(data.countryName(x, language), data.countryName(y, language)) < 0;
    });
    for (const QString& r : std::as_const(regions))
        m_place->addItem(mapRegionName(r), QString(QStringLiteral("region:") + r));
    if (!regions.isEmpty() && !codes.isEmpty())
        m_place->insertSeparator(m_place->count());
    for (const QString& code : std::as_const(codes))
        m_place->addItem(data.countryName(code, language), QString(QStringLiteral("country:") + code));
}

MapFilter MapFilterBar::filter() const
{
    MapFilter f;
    f.theme = m_theme->currentData().toLongLong();
    f.stage = m_stage->currentData().toString();
    const QString place = m_place->currentData().toString();
    if (place.startsWith(QLatin1String("region:")))
        f.region = place.mid(7);
    else if (place.startsWith(QLatin1String("country:")))
        f.country = place.mid(8);
    f.from = boundOf(m_from);
    f.to = boundOf(m_to);
    return f;
}

void MapFilterBar::setFilter(const MapFilter& filter)
{
    const QSignalBlocker a(m_theme);
    const QSignalBlocker b(m_stage);
    const QSignalBlocker c(m_place);
    const QSignalBlocker d(m_from);
    const QSignalBlocker e(m_to);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(filter.theme)));
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(filter.stage)));
    const QString place = !filter.country.isEmpty() ? QStringLiteral("country:") + filter.country
        : !filter.region.isEmpty()                  ? QStringLiteral("region:") + filter.region
                                                    : QString();
    m_place->setCurrentIndex(std::max(0, m_place->findData(place)));
    m_from->setDate(filter.from.isValid() ? filter.from : kAnyDate);
    m_to->setDate(filter.to.isValid() ? filter.to : kAnyDate);
}

void MapFilterBar::reset()
{
    if (filter().isEmpty())
        return;
    setFilter(MapFilter());
    Q_EMIT filterChanged();
}

void MapFilterBar::retranslate()
{
    m_themeLabel->setText(tr("&Theme:"));
    m_stageLabel->setText(tr("&Stage:"));
    m_placeLabel->setText(tr("&Place:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setSpecialValueText(tr("Any date"));
        // Room for the longer of "Any date" and a date, plus the calendar button: "Cualquier fecha" stays whole.
        const int text = std::max(edit->fontMetrics().horizontalAdvance(edit->specialValueText()),
                                  edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")));
        edit->setMinimumWidth(text + 40);
    }
    m_from->setToolTip(tr("Only evidence dated on or after this day"));
    m_to->setToolTip(tr("Only evidence dated up to this day: the map as it stood then"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Show everything again"));
    if (m_data) {
        // The first entries and the stage names are interface text: refill them in the new language.
        const MapFilter before = filter();
        {
            const QSignalBlocker a(m_theme);
            const QSignalBlocker b(m_stage);
            const QSignalBlocker c(m_place);
            fill(*m_data, m_language);
        }
        setFilter(before);
    }
}

void MapFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cb::ui
