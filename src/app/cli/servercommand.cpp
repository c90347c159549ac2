// SPDX-License-Identifier: GPL-3.0-or-later
// Setting up the shared server and moving a database between engines.
#include "servercommand.h"

#include "commands.h"

#include "storage/databasecopy.h"
#include "storage/openstore.h"
#include "storage/serveradmin.h"

namespace Tertial::Cli {

namespace {

int report(std::ostream &err, const Core::Error &error)
{
    err << "tertial-cli: " << error.message << '\n';
    return 1;
}

} // namespace

int runServer(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 2)
        return usage(err, "server", "ange init, grant eller revoke och serverns adress (postgresql://...)");
    const std::string &action = args.positional[0];
    const std::string &uri = args.positional[1];
    if (!Storage::isServerLocation(uri))
        return usage(err, "server", "'" + uri + "' är ingen serveradress (postgresql://...)");
    if (action == "init") {
        auto done = Storage::serverInit(uri);
        if (!done)
            return report(err, done.error());
        out << *done;
        return 0;
    }
    if (action != "grant" && action != "revoke")
        return usage(err, "server", "okänd åtgärd '" + action + "' (init, grant eller revoke)");
    auto user = args.required("--user");
    if (!user)
        return usage(err, "server", user.error().message);
    Storage::ServerGrant grant;
    grant.user = *user;
    const std::string role = args.option("--role").value_or(action == "revoke" && args.option("--kommun") ? "controller" : "");
    if (!Storage::serverRoleFromWord(role, grant.role))
        return usage(err, "server", "--role ska vara controller, secretary, analyst eller admin");
    grant.kommun = args.option("--kommun");
    grant.namnd = args.option("--namnd");
    auto done = action == "grant" ? Storage::serverGrant(uri, grant) : Storage::serverRevoke(uri, grant);
    if (!done)
        return report(err, done.error());
    out << *done;
    return 0;
}

int runCopy(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 2)
        return usage(err, "copy", "ange källan och målet (en fil eller postgresql://...)");
    auto from = Storage::openStore(args.positional[0]);
    if (!from)
        return report(err, from.error());
    auto to = Storage::openStore(args.positional[1], Storage::OpenMode::Create);
    if (!to && to.error().code == Core::ErrorCode::Conflict && Storage::isServerLocation(args.positional[1]))
        to = Storage::openStore(args.positional[1]); // a server set up by server init, still empty
    if (!to)
        return report(err, to.error());
    auto summary = Storage::copyDatabase(**from, **to);
    if (!summary) {
        report(err, summary.error());
        err << "tertial-cli: ingenting kopierades\n";
        return 1;
    }
    out << "Kopierade " << summary->rows << " rader i " << summary->tables << " tabeller från "
        << Storage::displayLocation(args.positional[0]) << " till " << Storage::displayLocation(args.positional[1]) << '\n';
    return 0;
}

} // namespace Tertial::Cli
