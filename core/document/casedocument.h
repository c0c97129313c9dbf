// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/casedelta.h"
#include "document/jobtracker.h"
#include "rules/findings.h"
#include "rules/rulechecker.h"
#include "store/casestore.h"

#include <QDate>
#include <QObject>
#include <memory>
#include <optional>

namespace chiptrail {

class RuleBook;

// How the export rules are applied to the case: the rules of each link's own date or of one
// chosen date, and rule sets switched on as "what if".
struct CheckSettings
{
    std::optional<QDate> rulesAt;
    QStringList counterfactuals;
    bool operator==(const CheckSettings &) const = default;
};

// The open case between the file and the views. It holds the case as loaded, kept in step with
// every edit without reading the whole file again, the one rule book of the program and the
// current findings. Edits go command → CaseStore (which reports the rows it wrote) → here → the
// views, which hear once per edit exactly which parties, links, places, notes and sources were
// added, changed or removed, and update only those. Findings are worked out again off the GUI
// thread after each edit that can change them; a result overtaken by a newer edit is dropped.
class CaseDocument : public QObject
{
    Q_OBJECT
public:
    explicit CaseDocument(QObject *parent = nullptr);
    ~CaseDocument() override;

    // Another case (or none): the views rebuild from scratch on reset(). Throws CaseError when the
    // case cannot be read, and then keeps the case it had.
    void setStore(std::unique_ptr<CaseStore> store);
    // The same case, now in another file (Save As copied it): nothing is loaded again.
    void moveToCopy(std::unique_ptr<CaseStore> copy);
    bool hasCase() const { return m_store != nullptr; }
    CaseStore *store() const { return m_store.get(); }

    // The case as it is in the file now. Lists are ordered by id.
    const CaseData &data() const { return m_data; }
    const Party *party(PartyId id) const;
    const Site *site(SiteId id) const;
    const Product *product(ProductId id) const;
    const Link *link(LinkId id) const;
    const Source *source(SourceId id) const;
    const Note *note(NoteId id) const;
    // The places shown, by party id: those in the file and the layout's not written yet.
    QList<NodePosition> positions() const;
    std::optional<NodePosition> position(PartyId id) const;
    int noteCount(SubjectKind subject, qint64 id) const; // notes that back the subject
    CaseCounts counts() const;

    // The layout's places for parties the file has none for (or none it can use): shown at once,
    // written to the file with the next edit. Opening a case never writes to it, and a file
    // somebody sent stays byte for byte as it came until the user changes something.
    void placeUnstored(const QList<NodePosition> &places);
    bool hasUnstoredPlaces() const { return !m_unstored.isEmpty(); }
    // Writes them now: the first edit does (beginEdit), and so does Save As into the new file.
    void storeUnstoredPlaces();

    // One edit as the views hear it: all the store reports between the first begin and the
    // matching end goes out as one `changed` (an undo macro of five deletions is one update).
    void beginEdit();
    void endEdit();
    // Whether an edit is being applied (inside an EditScope): a long one (a table import) lets
    // the window paint, and background results that would write to the case wait until it is done.
    bool isEditing() const { return m_editDepth > 0; }

    class EditScope
    {
    public:
        explicit EditScope(CaseDocument *document) : m_document(document) { m_document->beginEdit(); }
        ~EditScope() { m_document->endEdit(); }
        EditScope(const EditScope &) = delete;
        EditScope &operator=(const EditScope &) = delete;

    private:
        CaseDocument *m_document;
    };

    // The rule book is loaded once for the whole program; null when its data is broken.
    const RuleBook *ruleBook() const;
    QString ruleBookError() const;
    void setCheckSettings(const CheckSettings &settings);
    const CheckSettings &checkSettings() const { return m_settings; }
    // The user's active screening lists (rules/liststore.h), screened besides the shipped Entity
    // List entries; setting them checks the case again, once.
    void setScreeningLists(ListScreeners lists);
    const ListScreeners &screeningLists() const { return m_lists; }
    const CaseFindings &findings() const { return m_findings; }
    const QList<FindingChange> &findingChanges() const { return m_findingChanges; } // vs. rules in force
    QString checkError() const { return m_checkError; }
    bool isChecking() const { return m_checks.isRunning() || m_checkQueued; }
    JobTracker *checks() { return &m_checks; }
    void waitForFindings(); // blocks until the findings are current (tests, benchmark, CLI)

    // How often the whole case was read from the file: once per opened case, never per edit.
    int fullLoads() const { return m_fullLoads; }

Q_SIGNALS:
    void reset();
    void changed(const chiptrail::CaseDelta &delta);
    void findingsChanged();
    void checkingChanged(bool running);

private:
    void absorb(const CaseChange &change);
    void flush();
    void loadAll();                                                  // from the store again
    void take(CaseData data, const QList<NodePosition> &positions); // the case read, and what follows from it
    void countNotes(const Note &note, int step, CaseDelta *delta);
    void queueCheck();
    void runCheck();

    std::unique_ptr<CaseStore> m_store;
    CaseData m_data;
    QHash<qint64, NodePosition> m_positions;
    QHash<qint64, NodePosition> m_unstored; // the layout's places not in the file yet
    QHash<qint64, int> m_noteCounts[4]; // by SubjectKind
    CaseChange m_pending;
    int m_editDepth = 0;
    int m_fullLoads = 0;

    CheckSettings m_settings;
    ListScreeners m_lists;
    CaseFindings m_findings;
    QList<FindingChange> m_findingChanges;
    QString m_checkError;
    JobTracker m_checks;
    bool m_checkQueued = false;
};

} // namespace chiptrail
