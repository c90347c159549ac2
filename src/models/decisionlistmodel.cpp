// SPDX-License-Identifier: GPL-3.0-or-later
// The decided report versions (beslutade versioner) of one nämnd, oldest first, as a table.
#include "decisionlistmodel.h"

#include "storage/store.h"

namespace Tertial::Models {

DecisionListModel::DecisionListModel(QObject *parent) : QAbstractTableModel(parent) {}

Core::Result<void> DecisionListModel::load(Storage::Store &store, Storage::Id namndId)
{
    beginResetModel();
    m_decisions.clear();
    auto all = store.decisions(namndId);
    if (all)
        m_decisions = std::move(*all);
    endResetModel();
    if (!all)
        return std::unexpected(all.error());
    return {};
}

int DecisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_decisions.size());
}

int DecisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QString DecisionListModel::reportTitle(const Storage::Decision &decision)
{
    static const char *const months[] = {
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "januari"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "februari"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "mars"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "april"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "maj"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "juni"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "juli"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "augusti"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "september"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "oktober"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "november"),
        QT_TRANSLATE_NOOP("Tertial::Models::DecisionListModel", "december"),
    };
    const QString month = decision.month >= 1 && decision.month <= 12 ? tr(months[decision.month - 1]) : QString();
    if (decision.kind == "ar")
        return tr("Årsredovisning %1").arg(decision.year);
    if (decision.kind == "manad")
        return tr("Månadsrapport %1 %2").arg(month).arg(decision.year);
    if (decision.kind == "tertial")
        return tr("Tertialrapport %1 %2").arg(month).arg(decision.year);
    if (decision.kind == "delar")
        return tr("Delårsrapport %1 %2").arg(month).arg(decision.year);
    return QString::fromStdString(decision.kind) + QLatin1Char(' ') + QString::number(decision.year);
}

QVariant DecisionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Storage::Decision &d = decision(index.row());
    if (role == Qt::ToolTipRole && index.column() == static_cast<int>(Column::Hash))
        return tr("SHA-256 av underlaget: %1\nSHA-256 av dokumentet: %2")
            .arg(QString::fromStdString(d.contentHash), QString::fromStdString(d.documentHash));
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Column::Dnr:
        return QString::fromStdString(d.dnr);
    case Column::Report:
        return reportTitle(d);
    case Column::DecidedOn:
        return QString::fromStdString(d.decidedOn);
    case Column::Recorded:
        // "2017-11-21T09:00:00Z" → "2017-11-21 09:00, sekreterare"
        return QString(QString::fromStdString(d.recordedAt).left(16).replace(QLatin1Char('T'), QLatin1Char(' '))
                       + QStringLiteral(", ") + QString::fromStdString(d.recordedBy));
    case Column::Template:
        return QString::fromStdString(d.templateName);
    case Column::Hash:
        return QString::fromStdString(d.contentHash).left(12);
    case Column::Count:
        break;
    }
    return {};
}

QVariant DecisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Dnr:
        return tr("Diarienummer");
    case Column::Report:
        return tr("Rapport");
    case Column::DecidedOn:
        return tr("Beslutsdatum");
    case Column::Recorded:
        return tr("Sparat");
    case Column::Template:
        return tr("Mall");
    case Column::Hash:
        return tr("Underlag (SHA-256)");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace Tertial::Models
