// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded SQLite store: one database file per workbench, WAL, foreign keys, checked on open.
#pragma once

#include <cstdint>

#include "sqliteconnection.h"
#include "store.h"

#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>

namespace Tertial::Storage {

// Default arguments repeat the interface's so calls through either type read the same.
class SqliteStore final : public Store
{
public:
    struct OpenOptions
    {
        // PRAGMA quick_check on open. It reads every page (seconds on an all-of-Sweden database),
        // so a large file gets it only after an unclean shutdown (a non-empty -wal file is left);
        // the header, application id and schema version are checked on every open regardless.
        bool checkIntegrity = true;
        std::uintmax_t fullCheckMaxBytes = 64u * 1024u * 1024u;
    };

    // A new, empty database at the current schema; refuses an existing file.
    static Core::Result<std::unique_ptr<SqliteStore>> create(const std::string &path);
    // An existing database: refused with a Swedish message when it is not ours, corrupt or
    // newer than this program (before any byte is written); an older one is migrated stepwise in
    // one transaction. A file this user may not write (the file, its folder, or another user's
    // -wal/-shm) is opened for reading only, creating no file (readOnlyReason() says why).
    static Core::Result<std::unique_ptr<SqliteStore>> open(const std::string &path, OpenOptions options);
    static Core::Result<std::unique_ptr<SqliteStore>> open(const std::string &path) { return open(path, OpenOptions{}); }

    void setUser(std::string user) override { m_user = std::move(user); }
    void setClock(std::function<std::string()> clock) override { m_clock = std::move(clock); }
    int schemaVersion() const override { return m_schemaVersion; }
    std::string readOnlyReason() const override { return m_readOnly; }

    Core::Result<std::vector<Kommun>> kommuner() override;
    Core::Result<std::vector<Kontoslag>> kontoslag() override;
    Core::Result<std::vector<Namnd>> namnder(const std::string &kommun) override;
    Core::Result<std::optional<Namnd>> findNamnd(const std::string &kommun, const std::string &code) override;
    Core::Result<std::vector<Verksamhet>> verksamheter(Id namndId) override;
    Core::Result<std::optional<Id>> namndLevelId(Id namndId) override;

    Core::Result<std::vector<Figure>> figures(Id namndId, int year) override;
    Core::Result<void> setFigure(const FigureChange &change, const std::string &reason = {}) override;
    Core::Result<void> setFigures(std::span<const FigureChange> changes, const std::string &reason = {}) override;

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

    // Register row edits and status overrides (sqlitestoreregisteredits.cpp)
    Core::Result<void> changeVolumes(std::span<const VolumeChange> changes, const std::string &reason = {}) override;
    Core::Result<void> changeActionItems(std::span<const ActionItemChange> changes, const std::string &reason = {}) override;
    Core::Result<void> changeInvestments(std::span<const InvestmentChange> changes, const std::string &reason = {}) override;
    Core::Result<void> changeStateGrants(std::span<const StateGrantChange> changes, const std::string &reason = {}) override;
    Core::Result<void> setIndicator(const Indicator &indicator, const std::string &reason = {}) override;
    Core::Result<void> setStatusOverride(Id indicatorId, int year, std::optional<int> month,
                                         const std::optional<StatusOverride> &override_) override;
    Core::Result<std::vector<StatusOverride>> statusOverrides(Id namndId) override;

    Core::Result<std::vector<AuditEntry>> auditLog(Id verksamhetId) override;
    Core::Result<std::vector<AuditEntry>> auditLogOfNamnd(Id namndId) override;

    Core::Result<ImportSummary> apply(const ImportBatch &batch, const std::string &reason = {}) override;

    // Structure edits (sqlitestorestructure.cpp)
    Core::Result<Namnd> createNamnd(const std::string &kommun, const std::string &code, const std::string &name,
                                    std::optional<Id> id = std::nullopt) override;
    Core::Result<void> removeNamnd(Id namndId) override;
    Core::Result<Verksamhet> createVerksamhet(Id namndId, std::optional<Id> parentId, const std::string &name,
                                              int position, std::optional<Id> id = std::nullopt) override;
    Core::Result<void> removeVerksamhet(Id verksamhetId) override;
    Core::Result<std::vector<ForecastChoice>> addYear(Id namndId, int year, bool copyForecastMethods) override;
    Core::Result<void> removeYear(Id namndId, int year, std::span<const ForecastChoice> copied) override;

    // The years with any figure and the tail of the nämnd's audit log (storage-speed).
    Core::Result<std::vector<int>> years(Id namndId) override;
    Core::Result<std::vector<AuditEntry>> auditLogOfNamnd(Id namndId, Id afterId) override;

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
    };

    SqliteStore(SqliteConnection connection, std::string path);
    Core::Result<void> configure();
    // Reads only: the header, application id, schema version (refusing a newer one) and, as
    // the options say, the pages. Returns the schema version.
    Core::Result<int> checkOpened(const OpenOptions &options);
    Core::Result<void> migrate(int fromVersion);

    Core::Result<SqliteStatement *> statement(std::string_view sql);
    // The cached statement for `sql` with ?1, ?2, ... bound to `values`, ready to step.
    template<typename... Args>
    Core::Result<SqliteStatement *> query(std::string_view sql, const Args &...values)
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
    struct ImportIds;
    Core::Result<Id> ensureNamnd(ImportIds &ids, const NamndRef &ref, const std::string *name, const SourceRef &source);
    Core::Result<Id> ensureVerksamhet(ImportIds &ids, Id namndId, const std::string &path, const SourceRef &source);
    struct StoredFigures;
    // The import's header row in the nämnd's audit log (0: the kommun list), once per import.
    Core::Result<void> writeImportHeader(ImportIds &ids, Id namndId);
    // The file's utfall rows by (nämnd, year, verksamhet, month, kontoslag).
    using ActualRows = std::map<std::tuple<Id, int, Id, int, std::string>, std::vector<const FigureRow *>>;
    Core::Result<void> checkActualSplit(const ActualRows &actuals, const std::map<std::pair<Id, int>, StoredFigures> &stored);
    Core::Result<void> applyFigures(WriteContext &context, ImportIds &ids, const ImportBatch &batch,
                                    const std::string &reason, ImportSummary &summary);
    Core::Result<void> applyRegisters(WriteContext &context, ImportIds &ids, const ImportBatch &batch, const std::string &reason);

    // Writes one register row through upsert and audits it when its text form changed; selectSql
    // yields the row's text form from the key parameters, bind binds every parameter (key first).
    Core::Result<void> writeRegister(const WriteContext &context, std::string_view entity, Id namndId,
                                     std::optional<Id> verksamhetId, const std::string &what,
                                     std::string_view selectSql, std::string_view upsertSql,
                                     const std::function<void(SqliteStatement &)> &bind, const std::string &reason);

    // Register rows one at a time (sqlitestoreregisteredits.cpp); the import writes through the
    // upserts too, so both log the same readable text.
    Core::Result<void> upsertVolume(WriteContext &context, const Volume &volume, const std::string &reason);
    Core::Result<void> upsertActionItem(WriteContext &context, const ActionItem &item, const std::string &reason);
    Core::Result<void> upsertInvestment(WriteContext &context, const Investment &investment, const std::string &reason);
    Core::Result<void> upsertStateGrant(WriteContext &context, const StateGrant &grant, const std::string &reason);
    Core::Result<void> upsertIndicator(WriteContext &context, const Indicator &indicator, const std::string &reason);
    Core::Result<void> upsertIndicatorValue(WriteContext &context, const IndicatorValue &value, const std::string &reason);
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

    SqliteConnection m_db;
    std::string m_path;
    std::string m_user;
    std::function<std::string()> m_clock;
    int m_schemaVersion = 0;
    std::string m_readOnly; // why the file is open for reading only; empty when writable
    std::unordered_map<std::string, SqliteStatement> m_statements;
};

} // namespace Tertial::Storage
