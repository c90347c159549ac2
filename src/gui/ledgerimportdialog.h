// SPDX-License-Identifier: GPL-3.0-or-later
// Arkiv › Importera från ekonomisystemet…: choose an ERP export, see the columns found on its
// first rows, fill in every unmapped konto and ansvar in place, compare the result per
// verksamhet and kontoslag with what is stored, then import it as one undo step.
#pragma once

#include "io/ledgerimport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Tertial::Models {
class Document;
}

namespace Tertial::Gui {

class LedgerImportDialog final : public QDialog
{
    Q_OBJECT
public:
    LedgerImportDialog(Models::Document &document, QWidget *parent = nullptr);
    ~LedgerImportDialog() override;

    // Reads the file (in a worker thread; the progress bar moves) and fills the pages. Tests and
    // --screenshot call it directly; the "Välj fil" button does too.
    void setFile(const QString &path);
    // Waits for a running read (tests).
    void waitForRead();
    const std::optional<Io::LedgerReport> &report() const { return m_report; }
    QTabWidget *pages() const { return m_pages; }
    QTableWidget *unmappedTable() const { return m_unmapped; }
    // Reads again with the codes filled in under Mappningar (the "Läs igen" button).
    void rereadWithEdits();
    // Imports through the document's undo stack; false (with the message shown) when refused.
    bool importNow();

private:
    void read();
    void showReport();
    void fillColumns();
    void fillMappings();
    void fillPreview();
    // The mappings as edited in the dialog: the report's plus every filled-in unmapped code.
    void collectEdits();

    Models::Document &m_document;
    QString m_path;
    Io::LedgerOptions m_options;
    std::optional<Io::LedgerReport> m_report;
    QString m_readError;
    class Reader;
    Reader *m_reader = nullptr;

    QLineEdit *m_file;
    QComboBox *m_sheet;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTabWidget *m_pages;
    QTableWidget *m_columns;
    QTableWidget *m_unmapped;
    QTableWidget *m_preview;
    QPlainTextEdit *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace Tertial::Gui
