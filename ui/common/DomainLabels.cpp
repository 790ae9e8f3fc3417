// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainLabels.h"

#include "domain/Partnership.h"

namespace cb::ui {

namespace {

// Keys stored by a newer program or typed by hand still show, rather than disappearing.
QString readable(const QString& key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

} // namespace

QString DomainLabels::actorKind(ActorKind kind)
{
    return kind == ActorKind::City ? tr("City") : tr("Institution");
}

QString DomainLabels::stage(const QString& key)
{
    if (key == stage::Proposed)
        return tr("Proposed");
    if (key == stage::Candidate)
        return tr("Candidate");
    if (key == stage::Contacted)
        return tr("Contacted");
    if (key == stage::Exploratory)
        return tr("Exploratory exchange");
    if (key == stage::Friendship)
        return tr("Friendship MoU");
    if (key == stage::Pilot)
        return tr("Pilot project");
    if (key == stage::Agreement)
        return tr("Formal agreement");
    if (key == stage::Active)
        return tr("Active");
    if (key == stage::Dormant)
        return tr("Dormant");
    if (key == stage::Closed)
        return tr("Closed");
    return readable(key);
}

QString DomainLabels::role(const QString& key)
{
    if (key == QLatin1String("organizer"))
        return tr("Organizer");
    if (key == QLatin1String("partner"))
        return tr("Partner");
    if (key == QLatin1String("speaker"))
        return tr("Speaker");
    if (key == QLatin1String("participant"))
        return tr("Participant");
    if (key == QLatin1String("moderator"))
        return tr("Moderator");
    if (key == QLatin1String("donor"))
        return tr("Donor");
    if (key == QLatin1String("recipient"))
        return tr("Recipient");
    return readable(key);
}

QString DomainLabels::eventKind(const QString& key)
{
    if (key == QLatin1String("webinar"))
        return tr("Webinar");
    if (key == QLatin1String("meeting"))
        return tr("Meeting");
    if (key == QLatin1String("forum"))
        return tr("Forum");
    if (key == QLatin1String("training"))
        return tr("Training");
    if (key == QLatin1String("donation"))
        return tr("Donation");
    if (key == QLatin1String("exchange"))
        return tr("Exchange");
    return readable(key);
}

QString DomainLabels::institutionCategory(const QString& key)
{
    if (key == QLatin1String("un_agency"))
        return tr("UN agency");
    if (key == QLatin1String("city_association"))
        return tr("City association");
    if (key == QLatin1String("training_institute"))
        return tr("Training institute");
    if (key == QLatin1String("university"))
        return tr("University");
    if (key == QLatin1String("business_council"))
        return tr("Business council");
    if (key == QLatin1String("ngo"))
        return tr("NGO");
    if (key == QLatin1String("government"))
        return tr("Government");
    if (key == QLatin1String("other"))
        return tr("Other");
    return readable(key);
}

QString DomainLabels::sourceKind(const QString& key)
{
    if (key == QLatin1String("survey"))
        return tr("Survey");
    if (key == QLatin1String("webinar"))
        return tr("Webinar");
    if (key == QLatin1String("meeting"))
        return tr("Meeting");
    if (key == QLatin1String("report"))
        return tr("Report");
    if (key == QLatin1String("news"))
        return tr("News");
    if (key == QLatin1String("document"))
        return tr("Document");
    if (key == QLatin1String("import"))
        return tr("Import");
    return readable(key);
}

QString DomainLabels::membershipRole(const QString& key)
{
    if (key == QLatin1String("member"))
        return tr("Member");
    if (key == QLatin1String("home"))
        return tr("Home city");
    if (key == QLatin1String("speaks_for"))
        return tr("Speaks for");
    return readable(key);
}

QString DomainLabels::decisionAction(const QString& key)
{
    if (key == QLatin1String("accept"))
        return tr("Accepted");
    if (key == QLatin1String("decline"))
        return tr("Declined");
    if (key == QLatin1String("defer"))
        return tr("Deferred");
    if (key == QLatin1String("pin"))
        return tr("Pinned");
    if (key == QLatin1String("lock"))
        return tr("Locked");
    if (key == QLatin1String("exclude"))
        return tr("Excluded");
    if (key == QLatin1String("clear"))
        return tr("Rule cleared");
    if (key == QLatin1String("stage"))
        return tr("Stage moved");
    if (key == QLatin1String("undo"))
        return tr("Undone");
    if (key == QLatin1String("import"))
        return tr("Imported");
    if (key == QLatin1String("merge"))
        return tr("Merged");
    if (key == QLatin1String("edit"))
        return tr("Details edited");
    return readable(key);
}

QString DomainLabels::pairRule(const QString& key)
{
    if (key == QLatin1String("declined"))
        return tr("Declined");
    if (key == QLatin1String("deferred"))
        return tr("Deferred");
    if (key == QLatin1String("pinned"))
        return tr("Pinned");
    if (key == QLatin1String("locked"))
        return tr("Locked");
    if (key == QLatin1String("excluded"))
        return tr("Excluded");
    return readable(key);
}

QString DomainLabels::scorePart(const QString& key)
{
    if (key == QLatin1String("shared_priorities"))
        return tr("Shared priorities");
    if (key == QLatin1String("complementarity"))
        return tr("Complementarity");
    if (key == QLatin1String("interest"))
        return tr("Expressed interest");
    if (key == QLatin1String("context"))
        return tr("Shared context");
    return readable(key);
}

} // namespace cb::ui
