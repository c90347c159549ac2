// SPDX-License-Identifier: GPL-3.0-or-later
// "Beslutade versioner": a nämnd's decided report versions; open or save each one's document,
// render its snapshot again and compare byte for byte, and list what has changed since.
#pragma once

#include "core/error.h"
#include "reports/decisions.h"

#include <QDialog>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QUrl;

namespace Tertial::Models {
class DecisionListModel;
class Document;
} // namespace Tertial::Models

namespace Tertial::Gui {

class DecisionsDialog final : public QDialog
{
    Q_OBJECT
public:
    // Lists the decisions of the document's selected nämnd.
    explicit DecisionsDialog(Models::Document &document, QWidget *parent = nullptr);
    ~DecisionsDialog() override;

    const Models::DecisionListModel &decisions() const { return *m_model; }
    QTableView *view() const { return m_view; }
    void selectRow(int row);

    // The decided document of `row`, read whole from the store (its hashes checked), written to
    // `path` as it was decided.
    Core::Result<void> saveDocument(int row, const QString &path);
    // Writes it to a file of its own in the temporary folder and hands that to the desktop's
    // program for .docx (the opener, replaceable for tests); the file's path.
    Core::Result<QString> openDocument(int row);
    void setOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }
    // Renders the stored snapshot again; true when the bytes equal the decided document's.
    Core::Result<bool> renderAgain(int row);
    // Every value that differs from the decision's snapshot now (Reports::changesSince), also
    // shown in the dialog's lower pane.
    Core::Result<std::vector<Reports::ValueChange>> showChangesSince(int row);

    // Records the decided version of the selected period (tertial-cli decide): the snapshot,
    // the document rendered from it and the period lock, in one transaction; then lists it.
    Core::Result<Storage::Decision> decide(Reports::ReportKind kind, const QString &dnr, const QString &decidedOn);
    // Whether decide() lays the table of contents' page numbers out with LibreOffice (default:
    // when installed; a few seconds).
    void setLayOutPages(bool layOut) { m_layOutPages = layOut; }

    QString message() const; // the status line under the list

private:
    Core::Result<Storage::Decision> whole(int row);
    int currentRow() const;
    void act(const std::function<void(int row)> &action);
    void setMessage(const QString &text, bool problem);

    Models::Document &m_document;
    Models::DecisionListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_changes = nullptr;
    QLabel *m_message = nullptr;
    std::vector<QPushButton *> m_rowButtons;
    std::function<bool(const QUrl &)> m_opener;
    bool m_layOutPages = true;
};

} // namespace Tertial::Gui
