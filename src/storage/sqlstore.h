// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL store: every rule of the Store interface over a connection and its dialect.
#pragma once

#include <cstdint>

#include "sqlconnection.h"
#include "store.h"

#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>

namespace Tertial::Storage {

// The store's rules, written once over a Connection: SQLite (SqliteStore) and PostgreSQL
// (PgStore) differ only in how they open, check and migrate. Default arguments repeat the
// interface's so calls through either type read the same.
class SqlStore : public Store
{
public:
    void setUser(std::string user) override { m_user = std::move(user); }
    void setClock(std::function<std::string()> clock) override { m_clock = std::move(clock); }
    int schemaVersion() const override { return m_schemaVersion; }
    // The program version that last wrote the database (sqlstoremeta.cpp).
    Core::Result<void> recordWriterVersion(const std::string &version) override;
    Core::Result<std::optional<std::string>> writerVersion() override;

    Core::Result<std::vector<Kommun>> kommuner() override;
    Core::Result<std::vector<Kontoslag>> kontoslag() override;
    Core::Result<std::vector<Namnd>> namnder(const std::string &kommun) override;
    Core::Result<std::optional<Namnd>> findNamnd(const std::string &kommun, const std::string &code) override;
    Core::Result<std::vector<Verksamhet>> verksamheter(Id namndId) override;
    Core::Result<std::optional<Id>> namndLevelId(Id namndId) override;

    Core::Result<std::vector<Figure>> figures(Id namndId, int year) override;
    Core::Result<void> setFigure(const FigureChange &change, const std::string &reason = {}) override;
    Core::Result<void> setFigures(std::span<const FigureChange> changes, const std::string &reason = {}) override;
    Core::Result<std::int64_t> writeFigures(std::span<const FigureChange> changes, const std::string &reason = {}) override;
    Core::Result<FigureState> figureState(const FigureKey &key) override;

    Core::Result<void> lockPeriod(Id namndId, int year, std::optional<int> month, const std::string &reason) override;
    Core::Result<void> unlockPeriod(Id namndId, int year, std::optional<int> month, const std::string &reason) override;
    Core::Result<std::vector<PeriodLock>> periodLocks(Id namndId) override;

    Core::Result<void> setComment(const Comment &comment, const std::string &reason = {}) override;
    Core::Result<std::vector<Comment>> comments(Id namndId, int year) override;
    Core::Result<void> setForecastMethod(const ForecastChoice &choice, const std::string &reason = {}) override;
    Core::Result<std::vector<ForecastChoice>> forecastMethods(Id namndId, int year) override;

    Core::Result<std::vector<Volume>> volumes(Id namndId, int year) override;
    Core::Result<std::vector<Indicator>> indicators(Id namndId) override;
    Core::Result<std::vector<IndicatorValue>> indicatorValues(Id indicatorId) override;
    Core::Result<std::vector<ActionItem>> actionItems(Id namndId, int year) override;
    Core::Result<std::vector<Investment>> investments(Id namndId, int year) override;
    Core::Result<std::vector<StateGrant>> stateGrants(Id namndId, int year) override;
    Core::Result<std::vector<PersonnelFigure>> personnel(Id namndId) override; // sqlstorepersonnel.cpp

    // Register row edits and status overrides (sqlitestoreregisteredits.cpp)
    Core::Result<void> changeVolumes(std::span<const VolumeChange> changes, const std::string &reason = {}) override;
    Core::Result<void> changeActionItems(std::span<const ActionItemChange> changes, const std::string &reason = {}) override;
    Core::Result<void> changeInvestments(std::span<const InvestmentChange> changes, const std::string &reason = {}) override;
    Core::Result<void> changeStateGrants(std::span<const StateGrantChange> changes, const std::string &reason = {}) override;
    Core::Result<void> changePersonnel(std::span<const PersonnelChange> changes, const std::string &reason = {}) override;
    // Decided report versions (sqlstoredecisions.cpp)
    Core::Result<Decision> recordDecision(const Decision &decision, const std::string &reason = {}) override;
    Core::Result<std::vector<Decision>> decisions(Id namndId) override;
    Core::Result<std::optional<Decision>> decision(Id namndId, const std::string &dnr) override;
    Core::Result<void> setIndicator(const Indicator &indicator, const std::string &reason = {}) override;
    Core::Result<void> setStatusOverride(Id indicatorId, int year, std::optional<int> month,
                                         const std::optional<StatusOverride> &override_) override;
    Core::Result<std::vector<StatusOverride>> statusOverrides(Id namndId) override;

    Core::Result<std::vector<AuditEntry>> auditLog(Id verksamhetId) override;
    Core::Result<std::vector<AuditEntry>> auditLogOfNamnd(Id namndId) override;

    Core::Result<ImportSummary> apply(const ImportBatch &batch, const std::string &reason = {}) override;
    // From how many figure rows an import into the server sends its writes with COPY into
    // temporary staging tables and merges them set-based (sqlstoreimportcopy.cpp) instead of a
    // statement per row. Either way applyFigures decides every row by the same rules; the tests
    // set 0 or SIZE_MAX to run one way or the other. SQLite always writes row by row.
    static constexpr std::size_t defaultCopyImportMinRows = 100;
    void setCopyImportMinRows(std::size_t rows) { m_copyImportMinRows = rows; }

    // The years with any figure and the tail of the nämnd's audit log (storage-speed).
    Core::Result<std::vector<int>> years(Id namndId) override;
    Core::Result<std::vector<AuditEntry>> auditLogOfNamnd(Id namndId, Id afterId) override;

    // Structure edits (sqlstorestructure.cpp)
    Core::Result<Namnd> createNamnd(const std::string &kommun, const std::string &code, const std::string &name,
                                    std::optional<Id> id = std::nullopt) override;
    Core::Result<void> removeNamnd(Id namndId) override;
    Core::Result<Verksamhet> createVerksamhet(Id namndId, std::optional<Id> parentId, const std::string &name,
                                              int position, std::optional<Id> id = std::nullopt) override;
    Core::Result<void> removeVerksamhet(Id verksamhetId) override;
    Core::Result<std::vector<ForecastChoice>> addYear(Id namndId, int year, bool copyForecastMethods) override;
    Core::Result<void> removeYear(Id namndId, int year, std::span<const ForecastChoice> copied) override;

    // Ledger imports (sqlstoreledger.cpp)
    Core::Result<LedgerMappings> ledgerMappings(const std::string &kommun) override;
    Core::Result<LedgerSummary> applyLedger(const LedgerImport &import, const std::string &reason = {}) override;
    Core::Result<std::vector<LedgerAmount>> ledgerAmounts(Id namndId, const std::vector<LedgerPeriod> &periods) override;

    Engine engine() const { return m_db->engine(); }
    const std::string &location() const { return m_path; }
    // The connection the rules run on; the Kolada store shares it.
    Connection &connection() { return *m_db; }

protected:
    SqlStore(std::unique_ptr<Connection> connection, std::string location);
    // Brings the schema to currentSchemaVersion stepwise in one transaction; refuses a newer one.
    // A database from before version 8 (new ones too) gets the reference data it lacks.
    Core::Result<void> migrate();
    // The stored schema version (0 for a database without one), read only; a newer one than
    // this program knows is refused.
    Core::Result<int> readSchemaVersion();
    // The version the database had when it was opened (0 for a new one).
    int migratedFrom() const { return m_migratedFrom; }

    std::unique_ptr<Connection> m_db;
    std::string m_path; // the file or the server, for messages
    std::string m_user;
    int m_schemaVersion = 0;

private:
    struct VerksamhetInfo
    {
        Id namndId = 0;
        std::string path;
    };
    // Written by one transaction's worth of work; cleared when it ends.
    struct WriteContext
    {
        std::unordered_map<Id, VerksamhetInfo> verksamheter;
        std::map<Id, std::vector<std::pair<int, int>>> locks; // namnd -> (year, month 0 = year)
        std::string at;
        // An import collects its audit rows here and writes them at the end, each nämnd's under
        // a header row that names the files, the user and the counts (the log only ever gains
        // rows, so the header cannot be written first and filled in later).
        struct PendingAudit
        {
            std::string entity;
            std::optional<Id> namndId;
            std::optional<Id> verksamhetId;
            std::string what;
            std::optional<std::string> oldValue;
            std::optional<std::string> newValue;
            std::string reason;
        };
        std::vector<PendingAudit> *pending = nullptr; // set while an import runs: its rows go here
        std::int64_t version = 0;               // the row version this transaction stamps (0 = none yet)
    };

    Core::Result<Statement *> statement(std::string_view sql);
    // The cached statement for `sql` with ?1, ?2, ... bound to `values`, ready to step.
    template<typename... Args>
    Core::Result<Statement *> query(std::string_view sql, const Args &...values)
    {
        auto st = statement(sql);
        if (st)
            (*st)->bindAll(values...);
        return st;
    }
    // A statement that returns no rows, bound and run.
    template<typename... Args>
    Core::Result<void> execute(std::string_view sql, const Args &...values)
    {
        auto st = query(sql, values...);
        if (!st)
            return std::unexpected(st.error());
        return (*st)->run();
    }
    Core::Result<VerksamhetInfo> verksamhetInfo(WriteContext &context, Id verksamhetId);
    // The transaction's row version, drawn on its first write.
    Core::Result<std::int64_t> rowVersion(WriteContext &context);
    // The Conflict an edit based on a stale read gets: who changed the cell, when, to what.
    Core::Error figureConflict(const FigureKey &key, const std::string &what);
    Core::Result<void> checkUnlocked(WriteContext &context, Id namndId, int year, int month, const std::string &what);
    // The same with `what` built only when the period is locked (an import checks every row).
    Core::Result<void> checkUnlocked(WriteContext &context, Id namndId, int year, int month,
                                     const std::function<std::string()> &what);
    // A figure: its own period, and every locked period that shows it (a month shows the year's
    // helår budget, and the utfall of the year before to the month and to December).
    Core::Result<void> checkFigureUnlocked(WriteContext &context, Id namndId, int year, int month, Measure measure,
                                           const std::function<std::string()> &what);
    // A change of a verksamhet's periodisering (budgetsOnly) or memo that would recompute a
    // locked period's figures: refused when the node or one under it has figures (helår
    // budgets for a periodisering) in a locked year.
    Core::Result<void> checkTreeChangeUnlocked(WriteContext &context, Id namndId, Id verksamhetId, bool budgetsOnly,
                                               const std::string &what);
    // The nämnd's locks as (year, month 0 = the whole year), read once per transaction.
    Core::Result<const std::vector<std::pair<int, int>> *> locksOf(WriteContext &context, Id namndId);
    Core::Result<void> audit(const WriteContext &context, std::string_view entity, std::optional<Id> namndId,
                             std::optional<Id> verksamhetId, const std::string &what,
                             const std::optional<std::string> &oldValue,
                             const std::optional<std::string> &newValue, const std::string &reason);
    // Returns true when the stored value changed.
    Core::Result<bool> writeFigure(WriteContext &context, const FigureChange &change, const std::string &reason);
    Core::Result<void> writeComment(WriteContext &context, const Comment &comment, const std::string &reason);
    Core::Result<void> writeForecast(WriteContext &context, const ForecastChoice &choice, const std::string &reason);
    Core::Result<std::vector<AuditEntry>> readAudit(std::string_view where, Id id, Id afterId);

    // apply() helpers
    Core::Result<ImportSummary> applyInTransaction(const ImportBatch &batch, const std::string &reason);
    struct ImportIds;
    Core::Result<Id> ensureNamnd(ImportIds &ids, const NamndRef &ref, const std::string *name, const SourceRef &source);
    Core::Result<Id> ensureVerksamhet(ImportIds &ids, Id namndId, const std::string &path, const SourceRef &source);
    struct StoredFigures;
    // Writes an import's collected audit rows, each nämnd's (and the kommun list's) under its
    // header row; nothing for a part the import did not change.
    Core::Result<void> writeImportAudit(WriteContext &context, const std::vector<WriteContext::PendingAudit> &pending,
                                        const ImportIds &ids, const ImportBatch &batch, const ImportSummary &summary,
                                        const std::string &reason);
    // The file's utfall rows by (nämnd, year, verksamhet, month, kontoslag).
    using ActualRows = std::map<std::tuple<Id, int, Id, int, std::string>, std::vector<const FigureRow *>>;
    Core::Result<void> checkActualSplit(const ActualRows &actuals, const std::map<std::pair<Id, int>, StoredFigures> &stored);

    // Utfall: where intäkter, kostnader and netto of one (verksamhet, year, month, kontoslag) are
    // all stored (typed over the ledger's), netto is their sum (seed 001 §3.1). The one rule every
    // write of figures passes through once it is written (sqlstoresplit.cpp): the import row by
    // row and by COPY, a typed edit (setFigure, setFigures, writeFigures), the ledger import.
    struct ActualSplit
    {
        std::optional<std::int64_t> income, cost, net;
    };
    // Which of the three a write changed, and how the message names it (an import's file and line first).
    struct SplitWrite
    {
        std::string what;
        bool net = false;
        bool split = false;
    };
    using SplitKey = std::tuple<Id, int, int, std::string>; // verksamhet, year, month (0 none), kontoslag
    // `within`: where the others could have changed with it ("samma import", "samma ändring").
    static Core::Result<void> checkSplit(const ActualSplit &split, const SplitWrite &write, std::string_view within);
    // The three as read now, typed over the ledger's.
    Core::Result<ActualSplit> storedSplit(const SplitKey &key);
    Core::Result<void> checkStoredSplits(const std::map<SplitKey, SplitWrite> &written, std::string_view within);
    Core::Result<void> applyFigures(WriteContext &context, ImportIds &ids, const ImportBatch &batch,
                                    const std::string &reason, ImportSummary &summary);
    // The figure writes applyFigures decided, stamped with the import's row version: a statement
    // per row, or (sqlstoreimportcopy.cpp) one COPY merged per nämnd through the row-secured
    // table; and the audit rows in the order given, by COPY.
    struct StagedFigures;
    Core::Result<void> writeStagedFigures(const StagedFigures &staged, std::int64_t version);
    Core::Result<void> mergeStagedFigures(const StagedFigures &staged, std::int64_t version);
    Core::Result<void> copyAuditRows(const std::vector<WriteContext::PendingAudit> &rows);
    // The Forbidden of a figure the user's role may read but not change (the edit and the import).
    static Core::Error figureNotWritable(const std::string &what);
    Core::Result<void> applyRegisters(WriteContext &context, ImportIds &ids, const ImportBatch &batch, const std::string &reason);
    Core::Result<void> storeMappings(const WriteContext &context, const LedgerImport &import, const std::string &reason);
    Core::Result<void> deriveLedgerYear(WriteContext &context, Id namndId, int year, const std::string &reason,
                                        LedgerSummary &summary);

    // Writes one register row through upsert and audits it when its text form changed; selectSql
    // yields the row's text form from the key parameters, bind binds every parameter (key first).
    Core::Result<void> writeRegister(const WriteContext &context, std::string_view entity, Id namndId,
                                     std::optional<Id> verksamhetId, const std::string &what,
                                     std::string_view selectSql, std::string_view upsertSql,
                                     const std::function<void(Statement &)> &bind, const std::string &reason);

    // Register rows one at a time (sqlitestoreregisteredits.cpp); the import writes through the
    // upserts too, so both log the same readable text.
    Core::Result<void> upsertVolume(WriteContext &context, const Volume &volume, const std::string &reason);
    Core::Result<void> upsertActionItem(WriteContext &context, const ActionItem &item, const std::string &reason);
    Core::Result<void> upsertInvestment(WriteContext &context, const Investment &investment, const std::string &reason);
    Core::Result<void> upsertStateGrant(WriteContext &context, const StateGrant &grant, const std::string &reason);
    Core::Result<void> upsertPersonnel(WriteContext &context, const PersonnelFigure &figure, const std::string &reason);
    Core::Result<void> upsertStatusOverride(WriteContext &context, const StatusOverride &override_, const std::string &reason);
    // setStatusOverride's work inside the caller's transaction.
    Core::Result<void> writeStatusOverride(WriteContext &context, Id indicatorId, int year, std::optional<int> month,
                                           const std::optional<StatusOverride> &override_);
    Core::Result<void> upsertIndicator(WriteContext &context, const Indicator &indicator, const std::string &reason);
    Core::Result<void> upsertIndicatorValue(WriteContext &context, const IndicatorValue &value, const std::string &reason);
    std::string lockedRead(std::string_view sql) const;
    struct RowPlace;
    template<typename T> struct RowOps;
    template<typename T> RowOps<T> rowOps();
    // strict: the workbench's rules (locks, before must be stored, an added key must be new);
    // otherwise an import's upsert of `after`.
    template<typename T>
    Core::Result<void> writeRow(WriteContext &context, const RowChange<T> &change, const std::string &reason, bool strict);
    template<typename T>
    Core::Result<void> changeRows(std::span<const RowChange<T>> changes, const std::string &reason);

    std::string now() const;
    // Whether the query with ?1 bound to `id` returns a row.
    Core::Result<bool> exists(std::string_view sql, Id id);

    std::function<std::string()> m_clock;
    int m_migratedFrom = 0;
    std::size_t m_copyImportMinRows = defaultCopyImportMinRows;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

} // namespace Tertial::Storage
