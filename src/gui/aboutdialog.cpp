// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tertial::Gui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("Om Tertial"));

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    const QString version = QApplication::applicationVersion();
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setText(
        QStringLiteral("<h2>Tertial</h2><p><b>%1</b></p><p>%2</p><p>%3</p><p>%4</p>")
            .arg(tr("Version %1").arg(version.isEmpty() ? tr("okänd") : version.toHtmlEscaped()),
                 tr("Uppföljning av nämndernas ekonomi: budget, utfall, prognos och volymer per kommun, nämnd, "
                    "verksamhet och period."),
                 tr("Licens: GNU General Public License version 3 eller senare (GPL-3.0-or-later). Tertial är fri "
                    "programvara: du får använda, ändra och sprida den vidare enligt licensen. Programmet levereras "
                    "UTAN GARANTI. Licenstexten: <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
                    "gnu.org/licenses/gpl-3.0.html</a>."),
                 tr("Byggt med Qt %1 och QCustomPlot.").arg(QString::fromLatin1(qVersion()))));

    // Own button texts: Qt 6.4 has no Swedish translation of its standard buttons.
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *aboutQt = buttons->addButton(tr("Om &Qt"), QDialogButtonBox::HelpRole);
    QPushButton *close = buttons->addButton(tr("&Stäng"), QDialogButtonBox::RejectRole);
    close->setDefault(true);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AboutDialog::text() const
{
    return findChild<QLabel *>(QStringLiteral("aboutText"))->text();
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/tertial.svg"));
}

QMenu *helpMenu(QMainWindow *window)
{
    if (auto *existing = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuHelp")))
        return existing;
    QMenu *help = window->menuBar()->addMenu(AboutDialog::tr("&Hjälp"));
    help->setObjectName(QStringLiteral("menuHelp"));
    return help;
}

void addAboutAction(QMainWindow *window)
{
    QMenu *help = helpMenu(window);
    if (!help->isEmpty())
        help->addSeparator();
    QAction *about = help->addAction(AboutDialog::tr("&Om Tertial …"), window, [window] {
        AboutDialog dialog(window);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

} // namespace Tertial::Gui
