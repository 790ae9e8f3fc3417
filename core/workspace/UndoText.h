// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <type_traits>
#include <utility>

namespace cb {

/**
 * What the Edit menu calls an edit ("Undo Move Shanghai – Lyon to Signed"). Either a fixed text, or a source
 * that builds the text in the interface language of the moment: a function that calls tr() with the
 * arguments it captured. The source is asked again after the language changes, so an edit made in English
 * reads in Chinese once the officer switches the interface to Chinese.
 */
class UndoText
{
public:
    UndoText() = default;
    /** A text that stays as it is (a file name, or a caller that has nothing to translate). */
    UndoText(const QString& fixed)
        : m_fixed(fixed) {} // NOLINT(google-explicit-constructor): QString converts on purpose
    /** A text built by @p source, again whenever the language changes. */
    template <typename Source, typename = std::enable_if_t<std::is_invocable_r_v<QString, Source>>>
    UndoText(Source source) : m_source(std::move(source)) // NOLINT(google-explicit-constructor)
    {
    }

    /** The text in the current interface language. */
    QString current() const { return m_source ? m_source() : m_fixed; }
    bool isEmpty() const { return current().isEmpty(); }
    bool followsLanguage() const { return bool(m_source); }

private:
    std::function<QString()> m_source;
    QString m_fixed;
};

} // namespace cb
