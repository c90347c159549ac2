// SPDX-License-Identifier: GPL-3.0-or-later
// Decided report versions: stored with their snapshot and document, the period locked in the
// same transaction; read back only when their hashes still match.
#include "sqlstore.h"

#include "transaction.h"

#include "core/sha256.h"

#include <array>
#include <cctype>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

constexpr char base64Digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string toBase64(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8)
            | static_cast<unsigned char>(bytes[i + 2]);
        out += base64Digits[(v >> 18) & 63];
        out += base64Digits[(v >> 12) & 63];
        out += base64Digits[(v >> 6) & 63];
        out += base64Digits[v & 63];
    }
    if (i < bytes.size()) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size())
            v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += base64Digits[(v >> 18) & 63];
        out += base64Digits[(v >> 12) & 63];
        out += i + 1 < bytes.size() ? base64Digits[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::optional<std::string> fromBase64(std::string_view text)
{
    std::array<int, 256> value{};
    value.fill(-1);
    for (int i = 0; i < 64; ++i)
        value[static_cast<unsigned char>(base64Digits[i])] = i;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : text) {
        if (c == '=')
            break;
        const int v = value[static_cast<unsigned char>(c)];
        if (v < 0)
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xff);
        }
    }
    return out;
}

bool isDate(const std::string &text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return false;
    const int month = std::stoi(text.substr(5, 2)), day = std::stoi(text.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool isKind(const std::string &kind)
{
    return kind == "manad" || kind == "tertial" || kind == "delar" || kind == "ar";
}

std::string periodOf(const Decision &d)
{
    return std::to_string(d.year) + "-" + (d.month < 10 ? "0" : "") + std::to_string(d.month);
}

constexpr std::string_view summaryColumns = "id, namnd_id, year, month, kind, dnr, decided_on, recorded_at, recorded_by, "
                                            "template, program, content_hash, document_hash";

Decision summaryOf(const Statement &row)
{
    Decision d;
    d.id = row.int64(0);
    d.namndId = row.int64(1);
    d.year = row.integer(2);
    d.month = row.integer(3);
    d.kind = row.text(4);
    d.dnr = row.text(5);
    d.decidedOn = row.text(6);
    d.recordedAt = row.text(7);
    d.recordedBy = row.text(8);
    d.templateName = row.text(9);
    d.program = row.text(10);
    d.contentHash = row.text(11);
    d.documentHash = row.text(12);
    return d;
}

} // namespace

Result<Decision> SqlStore::recordDecision(const Decision &decision, const std::string &reason)
{
    const std::string what = "Beslut " + decision.dnr;
    if (decision.dnr.find_first_not_of(" \t") == std::string::npos)
        return fail(ErrorCode::MissingInput, "beslut: ange diarienumret");
    if (decision.month < 1 || decision.month > 12)
        return fail(ErrorCode::OutOfRange, what + ": månaden " + std::to_string(decision.month) + " finns inte, ange 1–12");
    if (!isKind(decision.kind))
        return fail(ErrorCode::InvalidInput, what + ": rapportsorten '" + decision.kind
                                                 + "', förväntade manad, tertial, delar eller ar");
    if (!isDate(decision.decidedOn))
        return fail(ErrorCode::InvalidInput, what + ": beslutsdatumet '" + decision.decidedOn + "', förväntade ÅÅÅÅ-MM-DD");
    if (Core::sha256Hex(decision.snapshot) != decision.contentHash)
        return fail(ErrorCode::InvalidInput, what + ": underlagets kontrollsumma stämmer inte med underlaget");
    if (Core::sha256Hex(decision.document) != decision.documentHash)
        return fail(ErrorCode::InvalidInput, what + ": dokumentets kontrollsumma stämmer inte med dokumentet");

    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    WriteContext context;
    context.at = now();
    Decision stored = decision;
    stored.recordedAt = context.at;
    stored.recordedBy = m_user;
    auto insert = query("INSERT INTO report_decision (namnd_id, year, month, kind, dnr, decided_on, recorded_at, recorded_by, "
                        "template, program, content_hash, snapshot, document_hash, document) VALUES "
                        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) RETURNING id",
                        stored.namndId, stored.year, stored.month, stored.kind, stored.dnr, stored.decidedOn,
                        stored.recordedAt, stored.recordedBy, stored.templateName, stored.program, stored.contentHash,
                        stored.snapshot, stored.documentHash, toBase64(stored.document));
    if (!insert)
        return std::unexpected(insert.error());
    auto row = (*insert)->step();
    if (!row) {
        const SqlErrorKind kind = m_db->lastErrorKind();
        (*insert)->reset();
        if (kind == SqlErrorKind::Unique)
            return fail(ErrorCode::Conflict, what + ": nämnden har redan ett beslut med det diarienumret");
        if (kind == SqlErrorKind::ForeignKey)
            return fail(ErrorCode::NotFound, what + ": nämnden " + std::to_string(stored.namndId) + " finns inte");
        return std::unexpected(row.error());
    }
    stored.id = *row ? (*insert)->int64(0) : 0;
    if (auto done = (*insert)->run(); !done)
        return std::unexpected(done.error());
    if (stored.id == 0)
        return fail(ErrorCode::Storage, "databasfel: ingen id kom tillbaka från INSERT");
    if (auto ok = audit(context, "beslut", stored.namndId, std::nullopt, what + " " + stored.kind + " " + periodOf(stored),
                        std::nullopt, "beslutat " + stored.decidedOn + ", underlag " + stored.contentHash, reason);
        !ok)
        return std::unexpected(ok.error());
    // The period the report covers is locked with it (unless it already is).
    if (auto ok = execute("INSERT INTO period_lock (namnd_id, year, month, locked_by, locked_at, reason) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (namnd_id, year, month) DO NOTHING",
                          stored.namndId, stored.year, stored.month, m_user, context.at, "beslut " + stored.dnr);
        !ok)
        return std::unexpected(ok.error());
    if (m_db->changes() > 0)
        if (auto ok = audit(context, "periodlås", stored.namndId, std::nullopt, "period " + periodOf(stored),
                            std::string("olåst"), std::string("låst"), "beslut " + stored.dnr);
            !ok)
            return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

Result<std::vector<Decision>> SqlStore::decisions(Id namndId)
{
    auto st = query("SELECT " + std::string(summaryColumns) + " FROM report_decision WHERE namnd_id = ?1 ORDER BY id", namndId);
    if (!st)
        return std::unexpected(st.error());
    std::vector<Decision> result;
    auto ok = (*st)->forEach([&](const Statement &row) { result.push_back(summaryOf(row)); });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::optional<Decision>> SqlStore::decision(Id namndId, const std::string &dnr)
{
    auto st = query("SELECT " + std::string(summaryColumns) + ", snapshot, document FROM report_decision "
                    "WHERE namnd_id = ?1 AND dnr = ?2",
                    namndId, dnr);
    if (!st)
        return std::unexpected(st.error());
    std::optional<Decision> found;
    std::optional<std::string> encoded;
    auto ok = (*st)->forEach([&](const Statement &row) {
        found = summaryOf(row);
        found->snapshot = row.text(13);
        encoded = row.text(14);
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (!found)
        return found;
    const auto document = fromBase64(*encoded);
    if (!document)
        return fail(ErrorCode::Storage, "beslut " + dnr + ": dokumentet i databasen är skadat");
    found->document = *document;
    if (Core::sha256Hex(found->snapshot) != found->contentHash)
        return fail(ErrorCode::Storage, "beslut " + dnr + ": underlaget i databasen stämmer inte med sin kontrollsumma "
                                                         + found->contentHash + " (ändrat efter beslutet)");
    if (Core::sha256Hex(found->document) != found->documentHash)
        return fail(ErrorCode::Storage, "beslut " + dnr + ": dokumentet i databasen stämmer inte med sin kontrollsumma "
                                                         + found->documentHash + " (ändrat efter beslutet)");
    return found;
}

} // namespace Tertial::Storage
