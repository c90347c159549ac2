// SPDX-License-Identifier: GPL-3.0-or-later
// The report draft dialog: choices, the report job's stages on the GUI thread, rendering in a worker.
#include "reportdialog.h"

#include "platform/datadir.h"

#include "models/document.h"
#include "reports/htmlwriter.h"
#include "reports/reportsections.h"
#include "reports/reporttemplate.h"
#include "storage/databasefiles.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Tertial::Gui {

using Reports::ReportKind;

namespace {

struct Format
{
    const char *suffix;
    const char *label;
};
const Format formats[] = {{"docx", "Word (.docx)"}, {"odt", "OpenDocument (.odt)"}, {"pdf", "PDF (.pdf)"}, {"html", "Webbsida (.html)"}};

int formatIndex(const QString &suffix)
{
    const QString lower = suffix.toLower() == QLatin1String("htm") ? QStringLiteral("html") : suffix.toLower();
    for (int i = 0; i < int(std::size(formats)); ++i)
        if (lower == QLatin1String(formats[i].suffix))
            return i;
    return -1;
}

ReportKind kindOfPeriod(const std::string &period)
{
    if (period == "T1" || period == "T2")
        return ReportKind::Tertial;
    if (period == "delår")
        return ReportKind::Interim;
    if (period == "helår")
        return ReportKind::Annual;
    return ReportKind::Month;
}

bool sameRequest(const Reports::ReportRequest &a, const Reports::ReportRequest &b)
{
    return a.kommun == b.kommun && a.namnd == b.namnd && a.year == b.year && a.month == b.month && a.kind == b.kind
        && a.diarienummer == b.diarienummer;
}

} // namespace

ReportDialog::ReportDialog(Models::Document &document, const QString &templateRoot, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Skapa rapportutkast"));
    buildForm();
    m_templateEdit->setText(templateRoot);
    presetFromSelection();
    updateTemplateLabel();
    resize(1100, 720);
}

ReportDialog::~ReportDialog()
{
    // The worker uses only its own copies, but it reports progress to this object: let it end.
    if (m_worker) {
        m_worker->wait();
        delete m_worker; // its finished handler, which would have deleted it, dies with this dialog
    }
}

QString ReportDialog::defaultTemplateRoot()
{
    // share/tertial/templates, installed or in the build tree (Platform::dataDirectory says which).
    return QString::fromStdU16String(Platform::dataPath("templates").u16string());
}

void ReportDialog::buildForm()
{
    auto *form = new QFormLayout;
    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(QStringLiteral("kind"));
    for (ReportKind kind : {ReportKind::Month, ReportKind::Tertial, ReportKind::Interim, ReportKind::Annual})
        m_kindBox->addItem(QString::fromStdString(Reports::kindName(kind)), static_cast<int>(kind));
    form->addRow(tr("&Rapport:"), m_kindBox);

    m_kommunBox = new QComboBox(this);
    m_kommunBox->setObjectName(QStringLiteral("kommun"));
    if (auto kommuner = m_document.store().kommuner()) {
        for (const Storage::Kommun &kommun : *kommuner) {
            auto namnder = m_document.store().namnder(kommun.code);
            if (namnder && !namnder->empty())
                m_kommunBox->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(kommun.name), QString::fromStdString(kommun.code)),
                                     QString::fromStdString(kommun.code));
        }
    }
    form->addRow(tr("&Kommun:"), m_kommunBox);
    m_namndBox = new QComboBox(this);
    m_namndBox->setObjectName(QStringLiteral("namnd"));
    form->addRow(tr("&Nämnd:"), m_namndBox);

    m_yearBox = new QSpinBox(this);
    m_yearBox->setObjectName(QStringLiteral("year"));
    m_yearBox->setRange(2000, 2100);
    m_yearBox->setGroupSeparatorShown(false);
    form->addRow(tr("&År:"), m_yearBox);
    m_monthBox = new QComboBox(this);
    m_monthBox->setObjectName(QStringLiteral("month"));
    for (int month = 1; month <= 12; ++month)
        m_monthBox->addItem(QString::fromStdString(Reports::Sections::monthName(month)), month);
    form->addRow(tr("Rapport&månad:"), m_monthBox);
    m_dnrEdit = new QLineEdit(this);
    m_dnrEdit->setObjectName(QStringLiteral("dnr"));
    m_dnrEdit->setPlaceholderText(tr("tomt: en platshållare på försättsbladet"));
    form->addRow(tr("&Diarienummer:"), m_dnrEdit);

    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(QStringLiteral("format"));
    for (const Format &format : formats)
        m_formatBox->addItem(QString::fromUtf8(format.label), QString::fromLatin1(format.suffix));
    form->addRow(tr("&Format:"), m_formatBox);

    m_outputEdit = new QLineEdit(this);
    m_outputEdit->setObjectName(QStringLiteral("output"));
    auto *browseOutput = new QPushButton(tr("Bläddra …"), this);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_outputEdit, 1);
    outputRow->addWidget(browseOutput);
    auto *outputLabel = new QLabel(tr("&Spara som:"), this);
    outputLabel->setBuddy(m_outputEdit);
    form->addRow(outputLabel, outputRow);

    m_templateEdit = new QLineEdit(this);
    m_templateEdit->setObjectName(QStringLiteral("templates"));
    auto *browseTemplates = new QPushButton(tr("Bläddra …"), this);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateEdit, 1);
    templateRow->addWidget(browseTemplates);
    auto *templateLabel = new QLabel(tr("&Mallar:"), this);
    templateLabel->setBuddy(m_templateEdit);
    form->addRow(templateLabel, templateRow);
    m_templateBox = new QComboBox(this);
    m_templateBox->setObjectName(QStringLiteral("templateChoice"));
    auto *chooseFile = new QPushButton(tr("Välj mallfil …"), this);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_templateBox, 1);
    choiceRow->addWidget(chooseFile);
    auto *choiceLabel = new QLabel(tr("Ma&ll:"), this);
    choiceLabel->setBuddy(m_templateBox);
    form->addRow(choiceLabel, choiceRow);
    connect(chooseFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Välj mallfil"), m_templateEdit->text(),
                                                          tr("Rapportmallar (*.json)"));
        if (!path.isEmpty())
            chooseTemplateFile(path);
    });
    m_templateLabel = new QLabel(this);
    m_templateLabel->setWordWrap(true);
    form->addRow(QString(), m_templateLabel);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    m_preview->setPlaceholderText(tr("Förhandsgranskningen visar utkastet med tabeller, diagram och platshållare."));
    m_preview->setMinimumWidth(520);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(this);
    m_previewButton = m_buttons->addButton(tr("&Förhandsgranska"), QDialogButtonBox::ActionRole);
    m_generateButton = m_buttons->addButton(tr("Skapa &utkast"), QDialogButtonBox::AcceptRole);
    m_generateButton->setDefault(true);
    m_openButton = m_buttons->addButton(tr("Ö&ppna utkastet"), QDialogButtonBox::ActionRole);
    m_folderButton = m_buttons->addButton(tr("Visa &mappen"), QDialogButtonBox::ActionRole);
    m_openButton->setEnabled(false);
    m_folderButton->setEnabled(false);
    m_cancelButton = m_buttons->addButton(tr("&Avbryt"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setEnabled(false);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addStretch(1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 680});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_choices = {m_kindBox, m_kommunBox, m_namndBox, m_yearBox, m_monthBox, m_dnrEdit, m_formatBox,
                 m_outputEdit, browseOutput, m_templateEdit, browseTemplates, m_previewButton, m_generateButton};

    connect(m_kommunBox, &QComboBox::currentIndexChanged, this, [this] {
        fillNamnder();
        updateTemplateLabel();
    });
    for (QComboBox *box : {m_kindBox, m_namndBox, m_monthBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportDialog::updateSuggestedPath);
    connect(m_yearBox, &QSpinBox::valueChanged, this, &ReportDialog::updateSuggestedPath);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString suffix = m_formatBox->currentData().toString();
        QString path = m_outputEdit->text();
        const QFileInfo info(path);
        if (!path.isEmpty() && info.suffix().toLower() != suffix) {
            path = info.suffix().isEmpty() ? QString(path + QLatin1Char('.') + suffix)
                                           : QString(path.left(path.size() - info.suffix().size()) + suffix);
            const bool edited = m_pathEdited;
            m_outputEdit->setText(path);
            m_pathEdited = edited;
        }
    });
    connect(m_outputEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_pathEdited = true;
        if (const int index = formatIndex(QFileInfo(text).suffix()); index >= 0) {
            const QSignalBlocker blocker(m_formatBox);
            m_formatBox->setCurrentIndex(index);
        }
    });
    connect(m_templateEdit, &QLineEdit::textChanged, this, [this] {
        fillTemplateChoices();
        updateTemplateLabel();
    });
    connect(m_templateBox, &QComboBox::currentIndexChanged, this, &ReportDialog::updateTemplateLabel);
    connect(browseOutput, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Spara rapportutkast"), m_outputEdit->text(),
                                                          tr("Rapportutkast (*.docx *.odt *.pdf *.html)"));
        if (!path.isEmpty())
            setOutputPath(path);
    });
    connect(browseTemplates, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Mappen med mallar per kommun"), m_templateEdit->text());
        if (!folder.isEmpty())
            m_templateEdit->setText(folder);
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::updatePreview);
    connect(m_generateButton, &QPushButton::clicked, this, &ReportDialog::generate);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportDialog::cancel);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_writtenPath));
    });
    connect(m_folderButton, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
}

void ReportDialog::presetFromSelection()
{
    const Models::Selection &selection = m_document.selection();
    if (const int index = m_kommunBox->findData(QString::fromStdString(selection.kommun)); index >= 0)
        m_kommunBox->setCurrentIndex(index);
    fillNamnder();
    if (const int index = m_namndBox->findData(static_cast<qlonglong>(selection.namndId)); index >= 0)
        m_namndBox->setCurrentIndex(index);
    if (selection.year)
        m_yearBox->setValue(selection.year);
    const ReportKind kind = kindOfPeriod(selection.period);
    setKind(kind);
    setMonth(kind == ReportKind::Annual ? 12 : std::clamp(m_document.month(), 1, 12));
    updateSuggestedPath();
}

void ReportDialog::fillNamnder()
{
    const QSignalBlocker blocker(m_namndBox);
    m_namndBox->clear();
    if (auto namnder = m_document.store().namnder(m_kommunBox->currentData().toString().toStdString())) {
        for (const Storage::Namnd &namnd : *namnder) {
            m_namndBox->addItem(QString::fromStdString(namnd.name), static_cast<qlonglong>(namnd.id));
            m_namndBox->setItemData(m_namndBox->count() - 1, QString::fromStdString(namnd.code), Qt::UserRole + 1);
        }
    }
    updateSuggestedPath();
}

void ReportDialog::setKind(ReportKind kind)
{
    m_kindBox->setCurrentIndex(m_kindBox->findData(static_cast<int>(kind)));
}

void ReportDialog::setMonth(int month)
{
    m_monthBox->setCurrentIndex(m_monthBox->findData(month));
}

Reports::ReportRequest ReportDialog::request() const
{
    Reports::ReportRequest request;
    request.kommun = m_kommunBox->currentData().toString().toStdString();
    request.namnd = m_namndBox->currentData(Qt::UserRole + 1).toString().toStdString();
    request.year = m_yearBox->value();
    request.month = m_monthBox->currentData().toInt();
    request.kind = static_cast<ReportKind>(m_kindBox->currentData().toInt());
    request.diarienummer = m_dnrEdit->text().trimmed().toStdString();
    return request;
}

QString ReportDialog::outputPath() const { return m_outputEdit->text().trimmed(); }

void ReportDialog::setOutputPath(const QString &path)
{
    m_outputEdit->setText(path);
    m_pathEdited = true;
    if (const int index = formatIndex(QFileInfo(path).suffix()); index >= 0) {
        const QSignalBlocker blocker(m_formatBox);
        m_formatBox->setCurrentIndex(index);
    }
}

QString ReportDialog::templateRoot() const { return m_templateEdit->text().trimmed(); }

QString ReportDialog::templateSource() const
{
    const QString chosen = m_templateBox->currentData().toString();
    return chosen.isEmpty() ? templateRoot() : chosen;
}

void ReportDialog::chooseTemplateFile(const QString &path)
{
    int index = m_templateBox->findData(path);
    if (index < 0) {
        auto style = Reports::loadTemplateFile(path.toStdString());
        m_templateBox->addItem(style ? QString::fromStdString(style->name) + QStringLiteral(" (") + QFileInfo(path).fileName()
                                           + QLatin1Char(')')
                                     : QFileInfo(path).fileName(),
                               path);
        index = m_templateBox->count() - 1;
    }
    m_templateBox->setCurrentIndex(index);
}

// "Kommunens mall" (the kommun's folder, else default), then every template in the folder by name,
// so a secretary can draft with another kommun's layout or the neutral default.
void ReportDialog::fillTemplateChoices()
{
    const QString previous = m_templateBox->currentData().toString();
    const QSignalBlocker blocker(m_templateBox);
    m_templateBox->clear();
    m_templateBox->addItem(tr("Kommunens mall"), QString());
    const QDir root(templateRoot());
    for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString file = QDir(root.filePath(folder)).filePath(QStringLiteral("template.json"));
        if (!QFileInfo(file).isFile())
            continue;
        auto style = Reports::loadTemplateFile(file.toStdString());
        m_templateBox->addItem(style ? QString::fromStdString(style->name) : folder, file);
    }
    const int index = m_templateBox->findData(previous);
    m_templateBox->setCurrentIndex(index < 0 ? 0 : index);
}
void ReportDialog::setTemplateRoot(const QString &root) { m_templateEdit->setText(root); }
int ReportDialog::progress() const { return m_progress->value(); }
QString ReportDialog::statusText() const { return m_status->text(); }

// "Månadsrapport SOCN 2017-10.docx" in the documents folder, until the user names a file.
void ReportDialog::updateSuggestedPath()
{
    if (m_pathEdited || !m_outputEdit)
        return;
    const Reports::ReportRequest r = request();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString name = QStringLiteral("%1 %2 %3-%4.%5")
                             .arg(QString::fromStdString(Reports::kindName(r.kind)), QString::fromStdString(r.namnd))
                             .arg(r.year)
                             .arg(r.month, 2, 10, QLatin1Char('0'))
                             .arg(m_formatBox->currentData().toString());
    m_outputEdit->setText(QDir(folder).filePath(name));
}

void ReportDialog::updateTemplateLabel()
{
    auto style = Reports::loadTemplateFrom(templateSource().toStdString(), m_kommunBox->currentData().toString().toStdString());
    if (!style) {
        m_templateLabel->setText(tr("Mallen går inte att läsa: %1").arg(QString::fromStdString(style.error().message)));
        return;
    }
    m_templateLabel->setText(style->folder.empty() ? tr("Mall: inbyggd standard")
                                                   : tr("Mall: %1 (%2)").arg(QString::fromStdString(style->name),
                                                                               QDir::toNativeSeparators(QString::fromStdString(style->folder))));
}

std::optional<QString> ReportDialog::checkOutputPath() const
{
    const QString path = outputPath();
    if (path.isEmpty())
        return tr("Ange en fil att spara utkastet i.");
    const QFileInfo info(path);
    if (formatIndex(info.suffix()) < 0)
        return tr("Filändelsen av %1 är okänd: välj .docx, .odt, .pdf eller .html.").arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return tr("Mappen %1 finns inte: välj en annan plats för utkastet.").arg(QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isWritable())
        return tr("Mappen %1 går inte att skriva i: välj en annan plats för utkastet.").arg(QDir::toNativeSeparators(folder.filePath()));
    if (info.isDir())
        return tr("%1 är en mapp: ange ett filnamn.").arg(QDir::toNativeSeparators(path));
    if (Storage::isOpenDatabaseFile(path.toStdString()))
        return tr("%1 är databasen som är öppen: ange en annan fil för utkastet.").arg(QDir::toNativeSeparators(path));
    return std::nullopt;
}

void ReportDialog::updatePreview() { start(false); }
void ReportDialog::generate() { start(true); }

void ReportDialog::start(bool write)
{
    if (isBusy())
        return;
    m_write = write;
    m_openButton->setEnabled(false);
    m_folderButton->setEnabled(false);
    if (write) {
        if (auto problem = checkOutputPath()) {
            fail(*problem);
            return;
        }
    }
    m_stop = std::stop_source();
    const Reports::ReportRequest wanted = request();
    if (m_job && m_job->chartsDrawn() && sameRequest(m_job->settings().request, wanted)
        && m_job->settings().templateSource == templateSource().toStdString()) {
        // The same choices: the model and the charts are ready.
        setBusy(true);
        setProgress(0);
        setProgress(Reports::ReportJob::chartsPercent);
        chartsDone();
        return;
    }
    m_job.reset();
    setBusy(true);
    setProgress(0);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Läser siffrorna och bygger utkastet …"));

    Reports::ReportJobSettings settings;
    settings.request = wanted;
    settings.templateSource = templateSource().toStdString();
    // The template's own message first: the job would report a broken template only after the figures.
    if (auto style = Reports::loadTemplateFrom(settings.templateSource, wanted.kommun); !style) {
        fail(tr("Mallen går inte att läsa: %1").arg(QString::fromStdString(style.error().message)));
        return;
    }
    auto job = std::make_unique<Reports::ReportJob>(std::move(settings));
    // Called on this thread while building and drawing, from the worker while writing.
    job->setProgressHandler([this](const Reports::ReportProgress &progress) {
        QMetaObject::invokeMethod(this, [this, progress] { showJobProgress(progress); }, Qt::AutoConnection);
    });
    if (auto built = job->build(m_document.store()); !built) {
        fail(tr("Utkastet kan inte byggas: %1").arg(QString::fromStdString(built.error().message)));
        return;
    }
    m_job = std::move(job);
    m_step = Step::Charts;
    QTimer::singleShot(0, this, &ReportDialog::drawNextChart);
}

void ReportDialog::showJobProgress(const Reports::ReportProgress &progress)
{
    if (progress.stage == Reports::ReportStage::Charts)
        m_status->setText(tr("Ritar diagram %1 av %2: %3")
                              .arg(progress.done)
                              .arg(progress.total)
                              .arg(QString::fromStdString(progress.detail)));
    // 100 only once the dialog has taken the written file (writingDone).
    setProgress(std::min(progress.percent, 99));
}

// One chart per event-loop turn: the window stays responsive while QCustomPlot draws.
void ReportDialog::drawNextChart()
{
    if (!m_job || m_step != Step::Charts)
        return;
    if (m_stop.stop_requested()) {
        m_job.reset(); // half drawn: the next start builds afresh
        fail(tr("Avbrutet: inget utkast skrevs."));
        return;
    }
    if (!m_job->drawNextChart()) {
        chartsDone();
        return;
    }
    QTimer::singleShot(0, this, &ReportDialog::drawNextChart);
}

void ReportDialog::chartsDone()
{
    showPreview();
    emit previewReady();
    if (m_write) {
        startWriting();
        return;
    }
    setBusy(false);
    setProgress(100);
    m_status->setText(tr("Förhandsgranskningen visar %1 för %2.")
                          .arg(QString::fromStdString(m_job->document().cover.title),
                               QString::fromStdString(m_job->document().cover.namnd)));
}

void ReportDialog::showPreview()
{
    const Reports::RenderOptions options = m_job->renderOptions();
    QTextDocument *text = m_preview->document();
    const std::string html = Reports::reportHtml(m_job->document(), options, [text](int index, const Reports::ChartImage &image) {
        const QString name = QStringLiteral("preview-image-%1.png").arg(index);
        text->addResource(QTextDocument::ImageResource, QUrl(name),
                          QImage::fromData(QByteArray::fromRawData(image.png.data(), static_cast<qsizetype>(image.png.size()))));
        return name.toStdString();
    });
    m_preview->setHtml(QString::fromStdString(html));
}

void ReportDialog::startWriting()
{
    m_step = Step::Writing;
    const QString path = QFileInfo(outputPath()).absoluteFilePath();
    m_status->setText(tr("Skriver %1 …").arg(QDir::toNativeSeparators(path)));

    // The GUI thread leaves the job alone until the worker has finished (the dialog is busy).
    auto result = std::make_shared<Core::Result<void>>();
    m_worker = QThread::create([job = m_job.get(), target = path.toStdString(), stop = m_stop.get_token(), result] {
        *result = job->write(target, stop);
    });
    connect(m_worker, &QThread::finished, this, [this, result, path] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (!*result) {
            fail(Reports::ReportJob::isCancelled(result->error())
                     ? tr("Avbrutet: inget utkast skrevs.")
                     : tr("Utkastet kunde inte skrivas: %1").arg(QString::fromStdString(result->error().message)));
            return;
        }
        m_writtenPath = path;
        setBusy(false);
        setProgress(100);
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Utkastet är sparat i %1").arg(QDir::toNativeSeparators(path)));
        m_openButton->setEnabled(true);
        m_folderButton->setEnabled(true);
        emit finished(true);
    });
    m_worker->start();
}

void ReportDialog::cancel()
{
    if (isBusy())
        m_stop.request_stop();
}

void ReportDialog::fail(const QString &message)
{
    const bool writing = m_write;
    setBusy(false);
    setProgress(0);
    m_status->setStyleSheet(QStringLiteral("color: #B00020"));
    m_status->setText(message);
    if (writing)
        emit finished(false);
}

void ReportDialog::setBusy(bool busy)
{
    if (!busy)
        m_step = Step::Idle;
    for (QWidget *widget : std::as_const(m_choices))
        widget->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ReportDialog::setProgress(int percent)
{
    m_progress->setValue(std::clamp(percent, 0, 100));
}

void ReportDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy()) {
        event->ignore(); // the worker writes the file: closing waits for it
        return;
    }
    QDialog::closeEvent(event);
}

void ReportDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

} // namespace Tertial::Gui
