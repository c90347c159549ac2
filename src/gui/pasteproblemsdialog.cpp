// SPDX-License-Identifier: GPL-3.0-or-later
// The list of refused cells after a paste.
#include "pasteproblemsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tertial::Gui {

PasteProblemsDialog::PasteProblemsDialog(const QStringList &problems, QWidget *parent)
    : QDialog(parent), m_list(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("pasteProblemsDialog"));
    setWindowTitle(tr("Inklistringen gjordes inte"));
    auto *layout = new QVBoxLayout(this);
    const int count = static_cast<int>(problems.size());
    auto *intro = new QLabel(count == 1 ? tr("Ingenting klistrades in: en cell kan inte ta emot sitt värde. Den är "
                                             "markerad i tabellen; rätta den och klistra in igen.")
                                        : tr("Ingenting klistrades in: %1 celler kan inte ta emot sina värden. De är "
                                             "markerade i tabellen; rätta dem och klistra in igen.")
                                              .arg(count),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setReadOnly(true);
    m_list->setLineWrapMode(QPlainTextEdit::WidgetWidth); // each cell one line when copied
    m_list->setPlainText(problems.join(QLatin1Char('\n')));
    m_list->setMinimumSize(680, 180);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Kopiera listan"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, &PasteProblemsDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setAttribute(Qt::WA_DeleteOnClose);
}

QString PasteProblemsDialog::text() const
{
    return m_list->toPlainText();
}

void PasteProblemsDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(m_list->toPlainText() + QLatin1Char('\n'));
}

} // namespace Tertial::Gui
