// SPDX-License-Identifier: GPL-3.0-or-later
// The navigator model.
#include "navigatormodel.h"

namespace Tertial::Models {

namespace {

const char *const kPeriods[] = {"T1", "T2", "delår", "helår", "1", "2", "3", "4", "5", "6",
                                "7",  "8",  "9",     "10",    "11", "12"};

} // namespace

NavigatorModel::NavigatorModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Urval")});
}

Core::Result<void> NavigatorModel::load(Storage::Store &store)
{
    clear();
    setHorizontalHeaderLabels({tr("Urval")});
    auto kommuner = store.kommuner();
    if (!kommuner)
        return std::unexpected(kommuner.error());
    for (const Storage::Kommun &kommun : *kommuner) {
        auto namnder = store.namnder(kommun.code);
        if (!namnder)
            return std::unexpected(namnder.error());
        if (namnder->empty())
            continue;
        auto *kommunItem = new QStandardItem(QString::fromStdString(kommun.name));
        kommunItem->setEditable(false);
        kommunItem->setData(static_cast<int>(Kind::Kommun), KindRole);
        kommunItem->setData(QString::fromStdString(kommun.code), KommunRole);
        kommunItem->setToolTip(QString::fromStdString(kommun.code));
        for (const Storage::Namnd &namnd : *namnder) {
            auto *namndItem = new QStandardItem(QString::fromStdString(namnd.name));
            namndItem->setEditable(false);
            namndItem->setData(static_cast<int>(Kind::Namnd), KindRole);
            namndItem->setData(QString::fromStdString(kommun.code), KommunRole);
            namndItem->setData(static_cast<qlonglong>(namnd.id), NamndIdRole);
            namndItem->setToolTip(QString::fromStdString(namnd.code));
            auto *placeholder = new QStandardItem(QStringLiteral("…"));
            placeholder->setEditable(false);
            placeholder->setData(static_cast<int>(Kind::Placeholder), KindRole);
            namndItem->appendRow(placeholder);
            kommunItem->appendRow(namndItem);
        }
        appendRow(kommunItem);
    }
    return {};
}

void NavigatorModel::addYear(QStandardItem *namnd, int year)
{
    auto *yearItem = new QStandardItem(QString::number(year));
    yearItem->setEditable(false);
    yearItem->setData(static_cast<int>(Kind::Year), KindRole);
    yearItem->setData(namnd->data(KommunRole), KommunRole);
    yearItem->setData(namnd->data(NamndIdRole), NamndIdRole);
    yearItem->setData(year, YearRole);
    for (const char *code : kPeriods) {
        auto *periodItem = new QStandardItem(periodLabel(code));
        periodItem->setEditable(false);
        periodItem->setData(static_cast<int>(Kind::Period), KindRole);
        periodItem->setData(namnd->data(KommunRole), KommunRole);
        periodItem->setData(namnd->data(NamndIdRole), NamndIdRole);
        periodItem->setData(year, YearRole);
        periodItem->setData(QString::fromUtf8(code), PeriodRole);
        yearItem->appendRow(periodItem);
    }
    namnd->appendRow(yearItem);
}

void NavigatorModel::populateYears(Storage::Store &store, const QModelIndex &index)
{
    QStandardItem *namnd = itemFromIndex(index);
    if (!namnd || namnd->data(KindRole).toInt() != static_cast<int>(Kind::Namnd))
        return;
    if (namnd->rowCount() != 1 || namnd->child(0)->data(KindRole).toInt() != static_cast<int>(Kind::Placeholder))
        return; // done before
    const auto namndId = static_cast<Storage::Id>(namnd->data(NamndIdRole).toLongLong());
    // Every year with a figure, in one query (an unreadable store shows none rather than failing).
    auto years = store.years(namndId);
    namnd->removeRow(0);
    if (!years)
        return;
    for (auto it = years->rbegin(); it != years->rend(); ++it)
        addYear(namnd, *it);
}

std::optional<Selection> NavigatorModel::selectionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.data(KindRole).toInt() != static_cast<int>(Kind::Period))
        return std::nullopt;
    Selection selection;
    selection.kommun = index.data(KommunRole).toString().toStdString();
    selection.namndId = static_cast<Storage::Id>(index.data(NamndIdRole).toLongLong());
    selection.year = index.data(YearRole).toInt();
    selection.period = index.data(PeriodRole).toString().toStdString();
    return selection;
}

QModelIndex NavigatorModel::indexOf(Storage::Store &store, const Selection &selection)
{
    for (int k = 0; k < rowCount(); ++k) {
        QStandardItem *kommunItem = item(k);
        for (int n = 0; n < kommunItem->rowCount(); ++n) {
            QStandardItem *namndItem = kommunItem->child(n);
            if (namndItem->data(NamndIdRole).toLongLong() != selection.namndId)
                continue;
            populateYears(store, namndItem->index());
            QStandardItem *yearItem = nullptr;
            for (int y = 0; y < namndItem->rowCount(); ++y)
                if (namndItem->child(y)->data(YearRole).toInt() == selection.year)
                    yearItem = namndItem->child(y);
            if (!yearItem) {
                addYear(namndItem, selection.year); // a year without figures yet
                yearItem = namndItem->child(namndItem->rowCount() - 1);
            }
            for (int p = 0; p < yearItem->rowCount(); ++p)
                if (yearItem->child(p)->data(PeriodRole).toString().toStdString() == selection.period)
                    return yearItem->child(p)->index();
            return {};
        }
    }
    return {};
}

QString NavigatorModel::periodLabel(const std::string &code)
{
    if (code == "T1")
        return tr("T1 (jan–apr)");
    if (code == "T2")
        return tr("T2 (jan–aug)");
    if (code == "delår")
        return tr("Delår (31 augusti)");
    if (code == "helår")
        return tr("Helår");
    static const char *const months[] = {
        QT_TR_NOOP("t.o.m. januari"), QT_TR_NOOP("t.o.m. februari"), QT_TR_NOOP("t.o.m. mars"),
        QT_TR_NOOP("t.o.m. april"),   QT_TR_NOOP("t.o.m. maj"),      QT_TR_NOOP("t.o.m. juni"),
        QT_TR_NOOP("t.o.m. juli"),    QT_TR_NOOP("t.o.m. augusti"),  QT_TR_NOOP("t.o.m. september"),
        QT_TR_NOOP("t.o.m. oktober"), QT_TR_NOOP("t.o.m. november"), QT_TR_NOOP("t.o.m. december")};
    const int month = QString::fromStdString(code).toInt();
    if (month >= 1 && month <= 12)
        return tr(months[month - 1]);
    return QString::fromStdString(code);
}

} // namespace Tertial::Models
