// SPDX-License-Identifier: GPL-3.0-or-later
// SQL injection impossible by construction, checked on the source: every C++ file under core/ is scanned for SQL
// text (string literals that read as SQL) that is extended with .arg(), +, += or % instead of having its values
// bound. Each such place must be on the reviewed list below, with the reason it only ever joins our own constants
// (a table name from a fixed set, a fixed WHERE clause, our integer in a PRAGMA that takes no bound values).
// A new place fails the test until it is rewritten with bound values or reviewed and listed. The detector itself is
// checked on small snippets first, so that a scanner that finds nothing cannot pass.
#include "TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {

/** One place where SQL text is joined with something. */
struct Site
{
    QString file; ///< relative to the repository root
    int line = 0;
    QString sql; ///< the SQL literal's text
    QString how; ///< ".arg", "+", "+=" or "%"
};

/** A reviewed place: in file, the SQL literal containing fragment, joined only with our own constants. */
struct Reviewed
{
    const char* file;
    const char* fragment;
    const char* reason;
};

// Reviewed for the current tree. Keep each entry narrow (a fragment of the literal itself).
const Reviewed kReviewed[] = {
    {"core/storage/WorkspaceCopy.cpp", "SELECT count(*) FROM ",
     "migrate-to: table names from the fixed tables() list of literals"},
    {"core/storage/WorkspaceCopy.cpp", "SELECT %1 FROM %2%3",
     "migrate-to: tables from the fixed list; columns from our schema, refused unless plain identifiers; fixed ORDER BY"},
    {"core/storage/WorkspaceCopy.cpp", "INSERT INTO %1(%2) VALUES (%3)",
     "migrate-to: the same table and checked column names; the values are bound (one ? per column)"},
    {"core/storage/WorkspaceCopy.cpp", "UPDATE %1 SET parent_id = ? WHERE id = ?",
     "migrate-to: \"actors\" or \"themes\" from the fixed list; values bound"},
    {"core/storage/WorkspaceCopy.cpp", "SELECT setval(pg_get_serial_sequence(?, 'id')",
     "migrate-to: table from the fixed list; the sequence's table name is bound too"},
    {"core/storage/Database.cpp", "PRAGMA ",
     "pragmaValue(): the pragma names are literals at each call (application_id, user_version, quick_check)"},
    {"core/storage/Database.cpp", "PRAGMA application_id = %1",
     "PRAGMA takes no bound values; kApplicationId is our integer constant"},
    {"core/storage/Database.cpp", "PRAGMA user_version = %1",
     "PRAGMA takes no bound values; the version is the integer of our own migration step"},
    {"core/storage/SqlUtil.cpp", "SAVEPOINT cb_%1", "savepoint names from the integer nesting depth"},
    {"core/storage/SqlUtil.cpp", "RELEASE cb_%1", "savepoint names from the integer nesting depth"},
    {"core/storage/SqlUtil.cpp", "ROLLBACK TO cb_%1", "savepoint names from the integer nesting depth"},
    {"core/storage/sql/SqlActorRepository.cpp", "DELETE FROM %1 WHERE actor_id = ?",
     "table names from a fixed list of literals in the loop; the id is bound"},
    {"core/storage/sql/SqlActorRepository.cpp", " WHERE ",
     "load(): the WHERE clause is a literal at each caller (\"a.id = ?\"), its value bound"},
    {"core/storage/sql/SqlActorRepository.cpp", "SELECT a.id, a.uid, a.kind",
     "load(): followed by the fixed filter above and a fixed ORDER BY"},
    {"core/storage/sql/SqlActorRepository.cpp", " ORDER BY a.id", "load(): a fixed ORDER BY after the fixed filter"},
    {"core/storage/sql/SqlEvidenceRepository.cpp", "INSERT INTO %1(actor_id, group_id",
     "tableFor(): \"priorities\" or \"offers\" by an enum; values bound"},
    {"core/storage/sql/SqlEvidenceRepository.cpp", "UPDATE %1 SET actor_id = ?",
     "tableFor(): \"priorities\" or \"offers\" by an enum; values bound"},
    {"core/storage/sql/SqlEvidenceRepository.cpp", "DELETE FROM %1 WHERE id = ?",
     "tableFor(): \"priorities\" or \"offers\" by an enum; the id bound"},
    {"core/storage/sql/SqlEvidenceRepository.cpp", "FROM %1 ORDER BY id",
     "tableFor(): \"priorities\" or \"offers\" by an enum"},
    {"core/storage/sql/SqlPipelineRepository.cpp", "SELECT id, at, user_name, action",
     "loadDecisions(): the WHERE clause is a literal at each caller, its values bound"},
    {"core/storage/sql/SqlPipelineRepository.cpp", " ORDER BY id",
     "loadDecisions(): a fixed ORDER BY after the fixed WHERE clause"},
};

/** The source with comments blanked out (newlines kept, so line numbers stay), strings and chars left as they are. */
QString withoutComments(const QString& source)
{
    QString out = source;
    enum
    {
        Code,
        Line,
        Block,
        String,
        Char
    } state = Code;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const QChar next = i + 1 < out.size() ? out.at(i + 1) : QChar();
        switch (state) {
        case Code:
            if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
                state = Line;
                out[i] = QLatin1Char(' ');
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = Block;
                out[i] = QLatin1Char(' ');
            } else if (c == QLatin1Char('"')) {
                state = String;
            } else if (c == QLatin1Char('\'')) {
                state = Char;
            }
            break;
        case Line:
            if (c == QLatin1Char('\n'))
                state = Code;
            else
                out[i] = QLatin1Char(' ');
            break;
        case Block:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                out[i] = out[i + 1] = QLatin1Char(' ');
                ++i;
                state = Code;
            } else if (c != QLatin1Char('\n')) {
                out[i] = QLatin1Char(' ');
            }
            break;
        case String:
        case Char:
            if (c == QLatin1Char('\\'))
                ++i;
            else if ((state == String && c == QLatin1Char('"')) || (state == Char && c == QLatin1Char('\'')))
                state = Code;
            break;
        }
    }
    return out;
}

/** Text that reads as SQL: starts with a statement keyword, or holds a clause keyword (upper case, as we write SQL). */
bool looksLikeSql(const QString& text)
{
    static const QRegularExpression statement(
        QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WITH|REPLACE|BEGIN|COMMIT|"
                       "ROLLBACK|SAVEPOINT|RELEASE|VACUUM|ATTACH|DETACH|ANALYZE|REINDEX|EXPLAIN)\\b"));
    static const QRegularExpression clause(
        QStringLiteral("(^|\\s)(WHERE|FROM|VALUES|SET|JOIN|ORDER BY|GROUP BY|LIMIT|AND|OR|LIKE|INTO|HAVING|UNION)"
                       "(\\s|$)"));
    return statement.match(text).hasMatch() || clause.match(text).hasMatch();
}

/** Every SQL literal (adjacent literals as one, with its QStringLiteral(...) wrapper) that is joined with something. */
QList<Site> findSqlConstruction(const QString& file, const QString& source)
{
    static const QRegularExpression chain(QStringLiteral(
        "(?:\\b(?:QStringLiteral|QLatin1String|QLatin1StringView|QByteArrayLiteral|QString|u)\\s*\\(\\s*)?"
        "((?:\"(?:[^\"\\\\\\n]|\\\\.)*\"\\s*)+)(\\))?"));
    static const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
    static const QRegularExpression after(QStringLiteral("^(?:_s|_L1|_ba)?\\s*(\\.arg\\s*\\(|\\+(?![+=])|%)"));
    static const QRegularExpression before(QStringLiteral("(\\+=|(?<![+])\\+|%)\\s*$"));
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    static const QRegularExpression assigned(QStringLiteral("\\b(\\w+)\\s*(?:=|\\(|\\{)\\s*$"));
    const QString code = withoutComments(source);
    QList<Site> sites;
    QRegularExpressionMatchIterator it = chain.globalMatch(code);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool wrapped = m.capturedStart(0) != m.capturedStart(1);
        if (wrapped && m.captured(2).isEmpty())
            continue; // "Macro(" without its ")" right after the literal: a call with more arguments, not a wrapper
        QString text;
        QRegularExpressionMatchIterator pieces = piece.globalMatch(m.captured(1));
        while (pieces.hasNext())
            text += pieces.next().captured(1);
        if (!looksLikeSql(text))
            continue;
        const qsizetype start = m.capturedStart(0);
        const qsizetype end = wrapped ? m.capturedEnd(0) : m.capturedEnd(1);
        const QString tail = code.mid(end, 40);
        const QString head = code.mid(std::max<qsizetype>(0, start - 40), start - std::max<qsizetype>(0, start - 40));
        QString how;
        const QRegularExpressionMatch a = after.match(tail);
        const QRegularExpressionMatch b = before.match(head);
        const QRegularExpressionMatch named = assigned.match(head);
        if (a.hasMatch()) {
            how = a.captured(1).startsWith(QLatin1Char('.')) ? QStringLiteral(".arg") : a.captured(1);
        } else if (b.hasMatch()) {
            how = b.captured(1);
        } else if (placeholder.match(text).hasMatch()) {
            how = QStringLiteral("%N"); // filled in later, wherever that is
        } else if (named.hasMatch()) {
            // Kept in a variable: joined later? (sql += name; sql + name; sql.arg(name); sql.append(name))
            const QString var = QRegularExpression::escape(named.captured(1));
            const QRegularExpression use(QStringLiteral("\\b%1\\s*(\\+=|\\+(?![+])|%|\\.arg\\s*\\(|\\.append\\s*\\(|"
                                                        "\\.prepend\\s*\\(|\\.insert\\s*\\()|(?:\\+|%)\\s*%1\\b")
                                             .arg(var));
            if (!use.match(code, end).hasMatch())
                continue;
            how = QStringLiteral("variable ") + named.captured(1);
        } else {
            continue;
        }
        sites.append({file, int(code.left(start).count(QLatin1Char('\n'))) + 1, text, how});
    }
    return sites;
}

int sqlLiteralCount(const QString& source)
{
    static const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
    int count = 0;
    QRegularExpressionMatchIterator it = piece.globalMatch(withoutComments(source));
    while (it.hasNext())
        count += looksLikeSql(it.next().captured(1)) ? 1 : 0;
    return count;
}

/** The reviewed entry for site: the one with the longest fragment the SQL holds, so that narrow entries win. */
const Reviewed* reviewedFor(const Site& site)
{
    const Reviewed* best = nullptr;
    for (const Reviewed& r : kReviewed) {
        if (site.file == QLatin1String(r.file) && site.sql.contains(QLatin1String(r.fragment)) &&
            (!best || qstrlen(r.fragment) > qstrlen(best->fragment)))
            best = &r;
    }
    return best;
}

} // namespace

class TestSqlConstruction : public QObject
{
    Q_OBJECT

private slots:
    void detectorFindsConstruction_data();
    void detectorFindsConstruction();
    void coreBuildsNoSqlFromData();
};

void TestSqlConstruction::detectorFindsConstruction_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("how"); // empty: nothing to find
    QTest::newRow("arg") << QStringLiteral(
                                "q.exec(QStringLiteral(\"SELECT * FROM actors WHERE uid = '%1'\").arg(uid));")
                         << QStringLiteral(".arg");
    QTest::newRow("arg on a new line")
        << QStringLiteral("q.prepare(QStringLiteral(\"SELECT id \"\n   \"FROM %1\")\n     .arg(table));")
        << QStringLiteral(".arg");
    QTest::newRow("plus after") << QStringLiteral(
                                       "q.exec(QStringLiteral(\"DELETE FROM actors WHERE name = '\") + name);")
                                << QStringLiteral("+");
    QTest::newRow("plus before") << QStringLiteral("const QString s = prefix + QLatin1String(\" WHERE x = 1\");")
                                 << QStringLiteral("+");
    QTest::newRow("append") << QStringLiteral("sql += QStringLiteral(\" AND name LIKE '%\");") << QStringLiteral("+=");
    QTest::newRow("builder") << QStringLiteral("QString s = u\"UPDATE t SET a = \"_s % value;") << QStringLiteral("%");
    QTest::newRow("bare literal") << QStringLiteral("exec(\"INSERT INTO t VALUES ('\" + v + \"')\");")
                                  << QStringLiteral("+");
    QTest::newRow("placeholder filled later")
        << QStringLiteral("const QString sql = QStringLiteral(\"DELETE FROM %1 WHERE id = ?\");\nq.exec(sql.arg(t));")
        << QStringLiteral("%N");
    QTest::newRow("kept in a variable")
        << QStringLiteral("QString sql = QStringLiteral(\"SELECT id FROM actors WHERE name = '\");\nsql += name;")
        << QStringLiteral("variable sql");
    QTest::newRow("variable only run") << QStringLiteral("const QString sql = QStringLiteral(\"SELECT id FROM t\");\n"
                                                         "q.exec(sql);\nother += x;")
                                       << QString();
    QTest::newRow("bound is fine")
        << QStringLiteral("sql::exec(q, QStringLiteral(\"SELECT id FROM actors WHERE uid = ?\"), {uid}, error);")
        << QString();
    QTest::newRow("translated text is fine")
        << QStringLiteral("tr(\"Cannot read %1 from the file\").arg(path);") << QString();
    QTest::newRow("comment is fine") << QStringLiteral("// QStringLiteral(\"SELECT %1\").arg(x)\nint y = 0;")
                                     << QString();
    QTest::newRow("value joined outside the SQL")
        << QStringLiteral("sql::exec(q, QStringLiteral(\"SELECT id FROM a WHERE k >= ?\"), {key + QChar(1)}, e);")
        << QString();
}

void TestSqlConstruction::detectorFindsConstruction()
{
    QFETCH(QString, code);
    QFETCH(QString, how);
    const QList<Site> sites = findSqlConstruction(QStringLiteral("snippet.cpp"), code);
    if (how.isEmpty()) {
        QVERIFY2(sites.isEmpty(), qPrintable(sites.value(0).sql));
    } else {
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites.first().how, how);
    }
}

void TestSqlConstruction::coreBuildsNoSqlFromData()
{
    const QString root = cb::test::sourceDir();
    QDirIterator it(root + QStringLiteral("/core"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    int literals = 0;
    QList<Site> sites;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString source = QString::fromUtf8(file.readAll());
        ++files;
        literals += sqlLiteralCount(source);
        sites += findSqlConstruction(QDir(root).relativeFilePath(path), source);
    }
    // The scan saw the code: the storage layer alone holds well over a hundred SQL literals.
    QVERIFY2(files > 100, qPrintable(QString::number(files)));
    QVERIFY2(literals > 100, qPrintable(QString::number(literals)));

    QStringList unreviewed;
    QSet<const Reviewed*> used;
    for (const Site& site : sites) {
        if (const Reviewed* r = reviewedFor(site))
            used.insert(r);
        else
            unreviewed << QStringLiteral("%1:%2: SQL joined with %3: %4")
                              .arg(site.file)
                              .arg(site.line)
                              .arg(site.how, site.sql.left(80));
    }
    for (const Reviewed& r : kReviewed) {
        if (!used.contains(&r))
            qWarning("reviewed place no longer found (the list can be trimmed): %s: %s", r.file, r.fragment);
    }
    qInfo("files scanned: %d, SQL literals: %d, SQL joined with something: %d (reviewed: %d), unreviewed: %d", files,
          literals, int(sites.size()), int(sites.size() - unreviewed.size()), int(unreviewed.size()));
    QVERIFY2(unreviewed.isEmpty(),
             qPrintable(QStringLiteral("SQL built by joining text; bind the values (or review and list the place "
                                       "in tst_sqlconstruction.cpp):\n") +
                        unreviewed.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSqlConstruction)
#include "tst_sqlconstruction.moc"
