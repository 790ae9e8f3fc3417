// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Partnership.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace cb {

/**
 * When a partnership counts as dormant: no activity (its last activity, or the latest day in its history) for a
 * number of months the officer sets per workspace (settings key "pipeline.dormantAfterMonths", 6 by default).
 * The flag is computed, never stored: a partnership only moves to the stage "dormant" when the officer says so.
 */
class DormancyPolicy
{
public:
    /** The settings key of the number of months. */
    static QString settingsKey();
    static constexpr int DefaultMonths = 6;
    static constexpr int MinimumMonths = 1;
    static constexpr int MaximumMonths = 120;

    DormancyPolicy() = default;
    /** A policy for months (clamped to MinimumMonths..MaximumMonths). */
    explicit DormancyPolicy(int months);

    /** The policy stored in workspace settings; a missing or unreadable value gives the default. */
    static DormancyPolicy fromSettings(const QMap<QString, QString>& settings);
    /** The settings entry that stores this policy. */
    QMap<QString, QString> toSettings() const;
    /**
     * Reads a number of months typed or stored as text. Returns false with a message (in the interface language)
     * when it is not a whole number in range.
     */
    static bool parseMonths(const QString& text, int* months, QString* error);

    int months() const { return m_months; }

    /**
     * The latest day anything happened to the partnership: its last activity, its newest stage change, or the
     * day it started; invalid when none is known.
     */
    static QDate lastActivity(const Partnership& partnership);
    /** The first day the partnership counts as dormant (last activity plus months), or invalid if unknown. */
    QDate dormantFrom(const Partnership& partnership) const;
    /**
     * True when the partnership is still open (not already at stage dormant or closed) and today is on or after
     * dormantFrom(). A partnership with no known date is never flagged.
     */
    bool isDormant(const Partnership& partnership, const QDate& today) const;
    /** Whole months between the last activity and today (0 when unknown or in the future). */
    static int monthsSince(const QDate& day, const QDate& today);

private:
    int m_months = DefaultMonths;
};

/**
 * True when the partnership has a next action due before today and is still open (not closed). A next action
 * due today is not overdue yet.
 */
bool isNextActionOverdue(const Partnership& partnership, const QDate& today);

/** True for the stages after which nothing more is expected of a partnership (closed). */
bool isClosedStage(const QString& stageKey);

} // namespace cb
