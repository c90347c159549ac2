// SPDX-License-Identifier: GPL-3.0-or-later
// "Beslutade versioner": a nämnd's decided report versions; open or save each one's document,
// render its snapshot again and compare byte for byte, and list what has changed since.
#include "decisionsdialog.h"

#include "models/decisionlistmodel.h"
#include "models/document.h"
#include "reportdialog.h"
#include "reports/chartimages.h"
#include "reports/decisionsnapshot.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Tertial::Gui {

namespace {

Core::Error problem(const QString &text)
{
    return Core::Error{Core::ErrorCode::Io, text.toStdString()};
}

QString html(const std::string &text) { return QString::fromStdString(text).toHtmlEscaped(); }

// "SOCN 2017/123" → "SOCN-2017-123": a file name on every system.
QString fileStem(const std::string &dnr)
{
    QString stem = QString::fromStdString(dnr);
    for (QChar &c : stem)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    return stem;
}

} // namespace

DecisionsDialog::DecisionsDialog(Models::Document &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_model(new Models::DecisionListModel(this)),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Beslutade versioner"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Nämndens beslutade rapporter. Varje version har kvar underlaget den byggdes på och "
                                "dokumentet som beslutades; inget av dem kan ändras."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 2);

    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Öppna dokument"), this);
    auto *save = new QPushButton(tr("&Spara dokument som …"), this);
    auto *again = new QPushButton(tr("&Rendera igen och jämför"), this);
    auto *changes = new QPushButton(tr("Ä&ndringar sedan beslut"), this);
    m_rowButtons = {open, save, again, changes};
    for (QPushButton *button : m_rowButtons)
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_changes = new QTextBrowser(this);
    m_changes->setPlaceholderText(tr("Välj en version och ”Ändringar sedan beslut” för att se vilka värden som har "
                                     "ändrats sedan nämnden beslutade."));
    layout->addWidget(m_changes, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    // A new decision for the selected period, as tertial-cli decide records it.
    auto *decideRow = new QHBoxLayout;
    auto *kind = new QComboBox(this);
    kind->addItem(tr("Månadsrapport"), static_cast<int>(Reports::ReportKind::Month));
    kind->addItem(tr("Tertialrapport"), static_cast<int>(Reports::ReportKind::Tertial));
    kind->addItem(tr("Delårsrapport"), static_cast<int>(Reports::ReportKind::Interim));
    kind->addItem(tr("Årsredovisning"), static_cast<int>(Reports::ReportKind::Annual));
    auto *dnr = new QLineEdit(this);
    dnr->setPlaceholderText(tr("Diarienummer"));
    auto *decidedOn = new QDateEdit(QDate::currentDate(), this);
    decidedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    decidedOn->setCalendarPopup(true);
    auto *decideButton = new QPushButton(tr("Spara &beslut för perioden"), this);
    decideRow->addWidget(new QLabel(tr("Nytt beslut:"), this));
    decideRow->addWidget(kind);
    decideRow->addWidget(dnr, 1);
    decideRow->addWidget(decidedOn);
    decideRow->addWidget(decideButton);
    layout->addLayout(decideRow);
    connect(decideButton, &QPushButton::clicked, this, [this, kind, dnr, decidedOn] {
        (void)decide(static_cast<Reports::ReportKind>(kind->currentData().toInt()), dnr->text(),
                     decidedOn->date().toString(Qt::ISODate));
    });

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(open, &QPushButton::clicked, this, [this] { act([this](int row) { (void)openDocument(row); }); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { (void)openDocument(index.row()); });
    connect(save, &QPushButton::clicked, this, [this] {
        act([this](int row) {
            const QString suggested = fileStem(m_model->decision(row).dnr) + QStringLiteral(".docx");
            const QString path = QFileDialog::getSaveFileName(this, tr("Spara det beslutade dokumentet"), suggested,
                                                              tr("Word-dokument (*.docx)"));
            if (!path.isEmpty())
                (void)saveDocument(row, path);
        });
    });
    connect(again, &QPushButton::clicked, this, [this] { act([this](int row) { (void)renderAgain(row); }); });
    connect(changes, &QPushButton::clicked, this, [this] { act([this](int row) { (void)showChangesSince(row); }); });

    if (auto loaded = m_model->load(document.store(), document.selection().namndId); !loaded)
        setMessage(QString::fromStdString(loaded.error().message), true);
    else if (m_model->rowCount() == 0)
        setMessage(tr("Nämnden har inga beslutade versioner ännu."), false);
    m_view->resizeColumnsToContents();
    auto updateButtons = [this] {
        for (QPushButton *button : m_rowButtons)
            button->setEnabled(currentRow() >= 0);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    if (m_model->rowCount() > 0)
        selectRow(m_model->rowCount() - 1); // the latest decision
    updateButtons();
    resize(900, 520);
}

DecisionsDialog::~DecisionsDialog() = default;

void DecisionsDialog::selectRow(int row) { m_view->selectRow(row); }

int DecisionsDialog::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void DecisionsDialog::act(const std::function<void(int row)> &action)
{
    if (const int row = currentRow(); row >= 0)
        action(row);
}

QString DecisionsDialog::message() const { return m_message->text(); }

void DecisionsDialog::setMessage(const QString &text, bool isProblem)
{
    m_message->setText(text);
    m_message->setStyleSheet(isProblem ? QStringLiteral("color: #B71C1C;") : QString());
}

Core::Result<Storage::Decision> DecisionsDialog::whole(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return std::unexpected(problem(tr("Ingen beslutad version är vald.")));
    const Storage::Decision &listed = m_model->decision(row);
    auto found = m_document.store().decision(listed.namndId, listed.dnr);
    if (!found || !*found) {
        const QString text = found ? tr("Beslutet %1 finns inte längre.").arg(QString::fromStdString(listed.dnr))
                                   : QString::fromStdString(found.error().message);
        setMessage(text, true);
        return std::unexpected(found ? problem(text) : found.error());
    }
    return std::move(**found);
}

Core::Result<void> DecisionsDialog::saveDocument(int row, const QString &path)
{
    auto decision = whole(row);
    if (!decision)
        return std::unexpected(decision.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(decision->document.data(), static_cast<qint64>(decision->document.size()))
               != static_cast<qint64>(decision->document.size())
        || !file.commit()) {
        const QString text = tr("Kunde inte skriva %1: %2").arg(path, file.errorString());
        setMessage(text, true);
        return std::unexpected(problem(text));
    }
    setMessage(tr("Det beslutade dokumentet %1 är sparat som %2.").arg(QString::fromStdString(decision->dnr), path), false);
    return {};
}

Core::Result<QString> DecisionsDialog::openDocument(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return std::unexpected(problem(tr("Ingen beslutad version är vald.")));
    QDir folder(QDir::tempPath());
    folder.mkpath(QStringLiteral("tertial-beslut"));
    folder.cd(QStringLiteral("tertial-beslut"));
    const QString path = folder.filePath(fileStem(m_model->decision(row).dnr) + QStringLiteral(".docx"));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); // an earlier copy, made read-only
    if (auto saved = saveDocument(row, path); !saved)
        return std::unexpected(saved.error());
    // Read-only: what is opened is the decided version, not a draft to edit in place.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    if (!m_opener(QUrl::fromLocalFile(path))) {
        const QString text = tr("Dokumentet är sparat som %1, men inget program för Word-dokument kunde öppna det.").arg(path);
        setMessage(text, true);
        return std::unexpected(problem(text));
    }
    setMessage(tr("Öppnade det beslutade dokumentet (%1).").arg(path), false);
    return path;
}

Core::Result<bool> DecisionsDialog::renderAgain(int row)
{
    auto decision = whole(row);
    if (!decision)
        return std::unexpected(decision.error());
    auto snapshot = Reports::parseSnapshot(decision->snapshot);
    if (!snapshot) {
        setMessage(QString::fromStdString(snapshot.error().message), true);
        return std::unexpected(snapshot.error());
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto again = Reports::renderSnapshot(*snapshot, Reports::chartImageProvider());
    QApplication::restoreOverrideCursor();
    if (!again) {
        setMessage(QString::fromStdString(again.error().message), true);
        return std::unexpected(again.error());
    }
    const bool same = *again == decision->document;
    setMessage(same ? tr("Underlaget till %1 renderat på nytt: byte för byte samma dokument som det beslutade.")
                          .arg(QString::fromStdString(decision->dnr))
                    : tr("Underlaget till %1 renderat på nytt ger ett annat dokument än det beslutade (andra typsnitt "
                         "eller en annan version av Tertial?).")
                          .arg(QString::fromStdString(decision->dnr)),
               !same);
    return same;
}

Core::Result<Storage::Decision> DecisionsDialog::decide(Reports::ReportKind kind, const QString &dnr, const QString &decidedOn)
{
    Reports::DecideRequest request;
    const Storage::Id namndId = m_document.selection().namndId;
    auto found = m_document.store().namnder(m_document.selection().kommun);
    if (!found)
        return std::unexpected(found.error());
    for (const Storage::Namnd &n : *found)
        if (n.id == namndId)
            request.request.namnd = n.code;
    request.request.kommun = m_document.selection().kommun;
    request.request.year = m_document.selection().year;
    request.request.month = m_document.month();
    request.request.kind = kind;
    request.request.diarienummer = dnr.trimmed().toStdString();
    request.decidedOn = decidedOn.toStdString();
    request.templateRoot = ReportDialog::defaultTemplateRoot().toStdString();
    request.layOutPages = m_layOutPages;
    request.program = "Tertial";
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto decision = Reports::decideReport(m_document.store(), request, Reports::chartImageProvider());
    QApplication::restoreOverrideCursor();
    if (!decision) {
        setMessage(QString::fromStdString(decision.error().message), true);
        return std::unexpected(decision.error());
    }
    // The period is locked now: the document reads its selection again, and the list grows.
    (void)m_document.reload();
    (void)m_model->load(m_document.store(), namndId);
    m_view->resizeColumnsToContents();
    selectRow(m_model->rowCount() - 1);
    setMessage(tr("Beslut %1 sparat; perioden är låst.").arg(QString::fromStdString(decision->dnr)), false);
    return decision;
}

Core::Result<std::vector<Reports::ValueChange>> DecisionsDialog::showChangesSince(int row)
{
    auto decision = whole(row);
    if (!decision)
        return std::unexpected(decision.error());
    auto changes = Reports::changesSince(m_document.store(), *decision);
    if (!changes) {
        setMessage(QString::fromStdString(changes.error().message), true);
        return std::unexpected(changes.error());
    }
    const QString dnr = html(decision->dnr), decidedOn = html(decision->decidedOn);
    const QString heading = changes->size() == 1
        ? tr("Ändringar sedan beslut %1 (%2): 1 värde").arg(dnr, decidedOn)
        : tr("Ändringar sedan beslut %1 (%2): %3 värden").arg(dnr, decidedOn, QString::number(changes->size()));
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(heading);
    if (!changes->empty()) {
        text += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th>%1</th><th>%2</th>"
                               "<th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                    .arg(tr("Verksamhet eller rad"), tr("Mått"), tr("Period"), tr("Beslutat"), tr("Nu"), tr("Ändrat av"),
                         tr("När"));
        for (const Reports::ValueChange &change : *changes)
            text += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                                   "<td align=\"right\">%5</td><td>%6</td><td>%7</td></tr>")
                        .arg(html(change.subject), html(change.measure), html(change.period),
                             html(Reports::shownValue(change, change.decided)),
                             html(Reports::shownValue(change, change.current)), html(change.who), html(change.when));
        text += QStringLiteral("</table>");
    }
    m_changes->setHtml(text);
    setMessage(QString(), false);
    return changes;
}

} // namespace Tertial::Gui
