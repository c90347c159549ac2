// SPDX-License-Identifier: GPL-3.0-or-later
// Why a paste was refused: every cell that could not take its value, in a list the user can
// copy (into a mail to the person who sent the figures, say).
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Tertial::Gui {

class PasteProblemsDialog final : public QDialog
{
    Q_OBJECT
public:
    // `problems`: one line per refused cell, "Barn och unga, Utfall netto (tkr): …".
    PasteProblemsDialog(const QStringList &problems, QWidget *parent = nullptr);

    QString text() const; // the list as shown, for tests
    void copyToClipboard();

private:
    QPlainTextEdit *m_list;
};

} // namespace Tertial::Gui
