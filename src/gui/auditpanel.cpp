// SPDX-License-Identifier: GPL-3.0-or-later
// The Ändringslogg dock's content.
#include "auditpanel.h"

#include "models/auditlogmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Tertial::Gui {

AuditPanel::AuditPanel(QWidget *parent) : QWidget(parent), m_whole(new QCheckBox(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("auditPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_whole->setObjectName(QStringLiteral("wholeNamnd"));
    m_whole->setText(tr("Hela nämnden"));
    m_whole->setToolTip(tr("Visar ändringarna i hela nämnden i stället för den markerade raden"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(m_whole);
    bar->addStretch();
    layout->addLayout(bar);
    layout->addWidget(m_view);

    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setWordWrap(false);
    connect(m_whole, &QCheckBox::toggled, this, [this] {
        apply();
        emit scopeChanged();
    });
}

void AuditPanel::setModel(Models::AuditLogModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_view->setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &AuditPanel::fitColumns);
    apply();
    fitColumns();
}

void AuditPanel::setRow(std::optional<Storage::Id> verksamhetId)
{
    m_row = verksamhetId;
    apply();
}

bool AuditPanel::wholeNamnd() const
{
    return m_whole->isChecked();
}

void AuditPanel::setWholeNamnd(bool whole)
{
    m_whole->setChecked(whole);
}

QString AuditPanel::title(const QString &rowName) const
{
    if (wholeNamnd() || !m_row || rowName.isEmpty())
        return tr("Ändringslogg: hela nämnden");
    return tr("Ändringslogg: %1").arg(rowName);
}

void AuditPanel::apply()
{
    if (m_model)
        m_model->setVerksamhet(wholeNamnd() ? std::nullopt : m_row);
}

void AuditPanel::fitColumns()
{
    if (!m_model)
        return;
    m_view->resizeColumnsToContents();
    // Register rows log whole rows as text: Vad takes at most a quarter of the width, Före
    // and Efter share what is left beside När, Vem and some of Orsak, so Efter is never
    // pushed out of sight (the full texts are in the tooltips).
    using AuditColumn = Models::AuditLogModel::Column;
    const auto column = [](AuditColumn c) { return static_cast<int>(c); };
    const int available = std::max(m_view->viewport()->width(), 600);
    m_view->setColumnWidth(column(AuditColumn::What), std::min(m_view->columnWidth(column(AuditColumn::What)), available / 4));
    const int used = m_view->columnWidth(column(AuditColumn::At)) + m_view->columnWidth(column(AuditColumn::Who))
                     + m_view->columnWidth(column(AuditColumn::What)) + 90;
    const int share = std::max(120, (available - used) / 2);
    const int before = std::min(m_view->columnWidth(column(AuditColumn::Old)), share);
    m_view->setColumnWidth(column(AuditColumn::Old), before);
    // What Före does not need goes to Efter.
    m_view->setColumnWidth(column(AuditColumn::New), std::min(m_view->columnWidth(column(AuditColumn::New)),
                                                              std::max(share, available - used - before)));
}

} // namespace Tertial::Gui
