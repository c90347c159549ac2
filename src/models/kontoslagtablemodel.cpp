// SPDX-License-Identifier: GPL-3.0-or-later
// The kontoslag table model.
#include "kontoslagtablemodel.h"

#include "amounttext.h"
#include "document.h"

#include <QFont>

#include <algorithm>

namespace Tertial::Models {

KontoslagTableModel::KontoslagTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::selectionChanged, this, &KontoslagTableModel::rebuild);
    connect(document, &Document::figuresChanged, this, &KontoslagTableModel::rebuild);
    connect(document, &Document::displayChanged, this, &KontoslagTableModel::rebuild);
    rebuild();
}

void KontoslagTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    auto table = m_document->kontoslagTable();
    m_table = table ? std::move(*table) : Core::EconomicTable{};
    // A nämnd without kontoslag figures shows nothing (not two empty group rows and a zero total).
    const bool any = std::ranges::any_of(m_table.rows, [](const Core::EconomicRow &r) { return r.depth > 1; });
    if (any) {
        for (const Core::EconomicRow &row : m_table.rows)
            m_rows.push_back(&row);
        m_rows.push_back(&m_table.total);
    }
    endResetModel();
}

int KontoslagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int KontoslagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant KontoslagTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const Core::EconomicRow &row = *m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    const Core::EconomicValues &v = row.values;
    std::optional<Core::Money> amount;
    switch (column) {
    case Column::ActualNet: amount = v.actualNet; break;
    case Column::BudgetPeriod: amount = v.budgetPeriod; break;
    case Column::BudgetDeviation: amount = v.budgetDeviation; break;
    case Column::BudgetYear: amount = v.budgetYear; break;
    case Column::Forecast: amount = v.forecast; break;
    case Column::ForecastDeviation: amount = v.forecastDeviation; break;
    case Column::PreviousYear: amount = v.previousYearActualNet; break;
    case Column::Change: amount = v.change; break;
    default: break;
    }
    const bool group = row.id == 0 || row.depth <= 1;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Column::Kontoslag)
            return QString::fromStdString(row.name);
        return amount ? displayAmount(*amount, m_document->display().unit) : QString();
    case RawValueRole:
        return amount ? QVariant(static_cast<qlonglong>(amount->ore())) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Column::Kontoslag ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(group);
        return font;
    }
    default:
        return {};
    }
}

QVariant KontoslagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Kontoslag: return tr("Kontoslag");
    case Column::ActualNet: return tr("Utfall");
    case Column::BudgetPeriod: return tr("Periodens budget");
    case Column::BudgetDeviation: return tr("Budgetavvikelse");
    case Column::BudgetYear: return tr("Budget helår");
    case Column::Forecast: return tr("Prognos helår");
    case Column::ForecastDeviation: return tr("Prognosavvikelse");
    case Column::PreviousYear: return tr("Utfall fg år");
    case Column::Change: return tr("Förändring");
    case Column::Count: break;
    }
    return {};
}

} // namespace Tertial::Models
