// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlanner.h"

#include "ThemeLookup.h"
#include "editing/ActorResolver.h"
#include "gazetteer/Gazetteer.h"
#include "text/SearchKey.h"
#include "workspace/WorkspaceData.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cb {

namespace {

constexpr int MaxNoteLength = 1000;

/** A yes/no/score cell of a theme column: the weight it gives, or a negative number for "not chosen". */
double answerWeight(const QString& cell, const ColumnRule& rule)
{
    const QString key = searchKey(cell);
    static const QSet<QString> no = {QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("false"),
                                     QStringLiteral("n"), QString::fromUtf8("否"), QString::fromUtf8("无"),
                                     QString::fromUtf8("没有"), QString::fromUtf8("不")};
    if (key.isEmpty() || no.contains(key))
        return -1.0;
    bool isNumber = false;
    const double score = cell.trimmed().toDouble(&isNumber);
    if (isNumber && rule.rank == 0) {
        // Likert answers on 1..5; a 1 on a yes/no column (0/1) is a plain yes.
        if (score >= 1.0 && score <= 5.0 && std::floor(score) == score)
            return score == 1.0 ? 1.0 : score / 5.0;
        return -1.0;
    }
    return rule.weight();
}

bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

struct RowContext
{
    int row = 0; // 1-based
    const QStringList* cells = nullptr;
    QString cell(int column) const { return column >= 0 ? cells->value(column).trimmed() : QString(); }
};

} // namespace

ImportPlanner::ImportPlanner(const WorkspaceData& data, const Gazetteer& gazetteer)
    : m_data(data), m_gazetteer(gazetteer)
{
}

QString ImportPlanner::countryCode(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 2 && m_data.country(trimmed.toUpper()))
        return trimmed.toUpper();
    const QString key = searchKey(trimmed);
    if (key.isEmpty())
        return QString();
    for (const Country& country : m_data.countries) {
        if (searchKey(country.code3) == key)
            return country.code;
        for (const QString& name : country.names.all()) {
            if (searchKey(name) == key)
                return country.code;
        }
    }
    return QString();
}

QDate ImportPlanner::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})"));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[/.年](\\d{1,2})[/.月](\\d{1,2})"));
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})"));
    QRegularExpressionMatch m = iso.match(t);
    if (!m.hasMatch())
        m = ymd.match(t);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = dmy.match(t);
    if (m.hasMatch()) // surveys in Spanish and most of the world write the day first
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return QDate();
}

QStringList ImportPlanner::splitList(const QString& cell)
{
    static const QRegularExpression separators(QString::fromUtf8("[;,\\n|/，、；]"));
    QStringList parts;
    for (const QString& part : cell.split(separators)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

ImportPlan ImportPlanner::plan(const QList<QStringList>& rows, const ColumnMapping& mapping, const QString& fileName,
                               const QByteArray& fileHash, const QDate& sourceDate) const
{
    ImportPlan plan;
    plan.fileName = fileName;
    plan.fileHash = fileHash;
    plan.source.uid = ImportPlan::sourceUidFor(fileHash);
    plan.source.kind = QStringLiteral("survey");
    const QString title = mapping.sourceTitle.isEmpty() ? QFileInfo(fileName).fileName() : mapping.sourceTitle;
    for (const QString& l : {lang::En, lang::Zh, lang::Es})
        plan.source.titles.set(l, title);
    plan.source.citation = tr("Survey answers imported from %1").arg(QFileInfo(fileName).fileName());
    for (const Source& s : m_data.sources) {
        if (s.uid == plan.source.uid) {
            plan.source = s;
            plan.sourceExists = true;
        }
    }

    const QStringList headers = rows.value(mapping.headerRow - 1);
    const QList<ColumnRule> nameRules = mapping.rulesFor(ImportField::ActorName);
    if (nameRules.isEmpty()) {
        plan.issues.append({0, 0, QString(), tr("No column is mapped to the city or institution name.")});
        return plan;
    }
    const int nameColumn = nameRules.first().column;
    const QList<ColumnRule> countryRules = mapping.rulesFor(ImportField::Country);
    const QList<ColumnRule> dateRules = mapping.rulesFor(ImportField::Date);
    const int countryColumn = countryRules.isEmpty() ? -1 : countryRules.first().column;
    const int dateColumn = dateRules.isEmpty() ? -1 : dateRules.first().column;
    const ThemeLookup themes(m_data.themes);
    const EntityResolver resolver(m_data, m_gazetteer);

    QHash<QString, ActorId> idByUid;
    QSet<QString> takenUids;
    for (const Actor& a : m_data.actors) {
        idByUid.insert(a.uid, a.id);
        takenUids.insert(a.uid);
    }
    QHash<qint64, QString> plannedByGeoname;
    QHash<QString, QString> plannedByKey; // search key of a "new" name -> uid
    QHash<QString, int> uncertainIndex;   // search key -> index in plan.uncertain
    QHash<QString, int> statementIndex;   // identity -> index in plan.statements
    QSet<QString> interestKeys;
    QDate latest;

    // Resolves a name to a uid, planning a new actor when needed; empty when uncertain or skipped.
    auto resolveName = [&](const QString& name, const QString& country, const RowContext& ctx, int column,
                           bool* skipped) -> QString {
        const Resolution r = resolver.resolve(name, country, mapping.choiceFor(name));
        switch (r.status) {
        case Resolution::Status::Existing:
            return r.actorUid;
        case Resolution::Status::Skipped:
            *skipped = true;
            return QString();
        case Resolution::Status::NewCity: {
            if (plannedByGeoname.contains(r.entry->geonameId))
                return plannedByGeoname.value(r.entry->geonameId);
            Actor city;
            city.kind = ActorKind::City;
            r.entry->fillCity(city);
            QString uid = newActorUid(city, m_data);
            for (int n = 2; takenUids.contains(uid); ++n)
                uid = newActorUid(city, m_data) + QLatin1Char('-') + QString::number(n);
            city.uid = uid;
            takenUids.insert(uid);
            plannedByGeoname.insert(r.entry->geonameId, uid);
            plan.newActors.append({city, ctx.row});
            return uid;
        }
        case Resolution::Status::NewActor: {
            const QString key = searchKey(name);
            if (plannedByKey.contains(key))
                return plannedByKey.value(key);
            Actor actor;
            actor.kind = mapping.newActorKind == QLatin1String("institution") ? ActorKind::Institution
                                                                                 : ActorKind::City;
            actor.countryCode = country;
            if (hasChinese(name)) {
                actor.names.set(lang::Zh, name);
            } else {
                actor.names.set(lang::En, name);
                actor.names.set(lang::Es, name);
            }
            actor.names.set(lang::Native, name);
            QString uid = newActorUid(actor, m_data);
            for (int n = 2; takenUids.contains(uid); ++n)
                uid = newActorUid(actor, m_data) + QLatin1Char('-') + QString::number(n);
            actor.uid = uid;
            takenUids.insert(uid);
            plannedByKey.insert(key, uid);
            plan.newActors.append({actor, ctx.row});
            return uid;
        }
        case Resolution::Status::Uncertain: {
            const QString key = searchKey(name) + QLatin1Char('|') + country;
            if (!uncertainIndex.contains(key)) {
                uncertainIndex.insert(key, static_cast<int>(plan.uncertain.size()));
                plan.uncertain.append({name, country, {}, column + 1, r});
            }
            plan.uncertain[uncertainIndex.value(key)].rows.append(ctx.row);
            return QString();
        }
        }
        return QString();
    };

    for (int index = std::max(0, mapping.headerRow); index < rows.size(); ++index) {
        const QStringList& cells = rows.at(index);
        bool empty = true;
        for (const QString& c : cells)
            empty = empty && c.trimmed().isEmpty();
        if (empty)
            continue;
        ++plan.dataRows;
        RowContext ctx{index + 1, &cells};
        auto issue = [&](int column, const QString& message) {
            plan.issues.append({ctx.row, column + 1, headers.value(column), message});
        };
        const int issuesBefore = static_cast<int>(plan.issues.size());

        const QString name = ctx.cell(nameColumn);
        if (name.isEmpty())
            issue(nameColumn, tr("The city or institution name is empty."));
        else if (name.size() > MaxNameLength)
            issue(nameColumn, tr("The name is longer than %1 characters.").arg(MaxNameLength));
        QString country;
        if (countryColumn >= 0 && !ctx.cell(countryColumn).isEmpty()) {
            country = countryCode(ctx.cell(countryColumn));
            if (country.isEmpty())
                issue(countryColumn, tr("\"%1\" is not a known country.").arg(ctx.cell(countryColumn).left(80)));
        }
        QDate date = sourceDate;
        if (dateColumn >= 0 && !ctx.cell(dateColumn).isEmpty()) {
            date = parseDate(ctx.cell(dateColumn));
            if (!date.isValid())
                issue(dateColumn, tr("\"%1\" is not a date.").arg(ctx.cell(dateColumn).left(80)));
        }
        QString note;
        for (const ColumnRule& rule : mapping.rulesFor(ImportField::FreeText)) {
            if (!ctx.cell(rule.column).isEmpty())
                note += (note.isEmpty() ? QString() : QStringLiteral(" ")) + ctx.cell(rule.column);
        }
        note = note.left(MaxNoteLength);

        // Themes answered on this row, before anything is resolved, so that a bad answer is reported either way.
        struct Answer
        {
            StatementKind kind;
            ThemeId theme;
            double weight;
        };
        QList<Answer> answers;
        for (ImportField field : {ImportField::Priority, ImportField::Offer}) {
            const StatementKind kind = field == ImportField::Priority ? StatementKind::Priority : StatementKind::Offer;
            for (const ColumnRule& rule : mapping.rulesFor(field)) {
                const QString cell = ctx.cell(rule.column);
                if (!rule.themeKey.isEmpty()) {
                    const Theme* theme = m_data.themeByKey(rule.themeKey);
                    if (!theme) {
                        issue(rule.column, tr("The mapping names the theme \"%1\", which this workspace does not have.")
                                               .arg(rule.themeKey));
                        continue;
                    }
                    const double weight = answerWeight(cell, rule);
                    if (weight > 0)
                        answers.append({kind, theme->id, weight});
                    continue;
                }
                for (const QString& part : splitList(cell)) {
                    const Theme* theme = themes.find(part);
                    if (!theme)
                        issue(rule.column, tr("\"%1\" is not a theme of this workspace.").arg(part.left(80)));
                    else
                        answers.append({kind, theme->id, rule.weight()});
                }
            }
        }
        QStringList partnerCountries;
        for (const ColumnRule& rule : mapping.rulesFor(ImportField::InterestCountry)) {
            for (const QString& part : splitList(ctx.cell(rule.column))) {
                const QString code = countryCode(part);
                if (code.isEmpty())
                    issue(rule.column, tr("\"%1\" is not a known country.").arg(part.left(80)));
                else if (!partnerCountries.contains(code))
                    partnerCountries.append(code);
            }
        }
        if (static_cast<int>(plan.issues.size()) > issuesBefore)
            continue; // a bad row is left out whole, so that fixing it and importing again gives the whole answer

        bool skipped = false;
        const int uncertainBefore = plan.blockedRows();
        // A row left waiting must not leave behind the new cities it named.
        const qsizetype actorsBefore = plan.newActors.size();
        const QHash<qint64, QString> geonamesBefore = plannedByGeoname;
        const QHash<QString, QString> keysBefore = plannedByKey;
        const QSet<QString> takenBefore = takenUids;
        auto forgetNewActors = [&]() {
            plan.newActors.resize(actorsBefore);
            plannedByGeoname = geonamesBefore;
            plannedByKey = keysBefore;
            takenUids = takenBefore;
        };
        const QString fromUid = resolveName(name, country, ctx, nameColumn, &skipped);
        QStringList partners;
        for (const ColumnRule& rule : mapping.rulesFor(ImportField::InterestActor)) {
            for (const QString& part : splitList(ctx.cell(rule.column))) {
                if (part.size() > MaxNameLength) {
                    issue(rule.column, tr("The name is longer than %1 characters.").arg(MaxNameLength));
                    continue;
                }
                // "Mexico" in a partner-city column means the country, unless an actor of the workspace has that name.
                const QString code = countryCode(part);
                if (!code.isEmpty()
                    && resolver.resolve(part, QString(), mapping.choiceFor(part)).status != Resolution::Status::Existing) {
                    if (!partnerCountries.contains(code))
                        partnerCountries.append(code);
                    continue;
                }
                bool partnerSkipped = false;
                const QString uid = resolveName(part, QString(), ctx, rule.column, &partnerSkipped);
                if (!uid.isEmpty() && uid != fromUid && !partners.contains(uid))
                    partners.append(uid);
            }
        }
        if (skipped) {
            forgetNewActors();
            ++plan.skippedRows;
            continue;
        }
        if (fromUid.isEmpty() || plan.blockedRows() > uncertainBefore) {
            forgetNewActors();
            continue; // waits for the officer's confirmation
        }
        if (date.isValid() && (!latest.isValid() || date > latest))
            latest = date; // the survey is dated by the rows it brings in

        const ActorId fromId = idByUid.value(fromUid, 0);
        for (const Answer& answer : answers) {
            const QString identity = QString::number(static_cast<int>(answer.kind)) + QLatin1Char('|') + fromUid
                                     + QLatin1Char('|') + QString::number(answer.theme);
            if (statementIndex.contains(identity)) {
                // An answer repeated in the file only raises the weight; -1 marks one already stored.
                const int at = statementIndex.value(identity);
                if (at >= 0)
                    plan.statements[at].statement.weight = std::max(plan.statements[at].statement.weight, answer.weight);
                continue;
            }
            bool exists = false;
            if (plan.sourceExists && fromId != 0) {
                for (const Statement& s : m_data.statements) {
                    exists = exists || (s.actorId == fromId && s.kind == answer.kind && s.themeId == answer.theme
                                        && s.sourceId == plan.source.id);
                }
            }
            if (exists) {
                ++plan.existingStatements;
                statementIndex.insert(identity, -1);
                continue;
            }
            statementIndex.insert(identity, static_cast<int>(plan.statements.size()));
            PlannedStatement s;
            s.statement.kind = answer.kind;
            s.statement.themeId = answer.theme;
            s.statement.weight = answer.weight;
            s.statement.date = date;
            s.statement.note = note;
            s.actorUid = fromUid;
            s.row = ctx.row;
            plan.statements.append(s);
        }
        auto addInterest = [&](const QString& toUid, const QString& toCountry) {
            const QString identity = fromUid + QLatin1Char('>') + toUid + QLatin1Char('>') + toCountry;
            if (interestKeys.contains(identity))
                return;
            interestKeys.insert(identity);
            const ActorId toId = idByUid.value(toUid, 0);
            if (plan.sourceExists && fromId != 0) {
                for (const Interest& i : m_data.interests) {
                    if (i.fromActorId == fromId && i.sourceId == plan.source.id
                        && (toUid.isEmpty() ? i.toCountry == toCountry : (toId != 0 && i.toActorId == toId))) {
                        ++plan.existingInterests;
                        return;
                    }
                }
            }
            PlannedInterest p;
            p.interest.toCountry = toCountry;
            p.interest.strength = 1.0;
            p.interest.date = date;
            p.interest.note = note;
            p.fromUid = fromUid;
            p.toUid = toUid;
            p.row = ctx.row;
            plan.interests.append(p);
        };
        for (const QString& uid : partners)
            addInterest(uid, QString());
        for (const QString& code : partnerCountries)
            addInterest(QString(), code);
    }
    if (!plan.sourceExists)
        plan.source.date = sourceDate.isValid() ? sourceDate : latest;
    for (PlannedStatement& s : plan.statements) {
        if (!s.statement.date.isValid())
            s.statement.date = plan.source.date;
    }
    for (PlannedInterest& i : plan.interests) {
        if (!i.interest.date.isValid())
            i.interest.date = plan.source.date;
    }
    return plan;
}

} // namespace cb
