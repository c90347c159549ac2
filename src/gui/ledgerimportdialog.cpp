// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger import dialog. The reading and every rule are in Io::LedgerImporter; the dialog
// shows its report, collects the user's mappings and pushes one LedgerImportCommand.
#include "ledgerimportdialog.h"

#include "models/document.h"
#include "models/ledgerimportcommand.h"

#include "core/svformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QCoreApplication>
#include <QUndoStack>
#include <QVBoxLayout>

#include <atomic>
#include <map>

namespace Tertial::Gui {
namespace {

const QColor unmappedColor(255, 214, 153); // the cells to fill in
const QColor headerColor(214, 230, 255);

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString kronor(Core::Money m)
{
    const Core::NumberStyle style{Core::NumberStyle::Minus::Hyphen, Core::NumberStyle::Grouping::Space};
    return qs(Core::formatAmount(m, Core::AmountUnit::Thousands, style));
}

QString cellText(const Io::TableCell &c)
{
    switch (c.kind) {
    case Io::TableCell::Kind::Text:
    case Io::TableCell::Kind::Error: return qs(c.text);
    case Io::TableCell::Kind::Number: return QString::number(c.number, 'f', c.number == static_cast<long long>(c.number) ? 0 : 2);
    case Io::TableCell::Kind::Boolean: return c.number != 0 ? QStringLiteral("SANT") : QStringLiteral("FALSKT");
    case Io::TableCell::Kind::Date: return QStringLiteral("%1-%2-%3").arg(c.year).arg(c.month, 2, 10, QChar(u'0')).arg(c.day, 2, 10, QChar(u'0'));
    case Io::TableCell::Kind::Empty: break;
    }
    return {};
}

} // namespace

// Reads in a worker thread: a 500 000-row export takes seconds, the dialog stays responsive.
class LedgerImportDialog::Reader final : public QThread
{
public:
    Reader(Storage::Store &store, std::string path, Io::LedgerOptions options, QObject *parent)
        : QThread(parent), m_store(store), m_path(std::move(path)), m_options(std::move(options))
    {
    }
    void run() override
    {
        Io::LedgerImporter importer(m_store);
        m_result = importer.read(m_path, m_options, [this](std::size_t rows) { m_rows = rows; });
    }
    std::size_t rows() const { return m_rows; }
    Core::Result<Io::LedgerReport> takeResult() { return std::move(m_result); }

private:
    Storage::Store &m_store;
    std::string m_path;
    Io::LedgerOptions m_options;
    std::atomic<std::size_t> m_rows{0};
    Core::Result<Io::LedgerReport> m_result = Core::fail(Core::ErrorCode::Io, "inte läst");
};

LedgerImportDialog::LedgerImportDialog(Models::Document &document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Importera från ekonomisystemet"));
    resize(1100, 720);
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("En huvudboksexport: XLSX eller CSV (UTF-8 eller Windows-1252)"));
    auto *choose = new QPushButton(tr("Välj fil …"), this);
    m_sheet = new QComboBox(this);
    m_sheet->setEnabled(false);
    m_sheet->setMinimumContentsLength(14);
    fileRow->addWidget(new QLabel(tr("Fil:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(new QLabel(tr("Blad:"), this));
    fileRow->addWidget(m_sheet);
    layout->addLayout(fileRow);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setMaximumWidth(260);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);

    m_pages = new QTabWidget(this);
    m_columns = new QTableWidget(this);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pages->addTab(m_columns, tr("Kolumner"));
    m_unmapped = new QTableWidget(this);
    m_pages->addTab(m_unmapped, tr("Mappningar"));
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pages->addTab(m_preview, tr("Förhandsgranskning"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    m_pages->addTab(m_summary, tr("Sammanfattning"));
    layout->addWidget(m_pages, 1);

    m_buttons = new QDialogButtonBox(this);
    auto *reread = m_buttons->addButton(tr("Läs igen med mappningarna"), QDialogButtonBox::ActionRole);
    auto *import = m_buttons->addButton(tr("Importera"), QDialogButtonBox::AcceptRole);
    m_importButton = import;
    m_buttons->addButton(QDialogButtonBox::Cancel);
    import->setEnabled(false);
    layout->addWidget(m_buttons);

    // The nämnd of the selection; its kommun's stored mappings are read by the importer.
    if (document.hasSelection()) {
        m_options.kommun = document.selection().kommun;
        if (auto namnder = document.store().namnder(m_options.kommun))
            for (const Storage::Namnd &n : *namnder)
                if (n.id == document.selection().namndId)
                    m_options.namnd = n.code;
    }

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Välj huvudboksexport"), QString(),
                                                          tr("Export (*.xlsx *.csv *.txt);;Alla filer (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_sheet, &QComboBox::activated, this, [this] {
        m_options.sheet = m_sheet->currentText().toStdString();
        read();
    });
    connect(reread, &QPushButton::clicked, this, &LedgerImportDialog::rereadWithEdits);
    connect(import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setText(m_options.namnd.empty() ? tr("Välj en nämnd i navigatorn först.")
                                              : tr("Nämnd %1 i kommun %2. Välj en fil.").arg(qs(m_options.namnd), qs(m_options.kommun)));
}

LedgerImportDialog::~LedgerImportDialog()
{
    if (m_reader)
        m_reader->wait();
}

void LedgerImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(path);
    m_options.sheet.clear();
    m_options.ansvar.reset();
    m_options.konton.reset();
    read();
}

void LedgerImportDialog::waitForRead()
{
    if (!m_reader)
        return;
    m_reader->wait();
    // The finished signal's handler is queued to this dialog: run it now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void LedgerImportDialog::read()
{
    if (m_path.isEmpty() || m_options.namnd.empty())
        return;
    if (m_reader)
        m_reader->wait();
    m_importButton->setEnabled(false);
    m_progress->setRange(0, 0); // rows, not bytes: the total is known at the end
    m_status->setText(tr("Läser %1 …").arg(QFileInfo(m_path).fileName()));
    auto *reader = new Reader(m_document.store(), m_path.toStdString(), m_options, this);
    m_reader = reader;
    auto *timer = new QTimer(reader);
    connect(timer, &QTimer::timeout, this, [this, reader] {
        m_status->setText(tr("Läser … %L1 rader").arg(static_cast<qulonglong>(reader->rows())));
    });
    timer->start(200);
    connect(reader, &QThread::finished, this, [this, reader] {
        if (m_reader != reader)
            return;
        m_reader = nullptr;
        auto result = reader->takeResult();
        reader->deleteLater();
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        if (!result) {
            m_report.reset();
            m_readError = qs(result.error().message);
            m_status->setText(m_readError);
            return;
        }
        m_report = std::move(*result);
        showReport();
    });
    reader->start();
}

void LedgerImportDialog::showReport()
{
    const Io::LedgerReport &r = *m_report;
    m_sheet->clear();
    for (const std::string &s : r.table.sheets)
        m_sheet->addItem(qs(s));
    m_sheet->setEnabled(r.table.xlsx);
    if (r.table.xlsx)
        m_sheet->setCurrentText(qs(r.table.sheet));
    fillColumns();
    fillMappings();
    fillPreview();
    m_summary->setPlainText(qs(Io::ledgerSummaryText(r, std::nullopt)) +
                            (r.refused() ? QStringLiteral("\n") + qs(r.refusal()) : QString()));
    const std::size_t unmapped = r.unmappedKonton.size() + r.unmappedAnsvar.size();
    if (!r.problems.empty())
        m_status->setText(tr("%L1 fel i filen: se Sammanfattning. Ingenting kan importeras.").arg(r.problems.size()));
    else if (unmapped > 0)
        m_status->setText(tr("%L1 rader lästa. %L2 koder saknar mappning: fyll i dem under Mappningar och läs igen.")
                              .arg(static_cast<qulonglong>(r.dataRows))
                              .arg(static_cast<qulonglong>(unmapped)));
    else
        m_status->setText(tr("%L1 rader lästa, %L2 importeras. Granska och importera.")
                              .arg(static_cast<qulonglong>(r.dataRows))
                              .arg(static_cast<qulonglong>(r.importedRows)));
    if (unmapped > 0)
        m_pages->setCurrentWidget(m_unmapped);
    m_importButton->setEnabled(!r.refused());
}

void LedgerImportDialog::fillColumns()
{
    const Io::LedgerReport &r = *m_report;
    std::size_t width = r.layout.headers.size();
    for (const Io::TableRow &row : r.firstRows)
        width = std::max(width, row.cells.size());
    m_columns->clear();
    m_columns->setColumnCount(static_cast<int>(width));
    m_columns->setRowCount(static_cast<int>(r.firstRows.size()));
    QStringList headers;
    for (std::size_t c = 0; c < width; ++c) {
        QString role = tr("(läses inte)");
        for (const auto &[k, column] : r.layout.roles)
            if (column == c)
                role = qs(std::string(Io::ledgerRoleCode(k)));
        for (const Io::AmountColumn &a : r.layout.amounts)
            if (a.column == c)
                role = tr("belopp");
        headers << role;
    }
    m_columns->setHorizontalHeaderLabels(headers);
    QStringList lines;
    for (std::size_t i = 0; i < r.firstRows.size(); ++i) {
        const Io::TableRow &row = r.firstRows[i];
        lines << QString::number(row.line);
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cellText(row.cells[c]));
            if (row.line == r.layout.headerLine) {
                item->setBackground(headerColor);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            } else if (row.line < r.layout.headerLine) {
                item->setForeground(Qt::gray);
            }
            m_columns->setItem(static_cast<int>(i), static_cast<int>(c), item);
        }
    }
    m_columns->setVerticalHeaderLabels(lines);
    m_columns->resizeColumnsToContents();
}

void LedgerImportDialog::fillMappings()
{
    const Io::LedgerReport &r = *m_report;
    m_unmapped->clear();
    m_unmapped->setColumnCount(5);
    m_unmapped->setHorizontalHeaderLabels({tr("Slag"), tr("Kod"), tr("Rader"), tr("Summa, tkr"), tr("Mappas till")});
    struct Line
    {
        QString kind, code, target;
        std::size_t rows;
        Core::Money sum;
        bool unmapped;
    };
    std::vector<Line> lines;
    for (const Io::UnmappedCode &u : r.unmappedKonton)
        lines.push_back({tr("konto"), qs(u.code), {}, u.rows, u.sum, true});
    for (const Io::UnmappedCode &u : r.unmappedAnsvar)
        lines.push_back({tr("ansvar"), qs(u.code), {}, u.rows, u.sum, true});
    for (const Storage::AnsvarRule &a : r.ansvar)
        lines.push_back({tr("ansvar"), qs(a.ansvar), qs(a.path), 0, Core::Money(), false});
    for (const Storage::KontoRange &k : r.konton)
        lines.push_back({tr("konto"), QStringLiteral("%1–%2").arg(k.from).arg(k.to), qs(k.kontoslag), 0, Core::Money(), false});
    m_unmapped->setRowCount(static_cast<int>(lines.size()));
    QStringList kontoslagCodes;
    if (auto list = m_document.store().kontoslag())
        for (const Storage::Kontoslag &k : *list)
            if (!k.code.empty())
                kontoslagCodes << qs(k.code);
    QStringList paths;
    for (const Storage::Verksamhet &v : m_document.verksamheter())
        if (!v.path.empty())
            paths << qs(v.path);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        const int row = static_cast<int>(i);
        auto fixed = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (l.unmapped)
                item->setBackground(unmappedColor);
            if (column == 2 || column == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_unmapped->setItem(row, column, item);
        };
        fixed(0, l.kind);
        fixed(1, l.code);
        fixed(2, l.unmapped ? QString::number(l.rows) : QString());
        fixed(3, l.unmapped ? kronor(l.sum) : QString());
        if (l.unmapped) {
            // Editable in place: a kontoslag code for a konto, a verksamhet path for an ansvar.
            auto *box = new QComboBox(m_unmapped);
            box->setEditable(l.kind == tr("ansvar"));
            box->addItem(QString());
            box->addItems(l.kind == tr("konto") ? kontoslagCodes : paths);
            box->setStyleSheet(QStringLiteral("QComboBox { background: rgb(255, 214, 153); }"));
            m_unmapped->setCellWidget(row, 4, box);
        } else {
            fixed(4, l.target);
        }
    }
    m_unmapped->resizeColumnsToContents();
    m_unmapped->horizontalHeader()->setStretchLastSection(true);
}

void LedgerImportDialog::rereadWithEdits()
{
    collectEdits();
    read();
}

void LedgerImportDialog::collectEdits()
{
    if (!m_report)
        return;
    std::vector<Storage::KontoRange> konton = m_report->konton;
    std::vector<Storage::AnsvarRule> ansvar = m_report->ansvar;
    bool kontoChanged = false, ansvarChanged = false;
    for (int row = 0; row < m_unmapped->rowCount(); ++row) {
        auto *box = qobject_cast<QComboBox *>(m_unmapped->cellWidget(row, 4));
        if (!box || box->currentText().trimmed().isEmpty())
            continue;
        const std::string code = m_unmapped->item(row, 1)->text().toStdString();
        const std::string target = box->currentText().trimmed().toStdString();
        if (m_unmapped->item(row, 0)->text() == tr("konto")) {
            const int konto = std::stoi(code);
            konton.push_back(Storage::KontoRange{konto, konto, target});
            kontoChanged = true;
        } else {
            ansvar.push_back(Storage::AnsvarRule{code, target});
            ansvarChanged = true;
        }
    }
    if (kontoChanged) {
        std::ranges::sort(konton, {}, &Storage::KontoRange::from);
        m_options.konton = konton;
    }
    if (ansvarChanged)
        m_options.ansvar = ansvar;
}

void LedgerImportDialog::fillPreview()
{
    const Io::LedgerReport &r = *m_report;
    // Per verksamhet × kontoslag for the export's last year: utfall to its last month and the
    // budget helår, as the file gives them, against the figures stored now (ledger and typed).
    int year = 0, lastActual = 0;
    for (const Storage::LedgerPeriod &p : r.import.covered)
        year = std::max(year, p.year);
    for (const Storage::LedgerPeriod &p : r.import.covered)
        if (p.year == year && p.version == Storage::LedgerVersion::Actual)
            lastActual = std::max(lastActual, p.month);
    struct Sums
    {
        std::optional<Core::Money> actual, budget, storedActual, storedBudget;
    };
    std::map<std::pair<std::string, std::string>, Sums> table;
    for (const Storage::LedgerAmount &a : r.import.amounts) {
        if (a.year != year)
            continue;
        Sums &s = table[{a.path, a.kontoslag}];
        auto &slot = a.version == Storage::LedgerVersion::Actual ? s.actual
                     : a.version == Storage::LedgerVersion::Budget ? s.budget
                                                                   : s.budget; // prognos is not previewed
        if (a.version != Storage::LedgerVersion::Forecast && (a.version != Storage::LedgerVersion::Actual || a.month <= lastActual))
            slot = slot.value_or(Core::Money()) + a.amount;
    }
    if (auto namnd = m_document.store().findNamnd(r.import.namnd.kommun, r.import.namnd.namnd); namnd && *namnd)
        if (auto stored = m_document.store().figures((*namnd)->id, year); stored) {
            auto verksamheter = m_document.store().verksamheter((*namnd)->id);
            std::map<Storage::Id, std::string> pathOf;
            if (verksamheter)
                for (const auto &v : *verksamheter)
                    pathOf[v.id] = v.path;
            for (const Storage::Figure &f : *stored) {
                auto it = table.find({pathOf[f.key.verksamhetId], f.key.kontoslag});
                if (it == table.end())
                    continue;
                if (f.key.measure == Storage::Measure::Budget)
                    it->second.storedBudget = f.amount;
                else if ((f.key.measure == Storage::Measure::ActualIncome || f.key.measure == Storage::Measure::ActualCost) &&
                         f.key.month == lastActual)
                    it->second.storedActual = f.amount;
            }
        }
    m_preview->clear();
    m_preview->setColumnCount(6);
    m_preview->setHorizontalHeaderLabels({tr("Verksamhet"), tr("Kontoslag"),
                                          tr("Utfall t.o.m. %1-%2, tkr\ni filen").arg(year).arg(lastActual, 2, 10, QChar(u'0')),
                                          tr("Utfall\nlagrat nu"), tr("Budget helår %1\ni filen").arg(year), tr("Budget helår\nlagrat nu")});
    m_preview->setRowCount(static_cast<int>(table.size()));
    int row = 0;
    const QColor changed(255, 244, 200);
    for (const auto &[key, s] : table) {
        auto put = [&](int column, const QString &text, bool differs) {
            auto *item = new QTableWidgetItem(text);
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (differs)
                item->setBackground(changed);
            m_preview->setItem(row, column, item);
        };
        auto text = [](const std::optional<Core::Money> &m) { return m ? kronor(*m) : QString(); };
        put(0, qs(key.first), false);
        put(1, qs(key.second), false);
        put(2, text(s.actual), s.actual != s.storedActual);
        put(3, text(s.storedActual), s.actual != s.storedActual);
        put(4, text(s.budget), s.budget != s.storedBudget);
        put(5, text(s.storedBudget), s.budget != s.storedBudget);
        ++row;
    }
    m_preview->resizeColumnsToContents();
}

bool LedgerImportDialog::importNow()
{
    if (!m_report || m_report->refused())
        return false;
    auto command = Models::LedgerImportCommand::create(m_document, m_report->import,
                                                       "import från ekonomisystemet: " +
                                                           QFileInfo(m_path).fileName().toStdString());
    if (!command) {
        m_status->setText(qs(command.error().message));
        return false;
    }
    m_document.undoStack()->push(*command);
    if (!(*command)->error().isEmpty()) {
        m_status->setText((*command)->error());
        return false;
    }
    const Storage::LedgerSummary &s = (*command)->summary();
    m_status->setText(tr("Importerat: %1 nya, %2 ändrade, %3 borttagna, %4 oförändrade figurer.")
                          .arg(s.figuresAdded)
                          .arg(s.figuresChanged)
                          .arg(s.figuresRemoved)
                          .arg(s.figuresUnchanged));
    return true;
}

} // namespace Tertial::Gui
