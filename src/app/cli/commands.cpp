// SPDX-License-Identifier: GPL-3.0-or-later
// init, import, export, lock and unlock.
#include "commands.h"

#include "databasefile.h"

#include "core/swedishcount.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "platform/datadir.h"
#include "storage/openstore.h"
#include "version/version.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <pwd.h>
#include <unistd.h>
#include <fstream>

namespace Tertial::Cli {
namespace {

int report(std::ostream &err, const Core::Error &error)
{
    err << "tertial-cli: " << error.message << '\n';
    return 1;
}

// $USER, else the login name of the process's user (cron and services run without $USER).
std::string defaultUser()
{
    if (const char *user = std::getenv("USER"); user && *user)
        return user;
    if (const char *user = std::getenv("USERNAME"); user && *user) // Windows
        return user;
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return entry->pw_name;
    return "okänd";
}

// A file or a postgresql:// URI; --anvandare names the audit user in a file only (the server
// names its own: session_user).
Core::Result<std::unique_ptr<Storage::SqlStore>> openStore(const Arguments &args)
{
    auto store = Storage::openStore(args.positional.at(0));
    if (store)
        (*store)->setUser(args.option("--anvandare").value_or(defaultUser()));
    return store;
}

} // namespace

void recordWriter(Storage::Store &store, std::ostream &err)
{
    if (auto ok = store.recordWriterVersion(Version::full()); !ok)
        err << "tertial-cli: varning: " << ok.error().message << '\n';
}

std::size_t displayWidth(const std::string &text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(),
                                                  [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

int usage(std::ostream &err, const std::string &verb, const std::string &what)
{
    err << "tertial-cli " << verb << ": " << what << " (se tertial-cli " << verb << " --help)\n";
    return 2;
}

int runInit(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 1)
        return usage(err, "init", "ange exakt en databasfil");
    auto store = Storage::openStore(args.positional[0], Storage::OpenMode::Create);
    if (!store)
        return report(err, store.error());
    recordWriter(**store, err);
    out << "Skapade " << Storage::displayLocation(args.positional[0]) << " (schemaversion " << (*store)->schemaVersion() << ")\n";
    // Sweden's kommuner, län and kontoslag are in every new database (schema step 8): no list to import first.
    return 0;
}

int runImport(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() < 2)
        return usage(err, "import", "ange databasen och minst en fil");
    auto store = openStore(args);
    if (!store)
        return report(err, store.error());
    Io::Importer importer(**store);
    for (std::size_t i = 1; i < args.positional.size(); ++i) {
        if (auto refused = databaseFileNamed(args.positional[i])) {
            report(err, *refused);
            err << "tertial-cli: ingenting importerades\n";
            return 1;
        }
        importer.addFile(args.positional[i]);
    }
    auto summary = importer.commit(args.option("--orsak").value_or("import"));
    if (!summary) {
        report(err, summary.error());
        err << "tertial-cli: ingenting importerades\n";
        return 1;
    }
    recordWriter(**store, err);
    out << "Importerade " << Core::countOf(summary->rowsRead, "rad", "rader") << ": "
        << Core::countOf(summary->figuresWritten, "belopp nytt eller ändrat", "belopp nya eller ändrade") << ", "
        << Core::countOf(summary->figuresUnchanged, "oförändrat", "oförändrade") << "\n";
    return 0;
}

int runExport(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 1)
        return usage(err, "export", "ange exakt en databasfil");
    auto kommun = args.required("--kommun");
    auto namnd = args.required("--namnd");
    auto year = args.integer("--year", 2000, 2100);
    for (const Core::Error *e : {kommun ? nullptr : &kommun.error(), namnd ? nullptr : &namnd.error(),
                                 year ? nullptr : &year.error()})
        if (e)
            return usage(err, "export", e->message);
    auto store = openStore(args);
    if (!store)
        return report(err, store.error());
    auto text = Io::exportFigures(**store, *kommun, *namnd, *year);
    if (!text)
        return report(err, text.error());
    if (auto path = args.option("--out")) {
        if (auto refused = databaseFileNamed(*path))
            return report(err, *refused);
        std::ofstream file(*path, std::ios::binary | std::ios::trunc);
        file << *text;
        if (!file.flush())
            return report(err, Core::Error{Core::ErrorCode::Io, *path + ": kan inte skriva filen"});
    } else {
        out << *text;
    }
    return 0;
}

int runLock(const Arguments &args, bool lock, std::ostream &out, std::ostream &err)
{
    const std::string verb = lock ? "lock" : "unlock";
    if (args.positional.size() != 1)
        return usage(err, verb, "ange exakt en databasfil");
    auto kommun = args.required("--kommun");
    auto namnd = args.required("--namnd");
    auto year = args.integer("--year", 2000, 2100);
    auto reason = args.required("--orsak");
    for (const Core::Error *e : {kommun ? nullptr : &kommun.error(), namnd ? nullptr : &namnd.error(),
                                 year ? nullptr : &year.error(), reason ? nullptr : &reason.error()})
        if (e)
            return usage(err, verb, e->message);
    std::optional<int> month;
    if (args.option("--month")) {
        auto m = args.integer("--month", 1, 12);
        if (!m)
            return usage(err, verb, m.error().message);
        month = *m;
    }
    auto store = openStore(args);
    if (!store)
        return report(err, store.error());
    auto found = (*store)->findNamnd(*kommun, *namnd);
    if (!found)
        return report(err, found.error());
    if (!*found)
        return report(err, Core::Error{Core::ErrorCode::NotFound,
                                       "nämnden " + *namnd + " finns inte i kommun " + *kommun});
    auto ok = lock ? (*store)->lockPeriod((*found)->id, *year, month, *reason)
                   : (*store)->unlockPeriod((*found)->id, *year, month, *reason);
    if (!ok)
        return report(err, ok.error());
    recordWriter(**store, err);
    out << (lock ? "Låste " : "Låste upp ") << *namnd << " " << *year;
    if (month)
        out << "-" << (*month < 10 ? "0" : "") << *month;
    out << '\n';
    return 0;
}

} // namespace Tertial::Cli
