// SPDX-License-Identifier: GPL-3.0-or-later
// The structure actions of the workbench.
#include "structureactions.h"

#include "economicview.h"
#include "mainwindow.h"
#include "newnamnddialog.h"
#include "newverksamhetdialog.h"
#include "newyeardialog.h"

#include "models/document.h"
#include "models/economictablemodel.h"
#include "models/structureedits.h"

#include <QAction>
#include <QDate>
#include <QMessageBox>

#include <algorithm>

namespace Tertial::Gui {

StructureActions::StructureActions(MainWindow *window)
    : QObject(window), m_window(window), m_newNamnd(new QAction(tr("Ny &nämnd …"), this)),
      m_newVerksamhet(new QAction(tr("Ny &verksamhet …"), this)), m_newYear(new QAction(tr("Nytt &år …"), this))
{
    connect(m_newNamnd, &QAction::triggered, this, &StructureActions::newNamnd);
    connect(m_newVerksamhet, &QAction::triggered, this, &StructureActions::newVerksamhet);
    connect(m_newYear, &QAction::triggered, this, [this] { newYear(); });
}

Models::StructureEdits *StructureActions::edits()
{
    Models::Document *document = m_window->document();
    if (!document)
        return nullptr;
    if (auto *existing = document->findChild<Models::StructureEdits *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *created = new Models::StructureEdits(document);
    connect(created, &Models::StructureEdits::structureChanged, m_window, &MainWindow::refreshNavigator);
    return created;
}

void StructureActions::report(const QString &message)
{
    QMessageBox::warning(m_window, tr("Kunde inte ändra"), message);
}

void StructureActions::newNamnd()
{
    Models::StructureEdits *structure = edits();
    if (!structure)
        return report(tr("Öppna eller skapa en databas först (Arkiv)."));
    Models::Document *document = structure->document();
    auto kommuner = document->store().kommuner();
    if (!kommuner)
        return report(QString::fromStdString(kommuner.error().message));
    NewNamndDialog dialog(*kommuner, QString::fromStdString(document->selection().kommun), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = structure->createNamnd(dialog.kommun().toStdString(), dialog.code().toStdString(),
                                          dialog.name().toStdString());
    if (!created)
        return report(QString::fromStdString(created.error().message));
    newYear(created->id); // a nämnd is worked with by year
}

void StructureActions::newVerksamhet()
{
    Models::StructureEdits *structure = edits();
    if (!structure || !structure->document()->hasSelection())
        return report(tr("Välj en nämnd, ett år och en period till vänster först."));
    Models::Document *document = structure->document();
    std::optional<Storage::Id> current;
    QString currentName;
    if (EconomicView *view = m_window->economicView()) {
        const qint64 id = view->currentIndex().data(Models::EconomicTableModel::VerksamhetIdRole).toLongLong();
        if (const Storage::Verksamhet *v = id ? document->verksamhet(id) : nullptr) {
            current = v->id;
            currentName = QString::fromStdString(v->name);
        }
    }
    NewVerksamhetDialog dialog(current, currentName, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = structure->createVerksamhet(dialog.name().toStdString(), dialog.place());
    if (!created)
        return report(QString::fromStdString(created.error().message));
    if (EconomicView *view = m_window->economicView()) {
        // The new row current, ready for its figures.
        for (QModelIndex index = view->model()->index(0, 0); index.isValid(); index = view->indexBelow(index))
            if (index.data(Models::EconomicTableModel::VerksamhetIdRole).toLongLong() == created->id) {
                view->setCurrentIndex(index);
                view->scrollTo(index);
                break;
            }
    }
}

void StructureActions::newYear(std::optional<qint64> namndId)
{
    Models::StructureEdits *structure = edits();
    if (!structure)
        return report(tr("Öppna eller skapa en databas först (Arkiv)."));
    Models::Document *document = structure->document();
    Storage::Store &store = document->store();
    auto kommuner = store.kommuner();
    if (!kommuner)
        return report(QString::fromStdString(kommuner.error().message));
    QList<NewYearDialog::Namnd> namnder;
    for (const Storage::Kommun &k : *kommuner) {
        auto ofKommun = store.namnder(k.code);
        if (!ofKommun)
            return report(QString::fromStdString(ofKommun.error().message));
        for (const Storage::Namnd &n : *ofKommun) {
            auto years = store.years(n.id);
            const int next = years && !years->empty() ? years->back() + 1 : QDate::currentDate().year();
            namnder.append({n.id, QStringLiteral("%1 %2 · %3").arg(QString::fromStdString(k.code), QString::fromStdString(k.name),
                                                                  QString::fromStdString(n.name)),
                            next});
        }
    }
    if (namnder.isEmpty())
        return report(tr("Databasen har ingen nämnd än: Redigera › Ny nämnd."));
    NewYearDialog dialog(namnder, namndId.value_or(document->selection().namndId), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = structure->addYear(dialog.namndId(), dialog.year(), dialog.copyForecastMethods()); !ok)
        return report(QString::fromStdString(ok.error().message));
    // Straight to the new year's whole-year table.
    std::string kommun;
    for (const Storage::Kommun &k : *kommuner)
        if (auto ofKommun = store.namnder(k.code))
            for (const Storage::Namnd &n : *ofKommun)
                if (n.id == dialog.namndId())
                    kommun = k.code;
    if (auto ok = m_window->select({kommun, dialog.namndId(), dialog.year(), "helår"}); !ok)
        report(QString::fromStdString(ok.error().message));
}

} // namespace Tertial::Gui
