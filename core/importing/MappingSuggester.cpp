// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingSuggester.h"

#include "ThemeLookup.h"
#include "text/SearchKey.h"

#include <QRegularExpression>

namespace cb {

namespace {

struct Keywords
{
    ImportField field;
    std::initializer_list<const char*> words; // UTF-8, compared by search key
};

// Most specific first: "Ciudad de interés" is a partner city, not the respondent's city.
const Keywords keywordTable[] = {
    {ImportField::InterestActor,
     {"partner city", "partner cities", "city of interest", "cities of interest", "cooperate with city",
      "ciudad de interés", "ciudades de interés", "ciudad socia", "ciudades socias", "ciudad para cooperar",
      "感兴趣的城市", "合作城市", "意向城市", "伙伴城市", "希望合作的城市"}},
    {ImportField::InterestCountry,
     {"partner country", "partner countries", "country of interest", "countries of interest", "país de interés",
      "países de interés", "país socio", "países socios", "感兴趣的国家", "合作国家", "意向国家", "希望合作的国家"}},
    {ImportField::Contact,
     {"contact", "email", "e-mail", "phone", "telephone", "contacto", "correo", "teléfono", "联系人", "联系方式",
      "邮箱", "电子邮件", "电话"}},
    {ImportField::Date,
     {"date", "submitted", "timestamp", "fecha", "marca temporal", "日期", "提交时间", "填写时间"}},
    {ImportField::Offer,
     {"offer", "can share", "good practice", "strength", "oferta", "ofrece", "ofrecer", "buena práctica",
      "buenas prácticas", "可提供", "可分享", "优势", "经验", "良好实践"}},
    {ImportField::Priority,
     {"priority", "priorities", "need", "needs", "prioridad", "prioridades", "necesidad", "necesidades", "优先",
      "需求", "重点", "发展方向"}},
    {ImportField::FreeText,
     {"comment", "comments", "note", "notes", "remarks", "comentario", "comentarios", "observaciones", "notas",
      "备注", "意见", "建议", "说明"}},
    {ImportField::Country, {"country", "nation", "país", "nación", "国家", "国别"}},
    {ImportField::ActorName,
     {"city", "municipality", "institution", "organization", "organisation", "local government", "ciudad",
      "municipio", "institución", "organización", "gobierno local", "城市", "市名", "机构", "单位", "地方政府"}},
};

bool containsKeyword(const QString& headerKey, const Keywords& keywords)
{
    for (const char* word : keywords.words) {
        const QString key = searchKey(QString::fromUtf8(word));
        if (!key.isEmpty() && headerKey.contains(key))
            return true;
    }
    return false;
}

/** The rank a header states: "Prioridad 2", "2nd priority", "优先事项二", "第三"; 0 when none. */
int rankIn(const QString& header)
{
    static const QRegularExpression digits(QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch m = digits.match(header);
    if (m.hasMatch()) {
        const int n = m.captured(1).toInt();
        return n >= 1 && n <= 20 ? n : 0;
    }
    static const QString chineseDigits = QString::fromUtf8("一二三四五六七八九十");
    for (const QChar c : header) {
        const int i = chineseDigits.indexOf(c);
        if (i >= 0)
            return i + 1;
    }
    return 0;
}

} // namespace

MappingSuggester::MappingSuggester(const QList<Theme>& themes) : m_themes(themes)
{
}

ColumnRule MappingSuggester::suggest(int column, const QString& header) const
{
    ColumnRule rule;
    rule.column = column;
    rule.header = header;
    const QString key = searchKey(header);
    if (key.isEmpty())
        return rule;
    const ThemeLookup themes(m_themes);
    for (const Keywords& keywords : keywordTable) {
        if (!containsKeyword(key, keywords))
            continue;
        rule.field = keywords.field;
        if (rule.field == ImportField::Priority || rule.field == ImportField::Offer) {
            rule.rank = rankIn(header);
            // "Priority: tourism development" names its theme; "Prioridad 1" holds theme names.
            const int colon = header.indexOf(QRegularExpression(QStringLiteral("[:：]")));
            if (colon >= 0) {
                if (const Theme* theme = themes.find(header.mid(colon + 1)))
                    rule.themeKey = theme->key;
            }
        }
        return rule;
    }
    if (const Theme* theme = themes.find(header)) {
        rule.field = ImportField::Priority;
        rule.themeKey = theme->key;
    }
    return rule;
}

ColumnMapping MappingSuggester::suggestMapping(const QStringList& headers) const
{
    ColumnMapping mapping;
    bool seenName = false;
    bool seenCountry = false;
    bool seenDate = false;
    for (int i = 0; i < headers.size(); ++i) {
        ColumnRule rule = suggest(i, headers.at(i));
        bool* seen = rule.field == ImportField::ActorName ? &seenName
                     : rule.field == ImportField::Country ? &seenCountry
                     : rule.field == ImportField::Date    ? &seenDate
                                                          : nullptr;
        if (seen) {
            if (*seen)
                rule.field = ImportField::Ignore;
            *seen = true;
        }
        mapping.rules.append(rule);
    }
    return mapping;
}

} // namespace cb
