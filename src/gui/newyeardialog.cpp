// SPDX-License-Identifier: GPL-3.0-or-later
// The Nytt år dialog.
#include "newyeardialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace Tertial::Gui {

NewYearDialog::NewYearDialog(const QList<Namnd> &namnder, qint64 selected, QWidget *parent)
    : QDialog(parent), m_namnder(namnder), m_namnd(new QComboBox(this)), m_year(new QSpinBox(this)),
      m_copy(new QCheckBox(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Nytt år"));
    for (const Namnd &n : namnder)
        m_namnd->addItem(n.title, n.id);
    if (const int index = m_namnd->findData(selected); index >= 0)
        m_namnd->setCurrentIndex(index);
    m_year->setRange(2000, 2100);
    auto *note = new QLabel(tr("Verksamhetsträdet och varje verksamhets periodisering hör till nämnden och gäller alla "
                               "år: det nya året har dem redan."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Nämnd:"), m_namnd);
    form->addRow(tr("&År:"), m_year);
    form->addRow(QString(), m_copy);
    form->addRow(note);
    form->addRow(m_buttons);
    auto follow = [this] {
        const int index = m_namnd->currentIndex();
        if (index >= 0)
            m_year->setValue(m_namnder[index].nextYear);
    };
    auto label = [this] { m_copy->setText(tr("&Kopiera prognosmetoderna från %1").arg(m_year->value() - 1)); };
    connect(m_namnd, &QComboBox::currentIndexChanged, this, follow);
    connect(m_year, &QSpinBox::valueChanged, this, label);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    follow();
    label();
    m_copy->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!namnder.isEmpty());
    resize(460, sizeHint().height());
}

qint64 NewYearDialog::namndId() const
{
    return m_namnd->currentData().toLongLong();
}

int NewYearDialog::year() const
{
    return m_year->value();
}

bool NewYearDialog::copyForecastMethods() const
{
    return m_copy->isChecked();
}

} // namespace Tertial::Gui
