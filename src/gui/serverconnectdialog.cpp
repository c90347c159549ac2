// SPDX-License-Identifier: GPL-3.0-or-later
// The dialog that names the server to connect to.
#include "serverconnectdialog.h"

#include "storage/openstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tertial::Gui {

ServerConnectDialog::ServerConnectDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent), m_uri(new QComboBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Anslut till server"));
    setObjectName(QStringLiteral("serverConnectDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Kommunens gemensamma Tertial-databas på en PostgreSQL-server, som en "
                                "anslutnings-URI. Lösenordet hämtas från PGPASSWORD, ~/.pgpass eller en "
                                "tjänstefil; finns det inte där frågar Tertial efter det."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_uri->setEditable(true);
    m_uri->addItems(recent);
    m_uri->setMinimumWidth(460);
    m_uri->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://anna@db.kommun.se/tertial"));
    if (recent.isEmpty())
        m_uri->setEditText(QString());
    layout->addWidget(m_uri);
    auto *examples = new QLabel(tr("Exempel: <code>postgresql://anna@db.kommun.se/tertial?sslmode=verify-full</code>, "
                                   "<code>postgresql:///tertial?host=/var/run/postgresql</code>, "
                                   "<code>postgresql:///?service=tertial</code>"),
                                this);
    examples->setWordWrap(true);
    examples->setTextFormat(Qt::RichText);
    layout->addWidget(examples);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *connectButton = buttons->addButton(tr("Anslut"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ServerConnectDialog::uri() const
{
    return m_uri->currentText().trimmed();
}

void ServerConnectDialog::check()
{
    if (!Storage::isServerLocation(uri().toStdString())) {
        m_problem->setText(tr("Ange en URI som börjar med postgresql://"));
        return;
    }
    accept();
}

} // namespace Tertial::Gui
