// SPDX-License-Identifier: GPL-3.0-or-later
// Step 7: the personnel register and the decided report versions. Never change a released step.
#include "reportschema.h"

namespace Tertial::Storage {

namespace {

// personnel: personalregistret (docs/formats.md "personal"); unit '' = the whole nämnd, month 0
// = the year's value; ordering = the register's row order (the file's lines, new rows last).
//
// report_decision: a decided report (beslutad version), immutable once written: the store has
// no call that changes or removes one, the server allows neither (serverschema.cpp), and the
// content hash (SHA-256 of the snapshot) and document hash let a reader check both. snapshot is
// the canonical text of everything the draft drew on (src/reports/decisionsnapshot.h); document
// the rendered DOCX in base64 (portable TEXT, no engine's BLOB type).
constexpr std::string_view tables = R"SQL(
CREATE TABLE personnel (
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    unit TEXT NOT NULL,
    year INTEGER NOT NULL,
    month INTEGER NOT NULL CHECK (month BETWEEN 0 AND 12),
    measure TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    ordering INTEGER NOT NULL,
    PRIMARY KEY (namnd_id, unit, year, month, measure)
);
CREATE TABLE report_decision (
    id {id},
    namnd_id BIGINT NOT NULL REFERENCES namnd (id),
    year INTEGER NOT NULL,
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    kind TEXT NOT NULL CHECK (kind IN ('manad', 'tertial', 'delar', 'ar')),
    dnr TEXT NOT NULL CHECK (dnr <> ''),
    decided_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    template TEXT NOT NULL,
    program TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    document_hash TEXT NOT NULL,
    document TEXT NOT NULL,
    UNIQUE (namnd_id, dnr)
);
CREATE INDEX report_decision_period ON report_decision (namnd_id, year, month);
)SQL";

} // namespace

std::string_view reportTablesSql()
{
    return tables;
}

} // namespace Tertial::Storage
