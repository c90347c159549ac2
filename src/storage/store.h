// SPDX-License-Identifier: GPL-3.0-or-later
// The storage interface: SQLite (a file) and PostgreSQL (the shared server) behind the same calls.
// Every write is one transaction.
#pragma once

#include "changefeed.h"
#include "decision.h"
#include "importbatch.h"
#include "ledger.h"
#include "personnel.h"
#include "records.h"
#include "registerrows.h"

#include "core/error.h"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace Tertial::Storage {

class Store
{
public:
    virtual ~Store() = default;

    // Who the audit log names for the following writes, and the clock it stamps them with
    // (UTC ISO 8601; injectable so tests are repeatable).
    virtual void setUser(std::string user) = 0;
    virtual void setClock(std::function<std::string()> clock) = 0;

    virtual int schemaVersion() const = 0;
    // Empty when the database can be written; otherwise why not (Swedish, names the file). The
    // store then reads, and refuses every write with a message that says so.
    virtual std::string readOnlyReason() const { return {}; }

    // The program version that last opened the database for writing ("0.1.0 (git 93a342a1b2)"),
    // recorded by the programs when they open it to write; written only when it differs, so a
    // second opening by the same version leaves the file as it was. nullopt: none recorded yet.
    virtual Core::Result<void> recordWriterVersion(const std::string &version) = 0;
    virtual Core::Result<std::optional<std::string>> writerVersion() = 0;

    // Reference data
    virtual Core::Result<std::vector<Kommun>> kommuner() = 0;
    virtual Core::Result<std::vector<Kontoslag>> kontoslag() = 0;
    virtual Core::Result<std::vector<Namnd>> namnder(const std::string &kommun) = 0;
    virtual Core::Result<std::optional<Namnd>> findNamnd(const std::string &kommun, const std::string &code) = 0;

    // The verksamhet tree of a nämnd, depth-first in tree order (parents before children).
    virtual Core::Result<std::vector<Verksamhet>> verksamheter(Id namndId) = 0;
    // The nämnd's hidden node (empty path) holding whole-nämnd figures, if it has any.
    virtual Core::Result<std::optional<Id>> namndLevelId(Id namndId) = 0;

    // Figures
    virtual Core::Result<std::vector<Figure>> figures(Id namndId, int year) = 0;
    virtual Core::Result<void> setFigure(const FigureChange &change, const std::string &reason = {}) = 0;
    // A block (a paste, a row) as one transaction: all or none.
    virtual Core::Result<void> setFigures(std::span<const FigureChange> changes, const std::string &reason = {}) = 0;
    // The same, returning the version the written rows now carry (0 when nothing changed), so a
    // view can base its next edit of those cells on it. A change whose baseVersion is not the
    // stored one is refused (Conflict, naming who changed the cell and when); then nothing is written.
    virtual Core::Result<std::int64_t> writeFigures(std::span<const FigureChange> changes,
                                                    const std::string &reason = {}) = 0;
    // A cell as stored now, with who changed it last and when.
    virtual Core::Result<FigureState> figureState(const FigureKey &key) = 0;

    // Period locks: writes into a locked period are refused with a Conflict error.
    virtual Core::Result<void> lockPeriod(Id namndId, int year, std::optional<int> month, const std::string &reason) = 0;
    virtual Core::Result<void> unlockPeriod(Id namndId, int year, std::optional<int> month, const std::string &reason) = 0;
    virtual Core::Result<std::vector<PeriodLock>> periodLocks(Id namndId) = 0;

    // Comments and forecast methods (an empty text clears the comment)
    virtual Core::Result<void> setComment(const Comment &comment, const std::string &reason = {}) = 0;
    virtual Core::Result<std::vector<Comment>> comments(Id namndId, int year) = 0;
    virtual Core::Result<void> setForecastMethod(const ForecastChoice &choice, const std::string &reason = {}) = 0;
    virtual Core::Result<std::vector<ForecastChoice>> forecastMethods(Id namndId, int year) = 0;

    // Registers beside the figures
    virtual Core::Result<std::vector<Volume>> volumes(Id namndId, int year) = 0;
    virtual Core::Result<std::vector<Indicator>> indicators(Id namndId) = 0;
    virtual Core::Result<std::vector<IndicatorValue>> indicatorValues(Id indicatorId) = 0;
    virtual Core::Result<std::vector<ActionItem>> actionItems(Id namndId, int year) = 0;
    virtual Core::Result<std::vector<Investment>> investments(Id namndId, int year) = 0;
    virtual Core::Result<std::vector<StateGrant>> stateGrants(Id namndId, int year) = 0;
    // The personnel register of a nämnd, every year, in the register's order.
    virtual Core::Result<std::vector<PersonnelFigure>> personnel(Id namndId) = 0;

    // Register rows edited one at a time (the workbench tabs). Each call is one transaction with
    // one audit row per changed row (old -> new as readable text); a change into or out of a
    // locked period is refused (Conflict), as are adding a key that exists (Conflict) and
    // changing a row that is no longer stored (NotFound). Then nothing is written.
    virtual Core::Result<void> changeVolumes(std::span<const VolumeChange> changes, const std::string &reason = {}) = 0;
    virtual Core::Result<void> changeActionItems(std::span<const ActionItemChange> changes, const std::string &reason = {}) = 0;
    virtual Core::Result<void> changeInvestments(std::span<const InvestmentChange> changes, const std::string &reason = {}) = 0;
    virtual Core::Result<void> changeStateGrants(std::span<const StateGrantChange> changes, const std::string &reason = {}) = 0;
    virtual Core::Result<void> changePersonnel(std::span<const PersonnelChange> changes, const std::string &reason = {}) = 0;
    // An indicator's definition by id (målsort, tolerans, ...), audited.
    virtual Core::Result<void> setIndicator(const Indicator &indicator, const std::string &reason = {}) = 0;
    // Sets (a value) or removes (nullopt) the override of one indicator value's status. Setting
    // one without a reason is refused (MissingInput); so is a status outside the codes.
    virtual Core::Result<void> setStatusOverride(Id indicatorId, int year, std::optional<int> month,
                                                 const std::optional<StatusOverride> &override_) = 0;
    virtual Core::Result<std::vector<StatusOverride>> statusOverrides(Id namndId) = 0;

    // Decided report versions (beslutade versioner). recordDecision stores one (filling in id,
    // recordedAt and recordedBy) and locks its period (year, month) in the same transaction, with
    // an audit row for each; a dnr the nämnd already has is refused (Conflict), and so is a
    // snapshot or document whose hash does not match it. Nothing changes or removes a decision.
    virtual Core::Result<Decision> recordDecision(const Decision &decision, const std::string &reason = {}) = 0;
    // The nämnd's decisions, oldest first, without snapshot and document (a list to choose from).
    virtual Core::Result<std::vector<Decision>> decisions(Id namndId) = 0;
    // One decision whole; a stored snapshot or document that no longer matches its hash is an
    // error (Storage), never returned as if it were the decided one.
    virtual Core::Result<std::optional<Decision>> decision(Id namndId, const std::string &dnr) = 0;

    // Audit log, newest last
    virtual Core::Result<std::vector<AuditEntry>> auditLog(Id verksamhetId) = 0;
    virtual Core::Result<std::vector<AuditEntry>> auditLogOfNamnd(Id namndId) = 0;

    // Writes a whole import (creating nämnder and verksamheter on the way) in one transaction.
    // An error names the file:line of the row that could not be written; then nothing is written.
    virtual Core::Result<ImportSummary> apply(const ImportBatch &batch, const std::string &reason = {}) = 0;

    // The years in which the nämnd has any figure, or which were added (addYear), ascending.
    virtual Core::Result<std::vector<int>> years(Id namndId) = 0;
    // Structure edits of the workbench, each one transaction with its audit row. The remove of
    // each is its undo and refuses anything that holds data of its own. `id` brings back the
    // id an undo removed (a redo), so the log rows that name it line up again.
    virtual Core::Result<Namnd> createNamnd(const std::string &kommun, const std::string &code, const std::string &name,
                                            std::optional<Id> id = std::nullopt) = 0;
    virtual Core::Result<void> removeNamnd(Id namndId) = 0;
    // A verksamhet under `parentId` (none: the top level) at `position` among its siblings in
    // tree order (0 = first; past the end = last).
    virtual Core::Result<Verksamhet> createVerksamhet(Id namndId, std::optional<Id> parentId, const std::string &name,
                                                      int position, std::optional<Id> id = std::nullopt) = 0;
    virtual Core::Result<void> removeVerksamhet(Id verksamhetId) = 0;
    // A year the nämnd works with before any figure is entered (the tree and each verksamhet's
    // periodisering belong to the nämnd and hold for every year). With copyForecastMethods the
    // forecast methods of the year before, month by month, where the new year has none; returns
    // the methods it copied. Refused when the year exists.
    virtual Core::Result<std::vector<ForecastChoice>> addYear(Id namndId, int year, bool copyForecastMethods) = 0;
    // Its undo: the year and the methods it copied (those still as copied) go; refused when the
    // year holds anything else.
    virtual Core::Result<void> removeYear(Id namndId, int year, std::span<const ForecastChoice> copied) = 0;

    // The nämnd's audit entries newer than `afterId` (an AuditEntry::id; 0 = all), oldest first:
    // a view that holds the log so far appends these instead of reading it all again.
    virtual Core::Result<std::vector<AuditEntry>> auditLogOfNamnd(Id namndId, Id afterId) = 0;

    // Figures from the ledger (issue 13, docs/formats.md "Huvudboksexport"). The kommun's stored
    // mappings (empty lists when none are stored).
    virtual Core::Result<LedgerMappings> ledgerMappings(const std::string &kommun) = 0;
    // In one transaction: stores the mappings given, replaces the nämnd's monthly ledger amounts of
    // exactly the (year, month, version) the export covers, derives the ledger figures of the
    // years touched again and writes the difference, one audit row per added, changed or removed
    // figure. Typed figures are never touched: where one has the same key it wins when read.
    // A change into a locked period refuses the whole import (Conflict); then nothing is written.
    virtual Core::Result<LedgerSummary> applyLedger(const LedgerImport &import, const std::string &reason = {}) = 0;
    // The nämnd's stored monthly ledger amounts of these periods (what an import of them would
    // replace): the workbench keeps them to undo an import by importing them back.
    virtual Core::Result<std::vector<LedgerAmount>> ledgerAmounts(Id namndId, const std::vector<LedgerPeriod> &periods) = 0;

    // Other clients' committed changes as they happen, on a store that has them (the server);
    // nullptr for a file, which nobody else writes while it is open.
    virtual ChangeFeed *changeFeed() { return nullptr; }
};

} // namespace Tertial::Storage
