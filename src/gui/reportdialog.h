// SPDX-License-Identifier: GPL-3.0-or-later
// "Skapa rapportutkast": the CLI's report choices, a preview of the draft and a progress bar.
#pragma once

#include "reports/reportjob.h"

#include <QDialog>

#include <map>
#include <memory>
#include <optional>
#include <stop_token>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QThread;

namespace Tertial::Models {
class Document;
}

namespace Tertial::Gui {

// The work is the report job's (reports/reportjob.h, the same as tertial-cli report's); the dialog
// holds the choices and runs the job's stages. Threads: the job is built on the GUI thread through
// the document's own store (its SQLite connection belongs to this thread and must not be shared;
// the read takes a fraction of a second). The charts are drawn there too, one per event-loop turn,
// because the chart builders are QCustomPlot widgets. Only the rendering (zip, text layout, PDF
// pages), the slow part, runs in a worker thread: it touches neither the store nor a widget.
// "Avbryt" stops the job between charts, or discards the file the worker is writing.
class ReportDialog final : public QDialog
{
    Q_OBJECT
public:
    // Choices preset from the document's selection; `templateRoot` holds one folder per kommun.
    ReportDialog(Models::Document &document, const QString &templateRoot, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // The templates shipped with the program: beside it when installed, else the source tree's.
    static QString defaultTemplateRoot();

    Reports::ReportRequest request() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);
    QString templateRoot() const;
    void setTemplateRoot(const QString &root);
    // The chosen template: a template file, or the folder (the kommun's own template in it).
    QString templateSource() const;
    // Adds a template file to the chooser and selects it (what "Välj mallfil …" does).
    void chooseTemplateFile(const QString &path);
    void setKind(Reports::ReportKind kind);
    void setMonth(int month);

    int progress() const;        // 0..100
    QString statusText() const;  // the last message: where the file is, or what went wrong
    bool isBusy() const { return m_step != Step::Idle; }
    QTextBrowser *preview() const { return m_preview; }
    QString writtenPath() const { return m_writtenPath; } // empty until a draft was written

public slots:
    void updatePreview(); // builds the draft (data, model, charts) and shows it
    void generate();      // the same, then writes the file in a worker thread
    void cancel();        // stops a running preview or draft; no file is left behind

signals:
    void previewReady();
    void finished(bool ok); // after generate(), with the outcome

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    enum class Step { Idle, Charts, Writing };

    void buildForm();
    void presetFromSelection();
    void fillNamnder();
    void updateSuggestedPath();
    void updateTemplateLabel();
    void fillTemplateChoices();
    void start(bool write);
    void drawNextChart();
    void chartsDone();
    void showPreview();
    void startWriting();
    void writingDone();
    void fail(const QString &message);
    void showJobProgress(const Reports::ReportProgress &progress);
    void setBusy(bool busy);
    void setProgress(int percent);
    std::optional<QString> checkOutputPath() const;

    Models::Document &m_document;
    QComboBox *m_kindBox = nullptr;
    QComboBox *m_kommunBox = nullptr;
    QComboBox *m_namndBox = nullptr;
    QSpinBox *m_yearBox = nullptr;
    QComboBox *m_monthBox = nullptr;
    QLineEdit *m_dnrEdit = nullptr;
    QComboBox *m_formatBox = nullptr;
    QLineEdit *m_outputEdit = nullptr;
    QLineEdit *m_templateEdit = nullptr;
    QComboBox *m_templateBox = nullptr; // "Kommunens mall", the folder's templates, chosen files
    QLabel *m_templateLabel = nullptr;
    QTextBrowser *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_folderButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QWidget *> m_choices; // disabled while a draft is built

    Step m_step = Step::Idle;
    bool m_write = false;
    bool m_pathEdited = false;
    std::unique_ptr<Reports::ReportJob> m_job; // the last draft: reused while the choices stay
    std::stop_source m_stop;
    QThread *m_worker = nullptr;
    QString m_writtenPath;
};

} // namespace Tertial::Gui
