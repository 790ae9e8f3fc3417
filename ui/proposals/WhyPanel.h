// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MatchOutcome.h"

#include <QTextBrowser>

#include <memory>

namespace cb::ui {

/**
 * Why a pair scores as it does: each part with its weight and contribution, the themes matched in each
 * direction, the interests, shared events and institutions with their sources and dates, and the rules applied.
 * Every line comes from explainPair(), which cites stored facts only.
 */
class WhyPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit WhyPanel(QWidget* parent = nullptr);

    void showPair(std::shared_ptr<const MatchOutcome> outcome, int pairIndex);
    void clearPair();
    /** The score parts of the pair shown, as JSON for the decision log; empty when no pair is shown. */
    QString scoreSnapshot() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    std::shared_ptr<const MatchOutcome> m_outcome;
    int m_pair = -1;
};

} // namespace cb::ui
