// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's "Sparat 14:02:11": every edit is stored when it is made, and this says so
// after each one (an edit, an undo, a redo, a lock).
#pragma once

#include <QLabel>

class QUndoStack;

namespace Tertial::Models {
class Document;
}

namespace Tertial::Gui {

class SavedIndicator final : public QLabel
{
    Q_OBJECT
public:
    explicit SavedIndicator(QWidget *parent = nullptr);

    // Follows the document's writes (each edit, undo, redo and lock writes one transaction with
    // its audit rows; a new selection writes nothing) and the steps of its undo stack (the
    // Kolada groups' edits share it). The previous document is let go.
    void follow(Models::Document *document);
    // Says "Sparat" with the time now.
    void markSaved();
    int savedCount() const { return m_count; } // for tests

private:
    QList<QMetaObject::Connection> m_connections;
    bool m_selecting = false;
    int m_count = 0;
};

} // namespace Tertial::Gui
