// SPDX-License-Identifier: GPL-3.0-or-later
// The Ny nämnd dialog.
#include "newnamnddialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace Tertial::Gui {

NewNamndDialog::NewNamndDialog(const std::vector<Storage::Kommun> &kommuner, const QString &kommun, QWidget *parent)
    : QDialog(parent), m_kommun(new QComboBox(this)), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Ny nämnd"));
    for (const Storage::Kommun &k : kommuner)
        if (k.kind != Storage::Kommun::Kind::Riket)
            m_kommun->addItem(QStringLiteral("%1 %2").arg(QString::fromStdString(k.code), QString::fromStdString(k.name)),
                              QString::fromStdString(k.code));
    // 311 names: typing "Öre" finds Örebro.
    m_kommun->setEditable(true);
    m_kommun->setInsertPolicy(QComboBox::NoInsert);
    m_kommun->completer()->setFilterMode(Qt::MatchContains);
    m_kommun->completer()->setCompletionMode(QCompleter::PopupCompletion);
    if (const int index = m_kommun->findData(kommun); index >= 0)
        m_kommun->setCurrentIndex(index);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[\\w-]{1,20}")), m_code));
    m_code->setPlaceholderText(tr("t.ex. SN"));
    m_name->setPlaceholderText(tr("t.ex. Socialnämnden"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kommun eller region:"), m_kommun);
    form->addRow(tr("Nämndens &kod:"), m_code);
    form->addRow(tr("Nämndens &namn:"), m_name);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QLineEdit::textChanged, this, &NewNamndDialog::update);
    connect(m_name, &QLineEdit::textChanged, this, &NewNamndDialog::update);
    connect(m_kommun, &QComboBox::currentIndexChanged, this, &NewNamndDialog::update);
    update();
    resize(440, sizeHint().height());
}

QString NewNamndDialog::kommun() const
{
    // What was typed into the box counts when it names one of the list's entries.
    const int index = m_kommun->findText(m_kommun->currentText());
    return index >= 0 ? m_kommun->itemData(index).toString() : QString();
}

QString NewNamndDialog::code() const
{
    return m_code->text().trimmed();
}

QString NewNamndDialog::name() const
{
    return m_name->text().trimmed();
}

void NewNamndDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!kommun().isEmpty() && !code().isEmpty() && !name().isEmpty());
}

} // namespace Tertial::Gui
