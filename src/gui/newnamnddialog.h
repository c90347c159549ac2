// SPDX-License-Identifier: GPL-3.0-or-later
// Ny nämnd: the kommun (or region) from the database's list, a code and a name.
#pragma once

#include "storage/records.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Tertial::Gui {

class NewNamndDialog final : public QDialog
{
    Q_OBJECT
public:
    // `kommuner`: the database's list (kommuner and regioner are offered, Riket is not);
    // `kommun` preselected when given.
    NewNamndDialog(const std::vector<Storage::Kommun> &kommuner, const QString &kommun, QWidget *parent = nullptr);

    QString kommun() const; // its code
    QString code() const;
    QString name() const;

    QComboBox *kommunBox() const { return m_kommun; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    QComboBox *m_kommun;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};

} // namespace Tertial::Gui
