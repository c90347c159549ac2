// SPDX-License-Identifier: GPL-3.0-or-later
// The Ny verksamhet dialog.
#include "newverksamhetdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Tertial::Gui {

using Relation = Models::VerksamhetPlace::Relation;

NewVerksamhetDialog::NewVerksamhetDialog(std::optional<Storage::Id> relativeTo, const QString &relativeName,
                                         QWidget *parent)
    : QDialog(parent), m_relativeTo(relativeTo), m_name(new QLineEdit(this)), m_places(new QButtonGroup(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Ny verksamhet"));
    auto *form = new QFormLayout(this);
    m_name->setPlaceholderText(tr("t.ex. Familjehemsvård"));
    form->addRow(tr("&Namn:"), m_name);
    auto *placeBox = new QWidget(this);
    auto *places = new QVBoxLayout(placeBox);
    places->setContentsMargins(0, 0, 0, 0);
    const QString quoted = QStringLiteral("”%1”").arg(relativeName);
    const std::pair<Relation, QString> choices[] = {
        {Relation::Before, tr("&Före %1").arg(quoted)},
        {Relation::After, tr("&Efter %1").arg(quoted)},
        {Relation::Child, tr("&Under %1 (sist)").arg(quoted)},
        {Relation::Top, tr("Ö&verst i trädet (sist)")},
    };
    for (const auto &[relation, text] : choices) {
        auto *button = new QRadioButton(text, placeBox);
        button->setEnabled(relation == Relation::Top || relativeTo.has_value());
        m_places->addButton(button, static_cast<int>(relation));
        places->addWidget(button);
    }
    m_places->button(static_cast<int>(relativeTo ? Relation::After : Relation::Top))->setChecked(true);
    form->addRow(tr("Plats:"), placeBox);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewVerksamhetDialog::update);
    update();
    resize(440, sizeHint().height());
}

QString NewVerksamhetDialog::name() const
{
    return m_name->text().trimmed();
}

QRadioButton *NewVerksamhetDialog::choice(Relation relation) const
{
    return qobject_cast<QRadioButton *>(m_places->button(static_cast<int>(relation)));
}

Models::VerksamhetPlace NewVerksamhetDialog::place() const
{
    const auto relation = static_cast<Relation>(m_places->checkedId());
    return {relation, relation == Relation::Top ? std::nullopt : m_relativeTo};
}

void NewVerksamhetDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
}

} // namespace Tertial::Gui
