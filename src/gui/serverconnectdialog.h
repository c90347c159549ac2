// SPDX-License-Identifier: GPL-3.0-or-later
// Arkiv › Anslut till server …: the kommun's PostgreSQL server by its libpq URI, with the servers
// used before to pick from. The password is not asked here: libpq's own sources (PGPASSWORD,
// ~/.pgpass, a service file, Kerberos) come first, the workbench asks only when they give none.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace Tertial::Gui {

class ServerConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    // `recent`: server URIs used before, newest first.
    explicit ServerConnectDialog(const QStringList &recent, QWidget *parent = nullptr);

    QString uri() const;

private:
    void check();

    QComboBox *m_uri;
    QLabel *m_problem;
};

} // namespace Tertial::Gui
