// SPDX-License-Identifier: GPL-3.0-or-later
// One builder per report kind: the section skeletons of domain.md §8 filled from ReportData.
#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reporttemplate.h"

namespace Tertial::Reports {

ReportDocument buildMonthReport(const ReportData &data, const ReportTemplate &style);   // seed 002
ReportDocument buildTertialReport(const ReportData &data, const ReportTemplate &style); // seed 001
ReportDocument buildInterimReport(const ReportData &data, const ReportTemplate &style); // seed 003
ReportDocument buildAnnualReport(const ReportData &data, const ReportTemplate &style);  // seed 000

// The builder of data.request.kind.
ReportDocument buildReport(const ReportData &data, const ReportTemplate &style);

} // namespace Tertial::Reports
