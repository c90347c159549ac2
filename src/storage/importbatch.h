// SPDX-License-Identifier: GPL-3.0-or-later
// Everything one import writes, keyed by codes and paths as in the files; applied in one transaction.
#pragma once

#include "personnel.h"
#include "records.h"
#include "registerrows.h"

#include <string>
#include <vector>

namespace Tertial::Storage {

// Where a row came from, so an error found while writing can still name file:line.
struct SourceRef final
{
    std::string file;
    int line = 0;
};

// The nämnd and (for most registers) the verksamhet a row belongs to, by code and path.
struct NamndRef final
{
    std::string kommun;
    std::string namnd;
};

struct FigureRow final
{
    SourceRef source;
    NamndRef namnd;
    std::string path; // verksamhet path, levels joined by " > "
    std::string kontoslag;
    int year = 0;
    std::optional<int> month;
    Measure measure = Measure::Budget;
    Core::Money amount;
};

struct NamndRow final { SourceRef source; NamndRef namnd; std::string name; };
struct VerksamhetRow final
{
    SourceRef source;
    NamndRef namnd;
    std::string path;
    int order = 0;
    bool memo = false;
    std::string periodisation;
};
struct ForecastRow final { SourceRef source; NamndRef namnd; std::string path; ForecastChoice choice; };
struct VolumeRow final { SourceRef source; NamndRef namnd; std::string path; Volume volume; };
struct CommentRow final { SourceRef source; NamndRef namnd; std::string path; Comment comment; };
struct IndicatorRow final { SourceRef source; NamndRef namnd; Indicator indicator; };
struct IndicatorValueRow final { SourceRef source; NamndRef namnd; std::string indicator; IndicatorValue value; };
struct ActionRow final { SourceRef source; NamndRef namnd; ActionItem item; };
struct InvestmentRow final { SourceRef source; NamndRef namnd; Investment investment; };
struct StateGrantRow final { SourceRef source; NamndRef namnd; StateGrant grant; };
// A personnel row; its order in the register is the order of the rows in the batch.
struct PersonnelRow final { SourceRef source; NamndRef namnd; PersonnelFigure figure; };
// A status set by hand (statusöverstyrningar), for a decided version's snapshot read back.
struct StatusOverrideRow final { SourceRef source; NamndRef namnd; std::string indicator; StatusOverride override_; };

struct ImportBatch final
{
    std::vector<Kommun> kommuner;
    std::vector<NamndRow> namnder;
    std::vector<VerksamhetRow> verksamheter;
    std::vector<FigureRow> figures;
    std::vector<ForecastRow> forecasts;
    std::vector<VolumeRow> volumes;
    std::vector<CommentRow> comments;
    std::vector<IndicatorRow> indicators;
    std::vector<IndicatorValueRow> indicatorValues;
    std::vector<ActionRow> actions;
    std::vector<InvestmentRow> investments;
    std::vector<StateGrantRow> stateGrants;
    std::vector<PersonnelRow> personnel;
    std::vector<StatusOverrideRow> statusOverrides;
};

struct ImportSummary final
{
    std::size_t rowsRead = 0;
    std::size_t figuresWritten = 0;   // inserted or changed
    std::size_t figuresUnchanged = 0; // same value already stored
};

} // namespace Tertial::Storage
