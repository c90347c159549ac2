// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a report draft from ReportData by the template's layout of its kind.
#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reporttemplate.h"

namespace Tertial::Reports {

// The draft of data.request.kind: the template's layout for the kind (or the built-in default's),
// every bound block filled from the data.
ReportDocument buildReport(const ReportData &data, const ReportTemplate &style);

} // namespace Tertial::Reports
