// SPDX-License-Identifier: GPL-3.0-or-later
// One open database: the store, the undo stack, the selection and its analysis (src/analysis).
#pragma once

#include "selection.h"

#include "analysis/namndanalysis.h"
#include "analysis/namndinputs.h"
#include "core/economictable.h"
#include "core/forecastresult.h"
#include "core/verksamhettree.h"
#include "storage/store.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <tuple>
#include <vector>

class QUndoStack;

namespace Tertial::Models {

class LiveUpdates;
struct LiveSettings;

// An edit of figures the store refused because someone changed some of its cells after they
// were read (a shared server): the block as typed, the cells changed meanwhile, who and when.
// The table shows their values and marks the cells until the user keeps theirs or applies hers again.
struct FigureConflict final
{
    int id = 0;
    std::vector<Storage::FigureChange> mine;
    std::vector<Storage::FigureKey> cells;
    std::string who;
    std::string at;
    QString message;
};

// A document is driven without a window: select(), editFigures(), undoStack()->undo() are all a
// benchmark or a test needs. Views follow the typed signals. There is one per open database and
// no global instance: pass it in.
class Document final : public QObject
{
    Q_OBJECT
public:
    explicit Document(std::unique_ptr<Storage::Store> store, QObject *parent = nullptr);
    ~Document() override;

    Storage::Store &store() { return *m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Reads the nämnd-year from the store (another period of the same nämnd-year reads nothing)
    // and builds its analysis, which every view reads. On an error the previous selection stays.
    Core::Result<void> select(const Selection &selection);
    // Reads the selection again from the store: after a write that did not go through the
    // document's own edit path (a ledger import), which changes figures the inputs hold.
    Core::Result<void> reload();
    const Selection &selection() const { return m_selection; }
    int month() const { return m_month; } // the end month of the selected period
    bool hasSelection() const { return m_selection.namndId != 0; }

    const DisplaySettings &display() const { return m_display; }
    void setDisplay(const DisplaySettings &display);

    // The one computation of the selection's numbers; replaced (never changed) after every edit.
    const Analysis::NamndAnalysis &analysis() const { return m_analysis; }
    // The inputs it was built from: what the store holds for the nämnd-year.
    const Analysis::NamndInputs &inputs() const { return m_inputs; }

    const Core::EconomicTable &economicTable() const { return m_analysis.table(); }
    // The Driftredovisning per kontoslag of the selection, the analysis's (documentkontoslag.cpp).
    Core::Result<Core::EconomicTable> kontoslagTable() const;
    const std::vector<Storage::Verksamhet> &verksamheter() const { return m_inputs.verksamheter; }
    const Storage::Verksamhet *verksamhet(Storage::Id id) const;
    bool isLeaf(Storage::Id id) const;

    // The key of a measure of a verksamhet in the selected year and period.
    Storage::FigureKey keyFor(Storage::Id verksamhetId, Storage::Measure measure) const;
    // The stored value of a key of the selected nämnd (the year or the year before), if any.
    std::optional<Core::Money> storedFigure(const Storage::FigureKey &key) const;

    // Locks: figures of the selected month (or the whole year) are read-only when locked.
    bool isPeriodLocked() const;
    bool isBudgetLocked() const; // the helår budget: locked by any lock of the year (see lockOf)
    bool isLocked(const Storage::FigureKey &key) const { return lockOf(key) != nullptr; }
    // The lock that freezes the key's figure, as the store decides it: its own period; for the
    // helår budget any locked month of the year (the month shows it and periodises it); for
    // utfall a locked month of the next year that shows it (the same month, and December).
    const Storage::PeriodLock *lockOf(const Storage::FigureKey &key) const;

    QString comment(Storage::Id verksamhetId) const;
    Storage::ForecastMethod forecastMethod(Storage::Id verksamhetId) const;
    // The core's forecast of a leaf whose method is not manual (its prognos in the table), or
    // why it could not be computed; nullptr for manual rows.
    const Core::Result<Core::ForecastResult> *computedForecast(Storage::Id verksamhetId) const;

    // Edits through the undo stack: each validates, then pushes one command whose redo writes one
    // store transaction. An error (a locked period, a refused write) is returned and nothing is
    // pushed. `text` names the step in the Edit menu.
    // `reason` goes to the audit log with every changed figure (a typed formula, say).
    Core::Result<void> editFigures(std::vector<Storage::FigureChange> changes, const QString &text,
                                   const std::string &reason = {});
    Core::Result<void> editComment(Storage::Id verksamhetId, const QString &text);
    Core::Result<void> editForecastMethod(Storage::Id verksamhetId, Storage::ForecastMethod method);

    // The registers beside the figures (documentregisters.cpp). Each edit writes one store
    // transaction with its audit rows and pushes one undo step; an error (a locked period, a key
    // that exists) is returned and nothing is pushed. A change names the row as stored (before)
    // and as it should be (after): no before = add, no after = delete.
    Core::Result<void> editVolumes(std::vector<Storage::VolumeChange> changes, const QString &text);
    Core::Result<void> editActionItems(std::vector<Storage::ActionItemChange> changes, const QString &text);
    Core::Result<void> editInvestments(std::vector<Storage::InvestmentChange> changes, const QString &text);
    Core::Result<void> editStateGrants(std::vector<Storage::StateGrantChange> changes, const QString &text);
    Core::Result<void> editPersonnel(std::vector<Storage::PersonnelChange> changes, const QString &text);
    // An indicator's definition (målsort, tolerans): validated, written with its audit row, undoable.
    Core::Result<void> editIndicator(const Storage::Indicator &indicator);
    // Sets the status of an indicator's value for the selected year by hand (a reason is
    // required) or, with nullopt, goes back to the computed status. Undoable.
    Core::Result<void> editStatusOverride(Storage::Id indicatorId, std::optional<Storage::StatusOverride> override_);
    // The selected nämnd's status overrides.
    const std::vector<Storage::StatusOverride> &statusOverrides() const { return m_inputs.overrides; }
    // Used by the undo commands only: write, no undo entry.
    Core::Result<void> applyRows(std::span<const Storage::VolumeChange> changes, const std::string &reason);
    Core::Result<void> applyRows(std::span<const Storage::ActionItemChange> changes, const std::string &reason);
    Core::Result<void> applyRows(std::span<const Storage::InvestmentChange> changes, const std::string &reason);
    Core::Result<void> applyRows(std::span<const Storage::StateGrantChange> changes, const std::string &reason);
    Core::Result<void> applyRows(std::span<const Storage::PersonnelChange> changes, const std::string &reason);
    Core::Result<void> applyIndicator(const Storage::Indicator &indicator);
    Core::Result<void> applyStatusOverride(Storage::Id indicatorId, int year, std::optional<int> month,
                                           const std::optional<Storage::StatusOverride> &override_);

    // Explicit, logged, not undoable (a lock is a decision, not an edit).
    Core::Result<void> lockPeriod(bool wholeYear, const std::string &reason);
    Core::Result<void> unlockPeriod(bool wholeYear, const std::string &reason);

    // The audit log of a verksamhet, or of the nämnd when none is given.
    Core::Result<std::vector<Storage::AuditEntry>> auditLog(std::optional<Storage::Id> verksamhetId);

    // Used by the undo commands only: write and update the derived table, no undo entry. Each
    // change carries the version it is based on; returns the version the cells now have, or
    // kPendingVersion when the server was unreachable and the change waits here to be written.
    Core::Result<std::int64_t> applyFigures(std::span<const Storage::FigureChange> changes, const std::string &reason);
    static constexpr std::int64_t kPendingVersion = -1;

    // The version of a cell as shown (0: empty): what an edit of it is based on (documentlive.cpp).
    std::int64_t versionOf(const Storage::FigureKey &key) const;

    // Conflicts: edits refused because someone else changed the cells first.
    const std::vector<FigureConflict> &conflicts() const { return m_conflicts; }
    const FigureConflict *conflictAt(const Storage::FigureKey &key) const;
    enum class Resolution { TakeTheirs, ApplyMine };
    // Keep their values (forget mine), or write mine over theirs as a new edit (one undo step).
    Core::Result<void> resolveConflict(int id, Resolution resolution);

    // The cell whose editor is open: a refresh from the server keeps its value and version as
    // they were when typing began (and refreshes it once the editor closes).
    void setEditingCell(std::optional<Storage::FigureKey> key);

    // Other clients' changes on a shared server: listening, the heartbeat and reconnecting
    // (liveupdates.h). Does nothing for a store without a change feed (a file).
    void startLiveUpdates(const LiveSettings &settings);
    void startLiveUpdates();
    LiveUpdates *liveUpdates() const { return m_live; }
    // Reads the selection again and updates only what changed, without disturbing the cell being
    // edited or edits not yet written; a new tree resets the views (deferred while editing).
    Core::Result<void> refresh();
    // Edits typed while the server was unreachable, kept here in order until it is back.
    bool isPending(const Storage::FigureKey &key) const;
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    // Writes them, each based on the version the cell had when it was typed over; a cell someone
    // changed meanwhile becomes a conflict. Stops (keeping the rest) if the server is gone again.
    Core::Result<void> flushPending();
    Core::Result<void> applyComment(const Storage::Comment &comment);
    Core::Result<void> applyForecastMethod(const Storage::ForecastChoice &choice);

    // The last error an edit ran into (Swedish), for views that cannot take a return value.
    const QString &lastError() const { return m_lastError; }
    void reportError(const QString &message);

signals:
    void selectionChanged();                 // a new tree: views reset
    void displayChanged();                   // same values, other text
    // Values changed for these verksamheter (leaves) and so their ancestors and the total.
    void figuresChanged(const QList<qint64> &verksamhetIds);
    void commentChanged(qint64 verksamhetId);
    void forecastMethodChanged(qint64 verksamhetId);
    void lockChanged();
    void auditLogChanged();
    void indicatorsChanged();
    void registersChanged(); // volymer, åtgärdsplan, investeringar or statsbidrag rows
    void errorOccurred(const QString &message);
    void conflictOccurred(int id);        // a new conflict: show it at its cells, offer the choices
    void conflictsChanged();              // one was added or resolved
    void pendingChanged();                // edits waiting for the server

private:
    // Adds the change of a stored utfall netto that follows an edit of its intäkter or kostnader.
    void followSplit(std::vector<Storage::FigureChange> &changes) const;
    using Slot = Analysis::FigureSlot;
    // Builds the analysis again after a change of its inputs (same code as select()).
    Core::Result<void> load(const Selection &selection, bool reread);
    Core::Result<void> rebuild(const Analysis::Changes &changes);
    Core::Result<void> rereadIndicators();
    enum class Part { Volumes, Registers }; // registers: åtgärder, investeringar, statsbidrag, personal
    Core::Result<void> registersWritten(Part part);
    // documentlive.cpp
    void showFigures(std::span<const Storage::FigureChange> changes, std::int64_t version, bool pending);
    void noteConflict(std::span<const Storage::FigureChange> changes, const QString &message);
    bool sameTree(const std::vector<Storage::Verksamhet> &other) const;
    void noteConnectionLost(const QString &message);

    std::unique_ptr<Storage::Store> m_store;
    QUndoStack *m_undoStack;
    Selection m_selection;
    int m_month = 12;
    DisplaySettings m_display;
    Analysis::NamndInputs m_inputs;
    Analysis::NamndAnalysis m_analysis;
    QString m_lastError;

    std::optional<Slot> m_editing;
    bool m_refreshDeferred = false;
    struct PendingEdit
    {
        std::vector<Storage::FigureChange> changes;
        std::string reason;
    };
    std::vector<PendingEdit> m_pending;
    std::set<Slot> m_pendingSlots;
    std::vector<FigureConflict> m_conflicts;
    int m_nextConflict = 1;
    LiveUpdates *m_live = nullptr;
};

} // namespace Tertial::Models
