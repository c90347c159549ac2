// SPDX-License-Identifier: GPL-3.0-or-later
// The comment panel.
#include "commentpanel.h"

#include "ui_commentpanel.h"

#include "models/document.h"
#include "models/navigatormodel.h"

namespace Tertial::Gui {

CommentPanel::CommentPanel(Models::Document *document, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CommentPanel>()), m_document(document)
{
    m_ui->setupUi(this);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CommentPanel::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &CommentPanel::reload);
    connect(document, &Models::Document::commentChanged, this, [this](qint64 id) {
        if (m_verksamhetId && *m_verksamhetId == id)
            reload();
    });
    connect(document, &Models::Document::selectionChanged, this, [this] { setVerksamhet(std::nullopt); });
    connect(document, &Models::Document::lockChanged, this, &CommentPanel::reload);
    reload();
}

CommentPanel::~CommentPanel() = default;

void CommentPanel::setVerksamhet(std::optional<Storage::Id> verksamhetId)
{
    if (m_verksamhetId == verksamhetId)
        return;
    m_verksamhetId = verksamhetId;
    reload();
}

void CommentPanel::reload()
{
    const Storage::Verksamhet *verksamhet = m_verksamhetId ? m_document->verksamhet(*m_verksamhetId) : nullptr;
    const bool editable = verksamhet && !m_document->isPeriodLocked();
    if (verksamhet) {
        const QString period = Models::NavigatorModel::periodLabel(m_document->selection().period);
        m_ui->heading->setText(tr("%1, %2 %3")
                                   .arg(QString::fromStdString(verksamhet->path), period)
                                   .arg(m_document->selection().year));
        m_ui->text->setPlainText(m_document->comment(*m_verksamhetId));
    } else {
        m_ui->heading->setText(tr("Välj en verksamhet i tabellen"));
        m_ui->text->clear();
    }
    m_ui->text->setReadOnly(!editable);
    m_ui->saveButton->setEnabled(editable);
    m_ui->revertButton->setEnabled(editable);
}

QString CommentPanel::text() const
{
    return m_ui->text->toPlainText();
}

void CommentPanel::setText(const QString &text)
{
    m_ui->text->setPlainText(text);
}

bool CommentPanel::save()
{
    if (!m_verksamhetId)
        return false;
    if (auto ok = m_document->editComment(*m_verksamhetId, text()); !ok) {
        m_document->reportError(QString::fromStdString(ok.error().message));
        return false;
    }
    return true;
}

} // namespace Tertial::Gui
