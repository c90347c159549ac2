// SPDX-License-Identifier: GPL-3.0-or-later
// Nytt år: the nämnd, the year, and whether last year's forecast methods come along.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QSpinBox;

namespace Tertial::Gui {

class NewYearDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Namnd
    {
        qint64 id = 0;
        QString title;    // "1880 Örebro · Socialnämnden"
        int nextYear = 0; // after its latest year
    };
    NewYearDialog(const QList<Namnd> &namnder, qint64 selected, QWidget *parent = nullptr);

    qint64 namndId() const;
    int year() const;
    bool copyForecastMethods() const;

    QComboBox *namndBox() const { return m_namnd; }
    QSpinBox *yearBox() const { return m_year; }
    QCheckBox *copyBox() const { return m_copy; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QList<Namnd> m_namnder;
    QComboBox *m_namnd;
    QSpinBox *m_year;
    QCheckBox *m_copy;
    QDialogButtonBox *m_buttons;
};

} // namespace Tertial::Gui
