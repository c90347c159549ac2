// SPDX-License-Identifier: GPL-3.0-or-later
// Chart series built through the core from seed report figures, one per chart kind.
#pragma once

#include "core/budgetchartseries.h"
#include "core/cumulativechartseries.h"
#include "core/forecastaccuracy.h"
#include "core/forecastbridge.h"
#include "core/indicatorchartseries.h"
#include "core/tertialsplit.h"
#include "core/volumechartseries.h"

#include <vector>

namespace Tertial::Charts::Test {

Core::Money tkr(std::int64_t thousands);

// seed 002 §2.1 Ekonomisk tabell, Socialnämnden Nacka, oktober 2017.
Core::BudgetChartSeries seed002Budget();
// seed 002 §2.1 Barn och unga: utfall t.o.m. oktober, budget helår, prognos.
Core::CumulativeChartSeries seed002Cumulative();
// seed 000 §7 "T1 T2 T3 År 2020", barn och unga.
Core::TertialSplit seed000Tertials();
// seed 002 §4 personlig assistans, antal personer jan–okt 2016 and 2017.
Core::VolumeChartSeries seed002Volumes(bool weighted);
// seed 000 §5 servicebostad 81 % (2018), 70 % (2020) against mål 85 %.
Core::IndicatorChartSeries seed000Indicator();
// seed 002 §2.1: prognos "+/- noll" (= budget) in april to the October prognos.
Core::ForecastBridge seed002Bridge();
// seed 000 §7: Prognos T2 against Utfall 2020 for barn och unga's verksamheter and the sum.
std::vector<Core::ActivityForecastAccuracy> seed000Accuracy();

} // namespace Tertial::Charts::Test
