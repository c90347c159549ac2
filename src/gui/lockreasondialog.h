// SPDX-License-Identifier: GPL-3.0-or-later
// Asks why a period is locked or unlocked; OK only with a reason that says something.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Tertial::Gui {

class LockReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    // `question`: "Varför låses perioden oktober 2017?"
    LockReasonDialog(const QString &title, const QString &question, QWidget *parent = nullptr);

    QString reason() const; // trimmed
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPlainTextEdit *editor() const { return m_edit; }

private:
    void update();

    QPlainTextEdit *m_edit;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace Tertial::Gui
