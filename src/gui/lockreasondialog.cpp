// SPDX-License-Identifier: GPL-3.0-or-later
// The reason for a lock or an unlock, which the Ändringslogg keeps.
#include "lockreasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tertial::Gui {

LockReasonDialog::LockReasonDialog(const QString &title, const QString &question, QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().height() * 4 + 12);
    layout->addWidget(m_edit);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Orsaken står i Ändringsloggen. Skriv till exempel vilket beslut eller vilken rättelse det gäller."));
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &LockReasonDialog::update);
    update();
    resize(460, sizeHint().height());
}

QString LockReasonDialog::reason() const
{
    return m_edit->toPlainText().trimmed();
}

void LockReasonDialog::update()
{
    // A blank reason is refused by the store too; here OK is simply not offered.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace Tertial::Gui
