// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Actor.h"
#include "FieldErrors.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cb {
struct GazetteerEntry;
}

namespace cb::ui {

class ConflictBar;
class GazetteerLookup;
class LocalizedTextsEditor;
class WorkspaceDocument;

/**
 * The form for one city or institution: names in three languages and the native one, other names, country,
 * the facts of its kind, and its profile, heritage and key sectors per language on tabs that show which languages
 * are still missing. A new city can be filled from the gazetteer. A name that an existing actor already
 * carries brings up an offer to open that one instead. Save checks everything first and writes nothing when a
 * field is wrong: the reason stands under the field. A failed write keeps what the officer typed.
 */
class ActorForm : public QWidget
{
    Q_OBJECT

public:
    explicit ActorForm(WorkspaceDocument* document, QWidget* parent = nullptr);

    /** Starts an empty form for a new actor of this kind. */
    void startNew(ActorKind kind);
    /** Loads an existing actor; false when it is not in the workspace. */
    bool load(ActorId id);
    /** The actor being edited, or 0 for a new one. */
    ActorId actorId() const { return m_original.id; }
    ActorKind kind() const { return m_original.kind; }
    /** The heading for the panel: "New city", "Edit institution", ... */
    QString title() const;

    /** Validates and writes; returns whether something was saved. */
    bool save();
    /** Fills the form from a gazetteer entry (as choosing it in the lookup does). */
    void fillFrom(const GazetteerEntry& entry);

    const FieldErrors& errors() const { return m_errors; }
    QString statusText() const;
    /** The message of a save refused because someone else saved the record first, or an empty string. */
    QString conflictText() const;
    /** The conflict's "Show the Stored Version" button, or nullptr (tests press it). */
    QPushButton* conflictReloadButton() const;

signals:
    /** The officer chose to open an existing actor instead of adding a duplicate. */
    void openActorRequested(cb::ActorId id);
    void saved(cb::ActorId id);
    /** Cancel was pressed: the panel may close. */
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslate();
    void refreshChoices();
    void showValues(const Actor& actor);
    /** The actor as the fields describe it; parse problems go to problems. */
    Actor draft(ValidationResult* problems) const;
    void checkDuplicates();
    void showDuplicate(const QList<ActorId>& ids);
    void setStatus(const QString& text, bool error);
    void removeActor();
    void onDataChanged();
    /** Tells the language tabs which names are typed, for their missing markers. */
    void updateNameMarkers();

    WorkspaceDocument* m_document;
    Actor m_original;
    bool m_allowDuplicate = false;
    ActorId m_duplicateId = 0;
    FieldErrors m_errors;

    QLabel* m_heading = nullptr;
    QLabel* m_lookupLabel = nullptr;
    GazetteerLookup* m_lookup = nullptr;
    QFrame* m_duplicateBox = nullptr;
    QLabel* m_duplicateText = nullptr;
    QPushButton* m_openExisting = nullptr;
    QPushButton* m_keepBoth = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QLineEdit* m_nameZh = nullptr;
    QLineEdit* m_nameEs = nullptr;
    QLineEdit* m_nameNative = nullptr;
    QPlainTextEdit* m_aliases = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_latitude = nullptr;
    QLineEdit* m_longitude = nullptr;
    QLineEdit* m_population = nullptr;
    QComboBox* m_timezone = nullptr;
    QLineEdit* m_region = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_abbreviation = nullptr;
    QLineEdit* m_website = nullptr;
    QLabel* m_textsLabel = nullptr;
    LocalizedTextsEditor* m_texts = nullptr;
    QLabel* m_status = nullptr;
    ConflictBar* m_conflict = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    QList<QPair<QLabel*, const char*>> m_rowLabels;
    QList<QWidget*> m_cityRows;
    QList<QWidget*> m_institutionRows;
};

} // namespace cb::ui
