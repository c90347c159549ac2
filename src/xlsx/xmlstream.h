// SPDX-License-Identifier: GPL-3.0-or-later
// A streaming XML parser over expat for the parts of an XLSX package: element names without their
// namespace prefix, no DTD (refused: an entity-expansion bomb needs one).
#pragma once

#include "core/error.h"

#include <string>
#include <string_view>

struct XML_ParserStruct;

namespace Tertial::Xlsx {

class XmlHandler
{
public:
    virtual ~XmlHandler() = default;
    // `attributes` is expat's NULL-terminated name/value array; see attribute().
    virtual void start(std::string_view name, const char **attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view) {}
    // A handler that found a problem stops the parse by returning it here.
    virtual const std::string *problem() const { return nullptr; }
};

// The value of an attribute by local name ("r", "t", "id" for "r:id"), or nullptr.
const char *attribute(const char **attributes, std::string_view name);

class XmlStream final
{
public:
    XmlStream(XmlHandler &handler, std::string where);
    ~XmlStream();
    XmlStream(const XmlStream &) = delete;
    XmlStream &operator=(const XmlStream &) = delete;

    // Feeds a chunk; false when the parse failed or the handler stopped it (see error()).
    bool feed(std::string_view chunk);
    Core::Result<void> finish();
    std::string error() const;

private:
    static void onStart(void *self, const char *name, const char **attributes);
    static void onEnd(void *self, const char *name);
    static void onText(void *self, const char *text, int length);
    static void onDoctype(void *self, const char *, const char *, const char *, int);
    void stopIfProblem();

    XML_ParserStruct *m_parser;
    XmlHandler &m_handler;
    std::string m_where;
    std::string m_stopReason;
};

} // namespace Tertial::Xlsx
