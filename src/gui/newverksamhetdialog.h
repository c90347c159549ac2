// SPDX-License-Identifier: GPL-3.0-or-later
// Ny verksamhet: its name and its place beside, or under, the selected row.
#pragma once

#include "models/structureedits.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace Tertial::Gui {

class NewVerksamhetDialog final : public QDialog
{
    Q_OBJECT
public:
    // `relativeTo`: the selected verksamhet's id and name, if a row is selected.
    NewVerksamhetDialog(std::optional<Storage::Id> relativeTo, const QString &relativeName, QWidget *parent = nullptr);

    QString name() const;
    Models::VerksamhetPlace place() const;

    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *choice(Models::VerksamhetPlace::Relation relation) const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    std::optional<Storage::Id> m_relativeTo;
    QLineEdit *m_name;
    QButtonGroup *m_places;
    QDialogButtonBox *m_buttons;
};

} // namespace Tertial::Gui
