// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspaceData.h"

#include <QDate>
#include <QString>

namespace cb::test {

/**
 * Builds a WorkspaceData in memory for matcher tests: a small theme taxonomy (two clusters),
 * one source per call site, cities with ids assigned in order.
 */
class DataBuilder
{
public:
    DataBuilder();

    ActorId city(const QString& name, const QString& country, ActorId parent = 0);
    ActorId institution(const QString& name, const QString& country);
    ThemeId theme(const QString& key) const;
    SourceId source(const QDate& date);
    void priority(ActorId actor, const QString& theme, double weight, const QDate& date);
    void offer(ActorId actor, const QString& theme, double weight, const QDate& date);
    void interest(ActorId from, ActorId to, double strength, const QDate& date);
    void countryInterest(ActorId from, const QString& country, double strength, const QDate& date);
    EventId event(const QDate& date, const QList<ActorId>& participants);
    void rule(ActorId a, ActorId b, const QString& rule);
    void partnership(ActorId a, ActorId b, const QString& stage, const QDate& date);

    const WorkspaceData& data();

private:
    WorkspaceData m_data;
    qint64 m_nextId = 1;
};

} // namespace cb::test
