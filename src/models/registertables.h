// SPDX-License-Identifier: GPL-3.0-or-later
// Fills the register tabs (Volymer, Indikatorer, Åtgärdsplan, Investeringar, Statsbidrag, Personal) from the store.
#pragma once

#include "core/error.h"
#include "core/indicatorstatus.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Tertial::Models {

class Document;
class RegisterTableModel;

// Each reads the selected nämnd and year; registers kept per reporting month show the latest
// month up to the selected period's end month (the report the period belongs to).
class RegisterTables final
{
    Q_DECLARE_TR_FUNCTIONS(Tertial::Models::RegisterTables)
public:
    static Core::Result<void> fillVolumes(Document &document, RegisterTableModel &model);
    static Core::Result<void> fillIndicators(Document &document, RegisterTableModel &model);
    static Core::Result<void> fillActions(Document &document, RegisterTableModel &model);
    static Core::Result<void> fillInvestments(Document &document, RegisterTableModel &model);
    static Core::Result<void> fillStateGrants(Document &document, RegisterTableModel &model);
    // The personnel register of the selected year and the two before it (registerpersonnel.cpp).
    static Core::Result<void> fillPersonnel(Document &document, RegisterTableModel &model);

    // The statuses a user may set by hand (stored codes), and how a code is shown ("◆ delvis uppnått").
    static std::vector<Core::IndicatorStatus> statusOverrideChoices();
    static QString statusText(Core::IndicatorStatus status);
};

} // namespace Tertial::Models
