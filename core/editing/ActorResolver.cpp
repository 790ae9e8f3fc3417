// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActorResolver.h"

#include "storage/WorkspaceStore.h"
#include "workspace/WorkspaceData.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

namespace cb {

ActorId ActorResolver::resolve(const QString& uid, ActorId hint, QString* error)
{
    if (uid.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("cb::Editing", "The actor has no identifier.");
        return 0;
    }
    if (hint != 0) {
        const std::optional<Actor> seen = m_store.actors().find(hint);
        if (seen && seen->uid == uid)
            return hint;
    }
    if (!m_loaded) {
        QString e;
        const QList<Actor> all = m_store.actors().all(&e);
        if (!e.isEmpty()) {
            if (error)
                *error = e;
            return 0;
        }
        for (const Actor& actor : all)
            m_all.insert(actor.uid, actor.id);
        m_loaded = true;
    }
    const ActorId id = m_all.value(uid);
    if (id == 0 && error)
        *error = QCoreApplication::translate("cb::Editing", "The actor “%1” no longer exists in this workspace.")
                     .arg(uid);
    return id;
}

QString actorUid(const WorkspaceData& data, ActorId id)
{
    const Actor* actor = id != 0 ? data.actor(id) : nullptr;
    return actor ? actor->uid : QString();
}

QString newActorUid(const Actor& draft, const WorkspaceData& data)
{
    QString slug;
    bool dash = false;
    for (const QChar c : draft.names.value(lang::En).normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            slug.append(c.toLower());
            dash = false;
        } else if (!slug.isEmpty() && !dash && (c.isSpace() || c.isPunct())) {
            slug.append(QLatin1Char('-'));
            dash = true;
        }
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString base = (draft.isCity() ? QStringLiteral("city:") : QStringLiteral("org:")) + slug;
    QSet<QString> taken;
    for (const Actor& actor : data.actors)
        taken.insert(actor.uid);
    QString uid = base;
    for (int n = 2; taken.contains(uid); ++n)
        uid = base + QLatin1Char('-') + QString::number(n);
    return uid;
}

QString newEventUid()
{
    return QStringLiteral("event:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace cb
