// SPDX-License-Identifier: GPL-3.0-or-later
// The plain records the store reads and writes (one struct per stored thing).
#pragma once

#include "measure.h"

#include "core/actionstatus.h"
#include "core/forecastmethod.h"
#include "core/indicatortarget.h"
#include "core/periodizationprofile.h"
#include "core/ranking.h"
#include "core/volumemeasure.h"
#include "core/money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Tertial::Storage {

using Id = std::int64_t;

// The levels of a verksamhet path are joined by this in files, the audit log and messages.
inline constexpr std::string_view verksamhetPathSeparator = " > ";
// The deepest verksamhet path the store takes (levels under the nämnd). The file importer
// refuses a deeper one with its line; the store refuses one on its own as well.
inline constexpr std::size_t maxVerksamhetDepth = 12;

// kommun, region or Riket (0000)
struct Kommun final
{
    enum class Kind { Kommun, Region, Riket }; // typ K, L, R
    std::string code; // 4 digits
    std::string name;
    Kind kind = Kind::Kommun;
    std::string lan;  // 2-digit länskod
    bool operator==(const Kommun &) const = default;
};

// nämnd
struct Namnd final
{
    Id id = 0;
    std::string kommun; // kommun code
    std::string code;   // SOCN
    std::string name;   // Socialnämnden
};

// verksamhet: a node of the tree under a nämnd. The nämnd itself is a hidden node with an empty
// path: it holds figures the source gives only for the whole nämnd (kontoslag totals, seed 003).
struct Verksamhet final
{
    Id id = 0;
    Id namndId = 0;
    std::optional<Id> parentId;
    std::string name;
    std::string path;    // "Barn och unga > Dygnsvård > Jourhem"
    int order = 0;       // ordning within the parent
    bool memo = false;   // shown but excluded from sums
    // periodisering, read from its stored text ("linjär", "dagar", twelve weights) by the store.
    // Linear means: none of its own, the parent's applies.
    Core::PeriodizationProfile periodisation;
};

// kontoslag
struct Kontoslag final
{
    std::string code;      // "personal"
    std::string name;      // "Personal"
    bool isIncome = false; // intäkt or kostnad
};

// The natural key of a figure. Empty kontoslag = the verksamhet's own figure; no month = helår budget.
struct FigureKey final
{
    Id verksamhetId = 0;
    std::string kontoslag;
    int year = 0;
    std::optional<int> month;
    Measure measure = Measure::Budget;
    bool operator==(const FigureKey &) const = default;
};

struct Figure final
{
    FigureKey key;
    Core::Money amount;
    // The row version: changes with every write of the row (schema step 6).
    std::int64_t version = 0;
};

// One edit: a new amount, or nullopt to clear the cell.
struct FigureChange final
{
    FigureKey key;
    std::optional<Core::Money> amount;
    // The version the edit was based on (Figure::version; 0 = the cell was empty): when the
    // stored row has another by now, someone changed the cell since it was read and the edit is
    // refused as a Conflict that names them. None writes over whatever is stored (an import).
    std::optional<std::int64_t> baseVersion = std::nullopt;
};

// A cell as stored now and its last change, to tell a user whose edit was refused who changed
// it and when (the audit log's user and time; empty when the log does not name the cell).
struct FigureState final
{
    std::optional<Core::Money> amount; // none = empty
    std::int64_t version = 0;          // 0 = no row
    std::string changedBy;
    std::string changedAt;
};

// periodlås: no writes into (year, month) of the nämnd; no month = the whole year incl. budget.
struct PeriodLock final
{
    Id namndId = 0;
    int year = 0;
    std::optional<int> month;
    std::string lockedBy;
    std::string lockedAt;
    std::string reason;
};

// prognosmetod chosen for a verksamhet in a period
// The core owns the methods and their stored codes ("manuell", "budget", "uppräkning", ...).
using Core::ForecastMethod;
using Core::forecastMethodCode;
using Core::forecastMethodFromCode;

struct ForecastChoice final
{
    Id verksamhetId = 0;
    int year = 0;
    int month = 0;
    ForecastMethod method = ForecastMethod::Manual;
};

// kommentar per verksamhet and period
struct Comment final
{
    Id verksamhetId = 0;
    int year = 0;
    int month = 0;
    std::string text;
};

// volym: the value for that single month
struct Volume final
{
    Id verksamhetId = 0;
    int year = 0;
    int month = 0;
    std::string serviceType; // insatstyp
    Core::VolumeMeasure measure = Core::VolumeMeasure::Persons; // mått
    double value = 0;
    // The months the value covers, ending at `month` (4 = a tertial): dygn are then the total,
    // the other measures the average of the monthly values.
    int months = 1;
};

// indikator definition
struct Indicator final
{
    Id id = 0;
    Id namndId = 0;
    std::string code;
    std::string area;       // målområde
    std::string name;
    std::string unit;
    Core::Direction direction = Core::Direction::HigherIsBetter; // riktning
    Core::TargetKind targetKind = Core::TargetKind::AtLeast;     // målsort
    std::optional<double> tolerance;
    std::string source;
};

struct IndicatorValue final
{
    Id indicatorId = 0;
    int year = 0;
    std::optional<int> month;     // none = the yearly value
    std::optional<double> actual; // none = saknas
    std::optional<double> target; // målvärde
};

// åtgärdsplan item
struct ActionItem final
{
    Id namndId = 0;
    int year = 0;
    int month = 0;
    std::string goal;    // mål
    std::string action;  // åtgärd
    Core::ActionStatus status = Core::ActionStatus::InProgress;
    std::string comment;
};

// investering
struct Investment final
{
    Id namndId = 0;
    int year = 0;
    int month = 0;
    std::string project;
    std::optional<Core::Money> budget;
    std::optional<Core::Money> forecast;
    std::optional<Core::Money> budgetPeriod;
    std::optional<Core::Money> actual;
    // Seed 002 §3.1's columns: the period's utfall split into inkomster (positive) and utgifter
    // (negative, canonical), and the prognoses of the coming years (netto, canonical signs).
    std::optional<Core::Money> income;         // inkomster
    std::optional<Core::Money> expenditure;    // utgifter
    std::optional<Core::Money> forecastNext;   // prognos året efter
    std::optional<Core::Money> forecastSecond; // prognos två år efter
    std::optional<Core::Money> forecastThird;  // prognos tre år efter
    std::optional<Core::Money> forecastLater;  // prognos fyra år efter och senare
};

// riktat statsbidrag
struct StateGrant final
{
    Id namndId = 0;
    int year = 0;
    int month = 0;
    std::string name;
    Core::Money grant;                    // bidrag
    std::optional<Core::Money> received;  // erhållet
    std::optional<Core::Money> cost;      // kostnad (unknown in some sources)
    std::optional<Core::Money> inBudget;  // inräknat i budget
    std::optional<Core::Money> inForecast;// inräknat i prognos
};

struct AuditEntry final
{
    Id id = 0;
    std::string at;  // UTC, ISO 8601
    std::string who;
    std::string entity; // figur, kommentar, prognosmetod, periodlås, ...
    Id namndId = 0;
    std::optional<Id> verksamhetId;
    std::string what;   // the key in words: "Barn och unga 2017-10 utfall_netto"
    std::optional<std::string> oldValue; // amounts as integer öre
    std::optional<std::string> newValue;
    std::string reason;
};

} // namespace Tertial::Storage
