// SPDX-License-Identifier: GPL-3.0-or-later
// The comment (kommentar) of the selected verksamhet for the period; saved through an undo command.
#pragma once

#include "storage/records.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CommentPanel;
}

namespace Tertial::Models {
class Document;
}

namespace Tertial::Gui {

class CommentPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CommentPanel(Models::Document *document, QWidget *parent = nullptr);
    ~CommentPanel() override;

    // The verksamhet whose comment is shown; none for Summa or nothing selected.
    void setVerksamhet(std::optional<Storage::Id> verksamhetId);
    QString text() const;
    void setText(const QString &text); // as if typed
    bool save();

private:
    void reload();

    std::unique_ptr<Ui::CommentPanel> m_ui;
    Models::Document *m_document;
    std::optional<Storage::Id> m_verksamhetId;
};

} // namespace Tertial::Gui
