// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchSettingsPanel.h"

#include "i18n/Translations.h"
#include "workspace/WorkspaceData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cb::ui {

namespace {

QDoubleSpinBox* weightBox(QWidget* parent, const char* name)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0.0, 10.0);
    box->setSingleStep(0.25);
    box->setDecimals(2);
    return box;
}

} // namespace

MatchSettingsPanel::MatchSettingsPanel(QWidget* parent) : QWidget(parent), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("matchSettingsPanel"));
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_shared = weightBox(this, "sharedWeight");
    m_complementarity = weightBox(this, "complementarityWeight");
    m_interest = weightBox(this, "interestWeight");
    m_context = weightBox(this, "contextWeight");
    m_fusion = new QComboBox(this);
    m_fusion->setObjectName(QStringLiteral("fusion"));
    m_fusion->addItems({QString(), QString(), QString()});
    m_fusion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fusion->setMinimumContentsLength(8);
    m_halfLife = new QDoubleSpinBox(this);
    m_halfLife->setObjectName(QStringLiteral("halfLife"));
    m_halfLife->setRange(1.0, 600.0);
    m_halfLife->setDecimals(0);
    m_partnerLimit = new QSpinBox(this);
    m_partnerLimit->setObjectName(QStringLiteral("partnerLimit"));
    m_partnerLimit->setRange(1, 10);
    m_crossBorder = new QCheckBox(this);
    m_crossBorder->setObjectName(QStringLiteral("crossBorder"));
    m_replay = new QCheckBox(this);
    m_replay->setObjectName(QStringLiteral("replay"));
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDate(QDate::currentDate());
    const QList<QWidget*> fields = {m_shared, m_complementarity, m_interest, m_context, m_fusion, m_halfLife,
                                    m_partnerLimit};
    for (QWidget* field : fields) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, field);
    }
    m_form->addRow(m_crossBorder);
    m_form->addRow(m_replay);
    auto* asOfLabel = new QLabel(this);
    asOfLabel->setBuddy(m_asOf);
    m_labels.append(asOfLabel);
    m_form->addRow(asOfLabel, m_asOf);
    layout->addLayout(m_form);
    m_excludedLabel = new QLabel(this);
    m_excludedLabel->setWordWrap(true);
    layout->addWidget(m_excludedLabel);
    m_excluded = new QListWidget(this);
    m_excluded->setObjectName(QStringLiteral("excludedThemes"));
    m_excluded->setMinimumHeight(90);
    layout->addWidget(m_excluded, 1);
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetSettings"));
    // Long in some languages; the button shares the panel's width rather than widening the panel.
    m_reset->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_crossBorder->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_replay->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(m_reset);

    // Typing "1.25" must not start three runs: edits settle for a moment first.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit settingsEdited(settings()); });
    for (QDoubleSpinBox* box : {m_shared, m_complementarity, m_interest, m_context, m_halfLife})
        connect(box, &QDoubleSpinBox::valueChanged, this, &MatchSettingsPanel::edited);
    connect(m_partnerLimit, &QSpinBox::valueChanged, this, &MatchSettingsPanel::edited);
    connect(m_fusion, &QComboBox::currentIndexChanged, this, &MatchSettingsPanel::edited);
    connect(m_crossBorder, &QCheckBox::toggled, this, &MatchSettingsPanel::edited);
    connect(m_replay, &QCheckBox::toggled, this, [this](bool on) {
        m_asOf->setEnabled(on);
        edited();
    });
    connect(m_asOf, &QDateEdit::dateChanged, this, &MatchSettingsPanel::edited);
    connect(m_excluded, &QListWidget::itemChanged, this, &MatchSettingsPanel::edited);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        setSettings(MatchSettings());
        m_debounce->stop();
        emit settingsEdited(settings());
    });
    setSettings(MatchSettings());
    retranslate();
}

MatchSettings MatchSettingsPanel::settings() const
{
    MatchSettings s = m_base;
    s.sharedPrioritiesWeight = m_shared->value();
    s.complementarityWeight = m_complementarity->value();
    s.interestWeight = m_interest->value();
    s.contextWeight = m_context->value();
    s.fusion = static_cast<FusionOperator>(m_fusion->currentIndex());
    s.halfLifeMonths = m_halfLife->value();
    s.partnerLimit = m_partnerLimit->value();
    s.crossBorderOnly = m_crossBorder->isChecked();
    s.asOf = m_replay->isChecked() ? m_asOf->date() : QDate();
    s.excludedThemes.clear();
    for (int i = 0; i < m_excluded->count(); ++i) {
        const QListWidgetItem* item = m_excluded->item(i);
        if (item->checkState() == Qt::Checked)
            s.excludedThemes.insert(item->data(Qt::UserRole).toLongLong());
    }
    return s;
}

void MatchSettingsPanel::setSettings(const MatchSettings& s)
{
    m_loading = true;
    m_base = s;
    m_shared->setValue(s.sharedPrioritiesWeight);
    m_complementarity->setValue(s.complementarityWeight);
    m_interest->setValue(s.interestWeight);
    m_context->setValue(s.contextWeight);
    m_fusion->setCurrentIndex(int(s.fusion));
    m_halfLife->setValue(s.halfLifeMonths);
    m_partnerLimit->setValue(s.partnerLimit);
    m_crossBorder->setChecked(s.crossBorderOnly);
    m_replay->setChecked(s.asOf.isValid());
    m_asOf->setEnabled(s.asOf.isValid());
    if (s.asOf.isValid())
        m_asOf->setDate(s.asOf);
    for (int i = 0; i < m_excluded->count(); ++i) {
        QListWidgetItem* item = m_excluded->item(i);
        item->setCheckState(s.excludedThemes.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
    }
    m_loading = false;
}

void MatchSettingsPanel::setThemes(const WorkspaceData& data)
{
    const MatchSettings current = settings();
    m_loading = true;
    m_excluded->clear();
    QList<Theme> themes = data.themes;
    const QString language = currentLanguage();
    std::sort(themes.begin(), themes.end(),
              [&](const Theme& a, const Theme& b) { return a.names.value(language) < b.names.value(language); });
    for (const Theme& theme : themes) {
        auto* item = new QListWidgetItem(theme.names.value(language), m_excluded);
        item->setData(Qt::UserRole, theme.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(current.excludedThemes.contains(theme.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
}

void MatchSettingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MatchSettingsPanel::edited()
{
    if (!m_loading)
        m_debounce->start();
}

void MatchSettingsPanel::retranslate()
{
    const QStringList labels = {tr("Shared priorities"), tr("Complementarity"), tr("Expressed interest"),
                                tr("Shared context"), tr("Combine the two sides"), tr("Evidence half-life (months)"),
                                tr("Partners per city")};
    for (int i = 0; i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_labels.constLast()->setText(tr("Evidence up to"));
    m_fusion->setItemText(0, tr("Harmonic mean"));
    m_fusion->setItemText(1, tr("Weaker side"));
    m_fusion->setItemText(2, tr("Average"));
    m_crossBorder->setText(tr("Cross-border pairs only"));
    m_replay->setText(tr("Replay the past"));
    m_replay->setToolTip(tr("Count only the evidence dated up to the chosen day, as if matching on that day."));
    m_excludedLabel->setText(tr("Ignore evidence on these themes:"));
    m_reset->setText(tr("Reset to defaults"));
}

} // namespace cb::ui
