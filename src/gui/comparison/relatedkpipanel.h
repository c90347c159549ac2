// SPDX-License-Identifier: GPL-3.0-or-later
// The key figures related to the verksamhet selected in Ekonomi, with the kommun's rank among all kommuner.
#pragma once

#include "storage/koladastore.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace Tertial::Gui {

// "Barn och unga 0-20 år" -> N33006, U33401, U33402 (core/kpidefaults.h relatedKpis): per KPI the
// kommun's value as Kolada published it ("Källa: Kolada"), its rang av N and kvartil (Tertial's,
// among every kommun with a value), for the selected year or, when Kolada has none yet, the
// latest year before it.
class RelatedKpiPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit RelatedKpiPanel(Storage::KoladaStore &store, QWidget *parent = nullptr);

    // `verksamheter`: the selected row's name first, then its ancestors' (a child of "Barn och
    // unga" shows Barn och unga's key figures). Empty: nothing selected.
    void setContext(const QString &kommunId, const QStringList &verksamheter, int year);
    void refresh();

    QTableWidget *table() const { return m_table; }
    QString heading() const;
    QString sourceNote() const;

signals:
    // A double-click on a key figure: open it in the comparison.
    void kpiActivated(const QString &kpiId, int year);

private:
    Storage::KoladaStore &m_store;
    QString m_kommun;
    QStringList m_verksamheter;
    int m_year = 0;
    QLabel *m_heading;
    QTableWidget *m_table;
    QLabel *m_source;
};

} // namespace Tertial::Gui
