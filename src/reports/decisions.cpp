// SPDX-License-Identifier: GPL-3.0-or-later
// Decided versions: snapshot, render from the snapshot, record with the lock; changes since.
#include "decisions.h"

#include "docxwriter.h"
#include "pagelayout.h"
#include "reportbuilder.h"
#include "reportsections.h"
#include "reporttemplate.h"
#include "ziparchive.h"

#include "io/csvreader.h"
#include "io/importer.h"
#include "io/namndexport.h"
#include "storage/figuretext.h"
#include "storage/registertext.h"
#include "storage/sqlitestore.h"

#include "core/sha256.h"
#include "core/svparse.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <map>
#include <set>

namespace Tertial::Reports {

using Core::Result;

namespace {

Result<std::string> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::Io, "beslut: kan inte läsa " + path.toStdString());
    return file.readAll().toStdString();
}

// The template files the draft used: template.json and the logo (by their names in the folder).
Result<std::vector<SnapshotFile>> templateFilesOf(const ReportTemplate &style)
{
    std::vector<SnapshotFile> files;
    if (style.folder.empty())
        return files; // the built-in defaults
    const QDir folder(QString::fromStdString(style.folder));
    // Stored as template.json whatever the file was called (--template FILE): the snapshot's
    // folder is read back as a kommun's folder.
    auto json = readFile(style.file.empty() ? folder.filePath(QStringLiteral("template.json")) : QString::fromStdString(style.file));
    if (!json)
        return std::unexpected(json.error());
    files.push_back({"mall", "template.json", std::move(*json)});
    if (!style.logo.empty()) {
        auto logo = readFile(folder.filePath(QString::fromStdString(style.logo)));
        if (!logo)
            return std::unexpected(logo.error());
        files.push_back({"mallfil", style.logo, std::move(*logo)});
    }
    if (!style.referenceDocx.empty()) {
        auto reference = readFile(folder.filePath(QString::fromStdString(style.referenceDocx)));
        if (!reference)
            return std::unexpected(reference.error());
        files.push_back({"mallfil", style.referenceDocx, std::move(*reference)});
    }
    return files;
}

// ---- changes since a decision ----

struct CsvTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

CsvTable tableOf(const std::string &text)
{
    CsvTable table;
    Io::CsvReader reader("underlag", text);
    Io::CsvRecord record;
    bool first = true;
    while (reader.next(record)) {
        if (first)
            table.header = record.fields;
        else
            table.rows.push_back(record.fields);
        first = false;
    }
    return table;
}

// The columns that name a row of each file (docs/formats.md "keyed as follows").
const std::map<std::string, std::vector<std::string>> &keyColumns()
{
    static const std::map<std::string, std::vector<std::string>> keys{
        {"kommunlista", {"kod"}},
        {"nämndlista", {"kommun", "nämnd"}},
        {"verksamhetslista", {"verksamhet"}},
        {"sifferfil", {"verksamhet", "år", "månad", "mått", "kontoslag"}},
        {"prognosmetoder", {"verksamhet", "år", "månad"}},
        {"kommentarer", {"verksamhet", "år", "månad"}},
        {"volymer", {"verksamhet", "år", "månad", "insatstyp", "mått", "månader"}}, // a year average beside T3
        {"indikatorer", {"indikator"}},
        {"indikatorvärden", {"indikator", "år", "månad"}},
        {"statusöverstyrningar", {"indikator", "år", "månad"}},
        {"åtgärdsplan", {"år", "månad", "mål", "åtgärd"}},
        {"investeringar", {"år", "månad", "projekt"}},
        {"statsbidrag", {"år", "månad", "namn"}},
        {"personal", {"organisationsenhet", "år", "månad", "mått"}},
    };
    return keys;
}

// The columns compared for each row: all but the key, the kommun and nämnd and the unit column.
bool compared(const std::string &column, const std::vector<std::string> &key)
{
    if (column == "kommun" || column == "nämnd" || column == "enhet")
        return false;
    return std::find(key.begin(), key.end(), column) == key.end();
}

struct Row
{
    std::map<std::string, std::string> fields;
    std::string get(const std::string &column) const
    {
        auto it = fields.find(column);
        return it == fields.end() ? std::string() : it->second;
    }
};

std::string keyText(const Row &row, const std::vector<std::string> &key)
{
    std::string text;
    for (const std::string &column : key)
        text += row.get(column) + '\x1f';
    return text;
}

std::string periodOf(const Row &row)
{
    const std::string year = row.get("år"), month = row.get("månad");
    if (month.empty())
        return year;
    return year + "-" + (month.size() == 1 ? "0" : "") + month;
}

int number(const std::string &text) { return std::atoi(text.c_str()); }

// The audit log's entity and "what" of a row, as the store writes them (storage/registertext.h).
std::pair<std::string, std::string> auditKey(const std::string &file, const Row &row)
{
    const int year = number(row.get("år"));
    const int month = number(row.get("månad"));
    const std::optional<int> someMonth = month > 0 ? std::optional(month) : std::nullopt;
    if (file == "sifferfil") {
        Storage::FigureKey key;
        key.kontoslag = row.get("kontoslag");
        key.year = year;
        key.month = someMonth;
        key.measure = Storage::measureFromCode(row.get("mått")).value_or(Storage::Measure::Budget);
        return {"figur", Storage::figureWhat(row.get("verksamhet"), key)};
    }
    if (file == "kommentarer" || file == "prognosmetoder")
        return {file == "kommentarer" ? "kommentar" : "prognosmetod",
                row.get("verksamhet") + " " + Storage::periodText(year, month)};
    if (file == "volymer")
        return {"volym", Storage::volumePlaceText(row.get("verksamhet"), year, month, row.get("insatstyp"),
                                                  row.get("mått"))};
    if (file == "åtgärdsplan")
        return {"åtgärd", Storage::actionItemPlaceText(Storage::ActionItem{0, year, month, row.get("mål"), row.get("åtgärd"), {}, {}})};
    if (file == "investeringar")
        return {"investering", Storage::investmentPlaceText(Storage::Investment{0, year, month, row.get("projekt"), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}})};
    if (file == "statsbidrag")
        return {"statsbidrag", Storage::stateGrantPlaceText(Storage::StateGrant{0, year, month, row.get("namn"), {}, {}, {}, {}, {}})};
    if (file == "personal") {
        Storage::PersonnelFigure figure;
        figure.unit = row.get("organisationsenhet");
        figure.year = year;
        figure.month = month;
        figure.measure = Storage::personnelMeasureFromCode(row.get("mått")).value_or(Storage::PersonnelMeasure::Employees);
        return {"personal", Storage::personnelPlaceText(figure)};
    }
    if (file == "indikatorvärden")
        return {"indikatorvärde", Storage::indicatorValuePlaceText(row.get("indikator"),
                                                                   Storage::IndicatorValue{0, year, someMonth, {}, {}})};
    if (file == "statusöverstyrningar")
        return {"indikatorstatus", Storage::indicatorValuePlaceText(row.get("indikator"),
                                                                    Storage::IndicatorValue{0, year, someMonth, {}, {}})
                                       + " status"};
    return {};
}

// The row's subject and the measure a changed column stands for.
std::pair<std::string, std::string> subjectOf(const std::string &file, const Row &row, const std::string &column)
{
    if (file == "sifferfil") {
        std::string measure = row.get("mått");
        if (!row.get("kontoslag").empty())
            measure += " " + row.get("kontoslag");
        return {row.get("verksamhet").empty() ? "(hela nämnden)" : row.get("verksamhet"), measure};
    }
    if (file == "volymer")
        return {row.get("verksamhet") + " " + row.get("insatstyp"), row.get("mått") + (column == "värde" ? "" : " " + column)};
    if (file == "personal")
        return {row.get("organisationsenhet").empty() ? "(hela nämnden)" : row.get("organisationsenhet"), row.get("mått")};
    for (const char *name : {"verksamhet", "projekt", "namn", "indikator", "åtgärd", "kod"})
        if (!row.get(name).empty())
            return {row.get(name), column};
    return {file, column};
}

bool isAmountColumn(const std::string &file, const std::string &measure)
{
    if (file == "sifferfil")
        return true;
    static const std::set<std::string> amounts{"budget", "prognos", "budget_period", "utfall", "bidrag", "erhållet",
                                               "kostnad", "inräknat_budget", "inräknat_prognos", "inkomster",
                                               "utgifter", "prognos_ar1", "prognos_ar2", "prognos_ar3", "prognos_senare"};
    return (file == "investeringar" || file == "statsbidrag") && amounts.contains(measure);
}

} // namespace

Result<DecisionSnapshot> takeSnapshot(Storage::Store &store, const ReportRequest &request, const std::string &templateRoot,
                                      const std::string &decidedOn)
{
    DecisionSnapshot snapshot;
    snapshot.request = request;
    snapshot.decidedOn = decidedOn;
    auto files = Io::exportNamnd(store, request.kommun, request.namnd, {request.year - 2, request.year - 1, request.year});
    if (!files)
        return std::unexpected(files.error());
    for (Io::ExportedFile &file : *files)
        snapshot.data.push_back({file.kind, {}, std::move(file.text)});
    auto style = loadTemplateFrom(templateRoot, request.kommun);
    if (!style)
        return std::unexpected(style.error());
    auto templateFiles = templateFilesOf(*style);
    if (!templateFiles)
        return std::unexpected(templateFiles.error());
    snapshot.templateFiles = std::move(*templateFiles);
    return snapshot;
}

Result<SnapshotDraft> draftOfSnapshot(const DecisionSnapshot &snapshot)
{
    auto store = Storage::SqliteStore::create(":memory:");
    if (!store)
        return std::unexpected(store.error());
    Io::Importer importer(**store);
    for (const SnapshotFile &file : snapshot.data)
        importer.addText(file.kind + ".csv", file.bytes);
    if (auto imported = importer.commit("beslutsunderlag"); !imported)
        return Core::fail(imported.error().code, "beslutsunderlaget kan inte läsas in: " + imported.error().message);
    ReportTemplate style;
    if (!snapshot.templateFiles.empty()) {
        QTemporaryDir root;
        if (!root.isValid())
            return Core::fail(Core::ErrorCode::Io, "beslut: kan inte skapa en tillfällig mapp för mallen");
        const QString folder = QDir(root.path()).filePath(QString::fromStdString(snapshot.request.kommun));
        QDir().mkpath(folder);
        for (const SnapshotFile &file : snapshot.templateFiles) {
            QFile out(QDir(folder).filePath(QString::fromStdString(file.name)));
            if (!out.open(QIODevice::WriteOnly)
                || out.write(file.bytes.data(), static_cast<qint64>(file.bytes.size())) != static_cast<qint64>(file.bytes.size()))
                return Core::fail(Core::ErrorCode::Io, "beslut: kan inte skriva mallfilen " + file.name);
        }
        auto loaded = loadTemplate(root.path().toStdString(), snapshot.request.kommun);
        if (!loaded)
            return std::unexpected(loaded.error());
        style = std::move(*loaded);
    }
    auto data = loadReportData(**store, snapshot.request);
    if (!data)
        return std::unexpected(data.error());
    SnapshotDraft draft;
    draft.document = buildReport(*data, style);
    draft.options.style = std::move(style);
    draft.options.headingPages = snapshot.headingPages;
    return draft;
}

Result<std::string> renderSnapshot(const DecisionSnapshot &snapshot, const ChartImageProvider &charts)
{
    auto draft = draftOfSnapshot(snapshot);
    if (!draft)
        return std::unexpected(draft.error());
    draft->options.charts = charts;
    return zipBytes(docxParts(draft->document, draft->options));
}

Result<Storage::Decision> decideReport(Storage::Store &store, const DecideRequest &request, const ChartImageProvider &charts)
{
    if (request.request.diarienummer.find_first_not_of(" \t") == std::string::npos)
        return Core::fail(Core::ErrorCode::MissingInput, "beslut: ange diarienumret (--dnr)");
    auto namnd = store.findNamnd(request.request.kommun, request.request.namnd);
    if (!namnd)
        return std::unexpected(namnd.error());
    if (!*namnd)
        return Core::fail(Core::ErrorCode::NotFound,
                          "beslut: nämnden " + request.request.namnd + " finns inte i kommun " + request.request.kommun);
    auto snapshot = takeSnapshot(store, request.request, request.templateRoot, request.decidedOn);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    if (request.layOutPages && pageLayoutAvailable()) {
        auto draft = draftOfSnapshot(*snapshot);
        if (!draft)
            return std::unexpected(draft.error());
        draft->options.charts = charts;
        if (auto pages = layOutHeadingPages(draft->document, draft->options))
            snapshot->headingPages = std::move(*pages);
    }
    Storage::Decision decision;
    decision.namndId = (*namnd)->id;
    decision.year = request.request.year;
    decision.month = request.request.month;
    decision.kind = kindCode(request.request.kind);
    decision.dnr = request.request.diarienummer;
    decision.decidedOn = request.decidedOn;
    decision.program = request.program;
    decision.snapshot = snapshotText(*snapshot);
    // Rendered from the stored text read back, so rendering the stored snapshot again is this.
    auto stored = parseSnapshot(decision.snapshot);
    if (!stored)
        return std::unexpected(stored.error());
    auto draft = draftOfSnapshot(*stored);
    if (!draft)
        return std::unexpected(draft.error());
    decision.templateName = draft->options.style.name;
    draft->options.charts = charts;
    auto document = zipBytes(docxParts(draft->document, draft->options));
    if (!document)
        return std::unexpected(document.error());
    decision.document = std::move(*document);
    decision.contentHash = Core::sha256Hex(decision.snapshot);
    decision.documentHash = Core::sha256Hex(decision.document);
    return store.recordDecision(decision, "beslut " + decision.dnr + " " + decision.decidedOn);
}

Result<std::vector<ValueChange>> changesSince(Storage::Store &store, const Storage::Decision &decision)
{
    auto snapshot = parseSnapshot(decision.snapshot);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    const ReportRequest &request = snapshot->request;
    auto now = Io::exportNamnd(store, request.kommun, request.namnd, {request.year - 2, request.year - 1, request.year});
    if (!now)
        return std::unexpected(now.error());
    std::map<std::string, std::string> current;
    for (const Io::ExportedFile &file : *now)
        current[file.kind] = file.text;

    // The latest audit row after the decision for each (entity, what).
    auto log = store.auditLogOfNamnd(decision.namndId);
    if (!log)
        return std::unexpected(log.error());
    std::map<std::pair<std::string, std::string>, const Storage::AuditEntry *> latest;
    for (const Storage::AuditEntry &entry : *log)
        if (entry.at >= decision.recordedAt)
            latest[{entry.entity, entry.what}] = &entry;

    std::vector<ValueChange> changes;
    for (const SnapshotFile &file : snapshot->data) {
        const auto keyIt = keyColumns().find(file.kind);
        if (keyIt == keyColumns().end())
            continue;
        const std::vector<std::string> &key = keyIt->second;
        auto rowsOf = [&](const std::string &text) {
            const CsvTable table = tableOf(text);
            std::vector<std::pair<std::string, Row>> rows;
            for (const auto &fields : table.rows) {
                Row row;
                for (std::size_t i = 0; i < table.header.size() && i < fields.size(); ++i)
                    row.fields[table.header[i]] = fields[i];
                rows.emplace_back(keyText(row, key), std::move(row));
            }
            return std::make_pair(table.header, rows);
        };
        const auto [header, before] = rowsOf(file.bytes);
        const auto [headerNow, after] = rowsOf(current[file.kind]);
        std::map<std::string, const Row *> afterByKey;
        for (const auto &[k, row] : after)
            afterByKey[k] = &row;
        std::set<std::string> seen;
        auto report = [&](const Row &row, const std::string &column, std::optional<std::string> was,
                          std::optional<std::string> is) {
            ValueChange change;
            change.file = file.kind;
            std::tie(change.subject, change.measure) = subjectOf(file.kind, row, column);
            change.period = periodOf(row);
            change.decided = std::move(was);
            change.current = std::move(is);
            if (auto it = latest.find(auditKey(file.kind, row)); it != latest.end()) {
                change.who = it->second->who;
                change.when = it->second->at;
            }
            changes.push_back(std::move(change));
        };
        const std::vector<std::string> &columns = header.empty() ? headerNow : header;
        for (const auto &[k, row] : before) {
            seen.insert(k);
            const auto it = afterByKey.find(k);
            for (const std::string &column : columns) {
                if (!compared(column, key))
                    continue;
                const std::string was = row.get(column);
                if (it == afterByKey.end()) {
                    if (!was.empty())
                        report(row, column, was, std::nullopt);
                    continue;
                }
                const std::string is = it->second->get(column);
                if (was != is)
                    report(row, column, was.empty() ? std::nullopt : std::optional(was),
                           is.empty() ? std::nullopt : std::optional(is));
            }
        }
        for (const auto &[k, row] : after) {
            if (seen.contains(k))
                continue;
            for (const std::string &column : columns)
                if (compared(column, key) && !row.get(column).empty())
                    report(row, column, std::nullopt, row.get(column));
        }
    }
    return changes;
}

std::string shownValue(const ValueChange &change, const std::optional<std::string> &value)
{
    if (!value)
        return "\u2013";
    if (isAmountColumn(change.file, change.measure.substr(0, change.measure.find(' ')))) {
        if (auto amount = Core::parseAmount(*value, Core::AmountUnit::Kronor))
            return Storage::kronorText(*amount);
    }
    return *value;
}

void appendChangesSince(ReportDocument &document, const Storage::Decision &decision, const std::vector<ValueChange> &changes)
{
    document.blocks.emplace_back(Heading{1, false, "Bilaga: Ändringar sedan beslut"});
    const std::string decided = "Nämnden beslutade om rapporten " + decision.decidedOn + " (" + decision.dnr + ").";
    if (changes.empty()) {
        document.blocks.emplace_back(Paragraph{Paragraph::Kind::Body, decided + " Inga värden har ändrats sedan dess."});
        return;
    }
    document.blocks.emplace_back(Paragraph{
        Paragraph::Kind::Body,
        decided + " Följande " + std::to_string(changes.size()) + (changes.size() == 1 ? " värde har" : " värden har")
            + " ändrats sedan dess; utkastet ovan visar de nuvarande värdena."});
    Table table;
    table.caption = "Ändringar sedan beslut " + decision.dnr;
    table.header.push_back({{"Verksamhet eller rad", 1}, {"Mått", 1}, {"Period", 1}, {"Beslutat", 1}, {"Nu", 1},
                            {"Ändrat av", 1}, {"När", 1}});
    table.columns = {ColumnKind::Text, ColumnKind::Text, ColumnKind::Text, ColumnKind::Number,
                     ColumnKind::Number, ColumnKind::Text, ColumnKind::Text};
    table.widths = {3.0, 2.2, 1.2, 2.0, 2.0, 1.3, 1.5};
    for (const ValueChange &change : changes)
        table.rows.push_back({{change.subject, change.measure, change.period, shownValue(change, change.decided),
                               shownValue(change, change.current), change.who, change.when.substr(0, 10)},
                              TableRow::Kind::Normal, 0});
    document.blocks.emplace_back(std::move(table));
}

} // namespace Tertial::Reports
