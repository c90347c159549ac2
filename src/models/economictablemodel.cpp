// SPDX-License-Identifier: GPL-3.0-or-later
// The Ekonomi tab's tree model: shows what the core derived, sends edits to the document.
#include "economictablemodel.h"

#include "amounttext.h"
#include "document.h"

#include "core/forecastexplanation.h"
#include "core/formula.h"
#include "core/svformat.h"
#include "core/svparse.h"
#include "storage/figuretext.h"

#include <QBrush>
#include <QDateTime>
#include <QColor>
#include <QFont>

namespace Tertial::Models {

using Core::Money;
using Storage::Measure;

namespace {

constexpr int kColumnCount = static_cast<int>(EconomicTableModel::Column::Count);

const QColor kDerivedBackground(0xf1, 0xf3, 0xf6);
const QColor kTotalBackground(0xe3, 0xe8, 0xef);
// Someone else changed the cell while this edit was made; an edit waiting for the server.
const QColor kConflictBackground(0xfc, 0xd9, 0xa8);
const QColor kPendingBackground(0xdc, 0xe8, 0xfb);
const QColor kNegative(0xc0, 0x1c, 0x28);
const QColor kLockedText(0x55, 0x55, 0x55);

bool isDeviation(EconomicTableModel::Column c)
{
    using C = EconomicTableModel::Column;
    return c == C::BudgetDeviation || c == C::DeviationPercent || c == C::ForecastDeviation;
}

} // namespace

EconomicTableModel::EconomicTableModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    rebuildShape();
    connect(document, &Document::selectionChanged, this, [this] {
        beginResetModel();
        rebuildShape();
        endResetModel();
    });
    connect(document, &Document::figuresChanged, this, &EconomicTableModel::onFiguresChanged);
    connect(document, &Document::displayChanged, this, [this] {
        if (!m_parent.empty())
            for (int p = 0; p < static_cast<int>(m_parent.size()); ++p)
                emitRowChanged(p, 1, kColumnCount - 1);
        emit headerDataChanged(Qt::Horizontal, 0, kColumnCount - 1);
    });
    connect(document, &Document::forecastMethodChanged, this, [this](qint64 id) {
        auto it = m_positionOf.find(id);
        if (it != m_positionOf.end())
            emitRowChanged(it->second, static_cast<int>(Column::Forecast), kColumnCount - 1);
    });
    // Marks for conflicts and edits waiting for the server come and go.
    connect(document, &Document::pendingChanged, this, [this] {
        for (int p = 0; p < static_cast<int>(m_parent.size()); ++p)
            emitRowChanged(p, 1, kColumnCount - 1);
    });
    connect(document, &Document::lockChanged, this, [this] {
        for (int p = 0; p < static_cast<int>(m_parent.size()); ++p)
            emitRowChanged(p, 0, kColumnCount - 1);
    });
}

void EconomicTableModel::rebuildShape()
{
    const Core::EconomicTable &table = m_document->economicTable();
    const int n = static_cast<int>(table.rows.size());
    m_parent.assign(static_cast<std::size_t>(n + 1), -1);
    m_rowInParent.assign(static_cast<std::size_t>(n + 1), 0);
    m_children.assign(static_cast<std::size_t>(n + 1), {});
    m_topLevel.clear();
    m_positionOf.clear();
    if (!m_document->hasSelection()) {
        m_parent.clear();
        m_rowInParent.clear();
        m_children.clear();
        return;
    }
    std::vector<int> stack; // positions of the open ancestors, by depth
    for (int p = 0; p < n; ++p) {
        const Core::EconomicRow &row = table.rows[static_cast<std::size_t>(p)];
        while (static_cast<int>(stack.size()) >= row.depth)
            stack.pop_back();
        const int parent = stack.empty() ? -1 : stack.back();
        m_parent[static_cast<std::size_t>(p)] = parent;
        auto &siblings = parent < 0 ? m_topLevel : m_children[static_cast<std::size_t>(parent)];
        m_rowInParent[static_cast<std::size_t>(p)] = static_cast<int>(siblings.size());
        siblings.push_back(p);
        stack.push_back(p);
        m_positionOf[row.id] = p;
    }
    m_rowInParent[static_cast<std::size_t>(n)] = static_cast<int>(m_topLevel.size());
    m_topLevel.push_back(n); // Summa last
    m_positionOf[0] = n;
}

const Core::EconomicRow &EconomicTableModel::rowAt(int position) const
{
    const Core::EconomicTable &table = m_document->economicTable();
    if (position == static_cast<int>(table.rows.size()))
        return table.total;
    return table.rows[static_cast<std::size_t>(position)];
}

int EconomicTableModel::positionOf(const QModelIndex &index) const
{
    return static_cast<int>(index.internalId()) - 1;
}

QModelIndex EconomicTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= kColumnCount)
        return {};
    const std::vector<int> *siblings = &m_topLevel;
    if (parent.isValid()) {
        if (parent.column() != 0)
            return {};
        siblings = &m_children[static_cast<std::size_t>(positionOf(parent))];
    }
    if (row >= static_cast<int>(siblings->size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>((*siblings)[static_cast<std::size_t>(row)] + 1));
}

QModelIndex EconomicTableModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_parent[static_cast<std::size_t>(positionOf(child))];
    if (parent < 0)
        return {};
    return createIndex(m_rowInParent[static_cast<std::size_t>(parent)], 0, static_cast<quintptr>(parent + 1));
}

int EconomicTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(m_children[static_cast<std::size_t>(positionOf(parent))].size());
}

int EconomicTableModel::columnCount(const QModelIndex &) const
{
    return kColumnCount;
}

QVariant EconomicTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return static_cast<int>((section == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter | Qt::TextWordWrap);
    const bool base = m_document->display().percentBase == Core::PercentBase::Budget;
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Column::BudgetDeviation: return tr("Budgetavvikelse = utfall netto − periodens budget");
        case Column::DeviationPercent:
            return base ? tr("Avvikelse i procent av |periodens budget|") : tr("Avvikelse i procent av |utfall netto|");
        case Column::ForecastDeviation: return tr("Prognosavvikelse = prognos helår − budget helår");
        case Column::Change: return tr("Förändring = utfall i år − utfall föregående år");
        case Column::Consumption: return tr("Förbrukat = utfall netto / budget helår");
        case Column::BudgetPeriod:
            return tr("Periodens budget: inmatad, annars budget helår periodiserad");
        case Column::Name: return tr("Verksamhet; beloppen i %1").arg(unitName(m_document->display().unit));
        case Column::ActualIncome: return tr("Utfall intäkter, ackumulerat t.o.m. periodens slut");
        case Column::ActualCost: return tr("Utfall kostnader, ackumulerat t.o.m. periodens slut");
        case Column::ActualNet: return tr("Utfall netto = intäkter + kostnader (inmatat där ingen uppdelning finns)");
        case Column::BudgetYear: return tr("Budget för hela året");
        case Column::Forecast: return tr("Prognos för helåret, gjord i perioden; räknas fram av prognosmetoden om den inte är manuell");
        case Column::PreviousYear: return tr("Utfall netto föregående år, samma period");
        case Column::ForecastMethod: return tr("Prognosmetod: hur prognosen för helåret tas fram");
        case Column::Count: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Name: return tr("Verksamhet, %1").arg(unitName(m_document->display().unit)); // as the reports: "Verksamhet, tkr"
    case Column::ActualIncome: return tr("Utfall intäkter");
    case Column::ActualCost: return tr("Utfall kostnader");
    case Column::ActualNet: return tr("Utfall netto");
    case Column::BudgetPeriod: return tr("Periodens budget");
    case Column::BudgetDeviation: return tr("Budget\u00ad" "avvikelse"); // soft hyphen: the header may wrap there
    case Column::DeviationPercent: return tr("Avvikelse %");
    case Column::BudgetYear: return tr("Budget helår");
    case Column::Forecast: return tr("Prognos");
    case Column::ForecastDeviation: return tr("Prognos\u00ad" "avvikelse");
    case Column::PreviousYear: return tr("Föregående år");
    case Column::Change: return tr("Förändring");
    case Column::Consumption: return tr("Förbrukat %");
    case Column::ForecastMethod: return tr("Prognos\u00admetod");
    case Column::Count: break;
    }
    return {};
}

std::optional<Measure> EconomicTableModel::editableMeasure(int position, Column column) const
{
    const Core::EconomicRow &row = rowAt(position);
    if (row.id == 0 || !row.leaf)
        return std::nullopt;
    switch (column) {
    case Column::ActualIncome: return Measure::ActualIncome;
    case Column::ActualCost: return Measure::ActualCost;
    case Column::ActualNet: {
        // Netto is typed only where no split is entered; else it is intäkter + kostnader.
        const bool split = m_document->storedFigure(m_document->keyFor(row.id, Measure::ActualIncome))
                           || m_document->storedFigure(m_document->keyFor(row.id, Measure::ActualCost));
        return split ? std::nullopt : std::optional(Measure::ActualNet);
    }
    case Column::BudgetPeriod: return Measure::BudgetPeriod;
    case Column::BudgetYear: return Measure::Budget;
    case Column::Forecast:
        // Typed only under the manual method; the other methods are the core's.
        if (m_document->forecastMethod(row.id) != Storage::ForecastMethod::Manual)
            return std::nullopt;
        return Measure::Forecast;
    default: return std::nullopt;
    }
}

bool EconomicTableModel::isFlipped(Column column) const
{
    if (!m_document->display().costsPositive)
        return false;
    switch (column) {
    case Column::ActualCost:
    case Column::ActualNet:
    case Column::BudgetPeriod:
    case Column::BudgetYear:
    case Column::Forecast:
    case Column::PreviousYear:
    case Column::Change:
        return true;
    default:
        return false; // intäkter stay positive; avvikelser keep "positive = better"
    }
}

QVariant EconomicTableModel::amountData(std::optional<Money> value, Column column, int role) const
{
    if (role == RawValueRole)
        return value ? QVariant(static_cast<qlonglong>(value->ore())) : QVariant();
    if (!value)
        return role == Qt::EditRole ? QVariant(QString()) : QVariant();
    const Money shown = isFlipped(column) ? -*value : *value;
    const Core::AmountUnit unit = m_document->display().unit;
    if (role == Qt::EditRole)
        return editAmount(shown, unit);
    return displayAmount(shown, unit);
}

QVariant EconomicTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int position = positionOf(index);
    const Core::EconomicRow &row = rowAt(position);
    const auto column = static_cast<Column>(index.column());
    const Core::EconomicValues &v = row.values;
    const bool total = row.id == 0;

    // A cell of a shared database: someone else's change refused this edit, or the edit waits
    // for the server.
    if (role == Qt::BackgroundRole || role == Qt::ToolTipRole || role == ConflictRole) {
        if (const auto key = cellKey(index)) {
            if (const FigureConflict *conflict = m_document->conflictAt(*key)) {
                if (role == ConflictRole)
                    return conflict->id;
                if (role == Qt::BackgroundRole)
                    return QBrush(kConflictBackground);
                return conflictTooltip(*conflict, *key);
            }
            if (m_document->isPending(*key)) {
                if (role == Qt::BackgroundRole)
                    return QBrush(kPendingBackground);
                if (role == Qt::ToolTipRole)
                    return tr("Väntar på servern: sparas när anslutningen är tillbaka");
            }
        }
        if (role == ConflictRole)
            return 0;
    }

    switch (role) {
    case VerksamhetIdRole:
        return static_cast<qlonglong>(row.id);
    case DerivedRole:
        return column != Column::Name && column != Column::ForecastMethod && !editableMeasure(position, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Name || column == Column::ForecastMethod)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (!total && row.leaf && !row.memo)
            return {};
        QFont font;
        font.setBold(total || !row.leaf);
        font.setItalic(row.memo);
        return font;
    }
    case Qt::BackgroundRole:
        if (total)
            return QBrush(kTotalBackground);
        if (column != Column::Name && column != Column::ForecastMethod && !editableMeasure(position, column))
            return QBrush(kDerivedBackground);
        return {};
    default:
        break;
    }

    if (role == NegativeRole || role == Qt::ForegroundRole) {
        bool negative = false;
        if (column == Column::BudgetDeviation)
            negative = v.budgetDeviation && v.budgetDeviation->isNegative();
        else if (column == Column::ForecastDeviation)
            negative = v.forecastDeviation && v.forecastDeviation->isNegative();
        else if (column == Column::DeviationPercent)
            negative = v.deviationPercent && *v.deviationPercent < 0;
        if (role == NegativeRole)
            return negative && isDeviation(column);
        if (negative)
            return QBrush(kNegative);
        if (editableMeasure(position, column) && m_document->isLocked(m_document->keyFor(row.id, *editableMeasure(position, column))))
            return QBrush(kLockedText);
        return {};
    }

    if (column == Column::Name) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return QString::fromStdString(row.name);
        if (role == Qt::ToolTipRole && !total) {
            const Storage::Verksamhet *verksamhet = m_document->verksamhet(row.id);
            return verksamhet ? QString::fromStdString(verksamhet->path) : QVariant();
        }
        return {};
    }
    if (column == Column::ForecastMethod) {
        if (total || !row.leaf)
            return {};
        const Storage::ForecastMethod method = m_document->forecastMethod(row.id);
        if (role == Qt::DisplayRole)
            return methodLabel(method);
        if (role == Qt::EditRole || role == RawValueRole)
            return QString::fromUtf8(Storage::forecastMethodCode(method).data());
        if (role == Qt::ToolTipRole)
            return methodTooltip(position);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};

    auto ratio = [&](std::optional<double> value) -> QVariant {
        if (!value)
            return {};
        if (role == RawValueRole)
            return *value;
        if (role == Qt::ToolTipRole)
            return {};
        return displayPercent(*value);
    };

    if (role == Qt::ToolTipRole) {
        if (column == Column::Forecast && m_document->computedForecast(row.id))
            return methodTooltip(position);
        if (column == Column::Consumption && v.consumption)
            return tr("Riktpunkt %1").arg(displayPercent(m_document->economicTable().benchmark));
        if (column == Column::Change && v.changePercent)
            return tr("Förändring %1").arg(displayPercent(*v.changePercent));
        return {};
    }

    switch (column) {
    case Column::ActualIncome: return amountData(v.actualIncome, column, role);
    case Column::ActualCost: return amountData(v.actualCost, column, role);
    case Column::ActualNet: return amountData(v.actualNet, column, role);
    case Column::BudgetPeriod: {
        // Editing shows what is entered; the display shows the periodised value too.
        if (role == Qt::EditRole && !total)
            return amountData(m_document->storedFigure(m_document->keyFor(row.id, Measure::BudgetPeriod)), column, role);
        return amountData(v.budgetPeriod, column, role);
    }
    case Column::BudgetDeviation: return amountData(v.budgetDeviation, column, role);
    case Column::DeviationPercent: return ratio(v.deviationPercent);
    case Column::BudgetYear: return amountData(v.budgetYear, column, role);
    case Column::Forecast: return amountData(v.forecast, column, role);
    case Column::ForecastDeviation: return amountData(v.forecastDeviation, column, role);
    case Column::PreviousYear: return amountData(v.previousYearActualNet, column, role);
    case Column::Change: return amountData(v.change, column, role);
    case Column::Consumption: return ratio(v.consumption);
    default: return {};
    }
}

std::optional<Storage::FigureKey> EconomicTableModel::cellKey(const QModelIndex &index) const
{
    if (!index.isValid() || !m_document->hasSelection())
        return std::nullopt;
    const int position = positionOf(index);
    const auto measure = editableMeasure(position, static_cast<Column>(index.column()));
    if (!measure)
        return std::nullopt;
    return m_document->keyFor(rowAt(position).id, *measure);
}

QString EconomicTableModel::conflictTooltip(const FigureConflict &conflict, const Storage::FigureKey &key) const
{
    std::optional<Core::Money> mine;
    for (const Storage::FigureChange &change : conflict.mine)
        if (change.key == key)
            mine = change.amount;
    const Core::AmountUnit unit = m_document->display().unit;
    auto text = [&](std::optional<Core::Money> value) { return value ? editAmount(*value, unit) : tr("(tomt)"); };
    const QDateTime at = QDateTime::fromString(QString::fromStdString(conflict.at), Qt::ISODate);
    const QString when = at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString::fromStdString(conflict.at);
    const QString who = conflict.who.empty() ? tr("någon annan") : QString::fromStdString(conflict.who);
    return tr("Ändrad av %1 %2 medan du skrev.\nDeras värde: %3 (visas)\nDitt värde: %4\n"
              "Högerklicka för att behålla deras eller använda ditt.")
        .arg(who, when, text(m_document->storedFigure(key)), text(mine));
}

Qt::ItemFlags EconomicTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int position = positionOf(index);
    const auto column = static_cast<Column>(index.column());
    const Core::EconomicRow &row = rowAt(position);
    if (column == Column::ForecastMethod) {
        if (row.id != 0 && row.leaf && !m_document->isPeriodLocked())
            f |= Qt::ItemIsEditable;
        return f;
    }
    if (auto measure = editableMeasure(position, column); measure && !m_document->isLocked(m_document->keyFor(row.id, *measure)))
        f |= Qt::ItemIsEditable;
    return f;
}

Core::Result<Storage::FigureChange> EconomicTableModel::changeFor(const QModelIndex &index, const QString &text,
                                                                 std::optional<Core::AmountUnit> inUnit) const
{
    const int position = positionOf(index);
    const auto column = static_cast<Column>(index.column());
    const Core::EconomicRow &row = rowAt(position);
    const QString header = copyHeader(index.column());
    const auto measure = editableMeasure(position, column);
    if (!measure)
        return Core::fail(Core::ErrorCode::InvalidInput,
                          tr("%1, %2: räknas fram och kan inte skrivas in")
                              .arg(QString::fromStdString(row.name), header).toStdString());
    Storage::FigureChange change{m_document->keyFor(row.id, *measure), std::nullopt};
    if (const Storage::PeriodLock *lock = m_document->lockOf(change.key)) {
        // Which lock, who set it and why, so the one who typed knows whom to ask.
        const QString period = lock->month ? QString::fromStdString(Storage::periodText(lock->year, lock->month))
                                           : tr("hela året %1").arg(lock->year);
        return Core::fail(Core::ErrorCode::Conflict,
                          tr("%1, %2: perioden %3 är låst (%4, %5: ”%6”); lås upp den under Period innan du ändrar")
                              .arg(QString::fromStdString(row.name), header, period,
                                   QString::fromStdString(lock->lockedBy), QString::fromStdString(lock->lockedAt).left(10),
                                   QString::fromStdString(lock->reason))
                              .toStdString());
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return change;
    const Core::AmountUnit unit = inUnit.value_or(m_document->display().unit);
    if (Core::isFormula(trimmed.toStdString())) {
        auto value = Core::evaluateFormula(trimmed.toStdString(), unit);
        if (!value)
            return Core::fail(value.error().code, tr("%1, %2: %3 (en formel räknar i %4, till exempel =100+20 eller =(1 200,5−200)×3)")
                                                      .arg(QString::fromStdString(row.name), header,
                                                           QString::fromStdString(value.error().message), unitName(unit))
                                                      .toStdString());
        change.amount = isFlipped(column) ? -*value : *value;
        return change;
    }
    auto amount = Core::parseAmount(trimmed.toStdString(), unit);
    if (!amount)
        return Core::fail(amount.error().code,
                          tr("%1, %2: %3 (väntade ett belopp i %4, till exempel −1 234,5)")
                              .arg(QString::fromStdString(row.name), header,
                                   QString::fromStdString(amount.error().message), unitName(unit))
                              .toStdString());
    change.amount = isFlipped(column) ? -*amount : *amount;
    return change;
}

bool EconomicTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const auto column = static_cast<Column>(index.column());
    const Core::EconomicRow &row = rowAt(positionOf(index));
    if (column == Column::ForecastMethod) {
        const QString text = value.toString();
        std::optional<Storage::ForecastMethod> method = Storage::forecastMethodFromCode(text.toStdString());
        for (const Core::ForecastMethod candidate : Core::kAllForecastMethods)
            if (!method && methodLabel(candidate) == text)
                method = candidate;
        if (!method) {
            m_document->reportError(tr("Okänd prognosmetod \"%1\"").arg(text));
            return false;
        }
        if (auto ok = m_document->editForecastMethod(row.id, *method); !ok) {
            m_document->reportError(QString::fromStdString(ok.error().message));
            return false;
        }
        return true;
    }
    auto change = changeFor(index, value.toString());
    if (!change) {
        m_document->reportError(QString::fromStdString(change.error().message));
        return false;
    }
    const QString typed = value.toString().trimmed();
    const bool formula = Core::isFormula(typed.toStdString());
    const QString text = formula ? formulaNote(index, typed)
                                 : tr("Ändra %1, %2").arg(QString::fromStdString(row.name), copyHeader(index.column()));
    // A formula is kept in the audit log's reason: the stored figure is its value.
    const std::string reason = formula ? tr("formel %1").arg(typed).toStdString() : std::string();
    if (auto ok = m_document->editFigures(std::vector<Storage::FigureChange>{*change}, text, reason); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        return false;
    }
    return true;
}

bool EconomicTableModel::isAmountColumn(int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Name:
    case Column::DeviationPercent:
    case Column::Consumption:
    case Column::ForecastMethod:
    case Column::Count:
        return false;
    default:
        return true;
    }
}

QString EconomicTableModel::copyHeader(int column) const
{
    if (column == static_cast<int>(Column::Name))
        return tr("Verksamhet");
    QString title = headerData(column, Qt::Horizontal).toString();
    title.remove(QChar(0x00AD)); // the soft hyphens where the screen header may wrap
    if (isAmountColumn(column))
        title = tr("%1 (%2)").arg(title, unitName(m_document->display().unit));
    return title;
}

bool EconomicTableModel::isHeaderText(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    for (int c = 0; c < kColumnCount; ++c) {
        QString title = headerData(c, Qt::Horizontal).toString();
        title.remove(QChar(0x00AD));
        if (wanted == title || wanted == copyHeader(c))
            return true;
        for (const Core::AmountUnit unit : {Core::AmountUnit::Kronor, Core::AmountUnit::Thousands, Core::AmountUnit::Millions})
            if (wanted == tr("%1 (%2)").arg(title, unitName(unit)) || wanted == tr("Verksamhet, %1").arg(unitName(unit)))
                return true;
    }
    return false;
}

QString EconomicTableModel::formulaNote(const QModelIndex &index, const QString &formula) const
{
    return tr("%1, %2: %3").arg(QString::fromStdString(rowAt(positionOf(index)).name), copyHeader(index.column()), formula);
}

QString EconomicTableModel::exactText(const QModelIndex &index) const
{
    if (!isAmountColumn(index.column()))
        return copyText(index);
    const auto column = static_cast<Column>(index.column());
    const Core::EconomicRow &row = rowAt(positionOf(index));
    std::optional<Money> amount;
    if (column == Column::BudgetPeriod && row.id != 0) {
        // What is entered: a periodised budget copies as empty, so that it stays periodised
        // where it is pasted.
        amount = m_document->storedFigure(m_document->keyFor(row.id, Measure::BudgetPeriod));
    } else if (const QVariant raw = data(index, RawValueRole); raw.isValid()) {
        amount = Money::fromOre(raw.toLongLong());
    }
    if (!amount)
        return {};
    return editAmount(isFlipped(column) ? -*amount : *amount, Core::AmountUnit::Kronor);
}

QString EconomicTableModel::copyText(const QModelIndex &index) const
{
    const auto column = static_cast<Column>(index.column());
    if (column == Column::Name || column == Column::ForecastMethod)
        return data(index, Qt::DisplayRole).toString();
    const QVariant raw = data(index, RawValueRole);
    if (!raw.isValid())
        return {};
    if (raw.typeId() == QMetaType::Double)
        return QString::fromStdString(Core::formatPercent(raw.toDouble(), 1, {Core::NumberStyle::Minus::Hyphen,
                                                                               Core::NumberStyle::Grouping::None}));
    Money amount = Money::fromOre(raw.toLongLong());
    if (isFlipped(column))
        amount = -amount;
    return copyAmount(amount, m_document->display().unit);
}

QModelIndex EconomicTableModel::indexOf(Storage::Id verksamhetId, Column column) const
{
    auto it = m_positionOf.find(verksamhetId);
    if (it == m_positionOf.end())
        return {};
    return createIndex(m_rowInParent[static_cast<std::size_t>(it->second)], static_cast<int>(column),
                       static_cast<quintptr>(it->second + 1));
}

void EconomicTableModel::emitRowChanged(int position, int firstColumn, int lastColumn)
{
    const int row = m_rowInParent[static_cast<std::size_t>(position)];
    emit dataChanged(createIndex(row, firstColumn, static_cast<quintptr>(position + 1)),
                     createIndex(row, lastColumn, static_cast<quintptr>(position + 1)));
}

void EconomicTableModel::onFiguresChanged(const QList<qint64> &ids)
{
    // A leaf's figures change that leaf, its ancestors and the total; nothing else.
    std::vector<bool> done(m_parent.size(), false);
    for (const qint64 id : ids) {
        auto it = m_positionOf.find(id);
        for (int p = it == m_positionOf.end() ? -1 : it->second; p >= 0; p = m_parent[static_cast<std::size_t>(p)]) {
            if (done[static_cast<std::size_t>(p)])
                break;
            done[static_cast<std::size_t>(p)] = true;
            emitRowChanged(p, 1, kColumnCount - 1);
        }
    }
    if (!m_topLevel.empty())
        emitRowChanged(m_topLevel.back(), 1, kColumnCount - 1);
}

QString EconomicTableModel::methodLabel(Storage::ForecastMethod method)
{
    switch (method) {
    case Storage::ForecastMethod::Manual: return tr("manuell");
    case Storage::ForecastMethod::Budget: return tr("budget (+/− noll)");
    case Storage::ForecastMethod::RunRate: return tr("linjär uppräkning");
    case Storage::ForecastMethod::ActualPlusRemainingBudget: return tr("utfall + återstående budget");
    case Storage::ForecastMethod::Seasonal: return tr("säsong");
    case Storage::ForecastMethod::VolumeBased: return tr("volymbaserad");
    }
    return {};
}

QString EconomicTableModel::methodTooltip(int position) const
{
    // The core words the formula with the row's numbers; manual rows show the typed value.
    const Core::EconomicRow &row = rowAt(position);
    const Core::AmountUnit unit = m_document->display().unit;
    const Core::NumberStyle style{Core::NumberStyle::Minus::Unicode, Core::NumberStyle::Grouping::NoBreakSpace};
    const QString name = methodLabel(m_document->forecastMethod(row.id));
    const auto *forecast = m_document->computedForecast(row.id);
    if (!forecast)
        return tr("%1: prognosen skrivs in (%2)")
            .arg(name, row.values.forecast ? displayAmount(*row.values.forecast, unit) : tr("saknas"));
    if (!*forecast)
        return tr("%1: kan inte räknas fram: %2").arg(name, QString::fromStdString(forecast->error().message));
    return tr("%1: %2").arg(name, QString::fromStdString(Core::explainForecast(**forecast, unit, style)));
}

} // namespace Tertial::Models
