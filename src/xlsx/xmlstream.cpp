// SPDX-License-Identifier: GPL-3.0-or-later
// The expat adapter.
#include "xmlstream.h"

#include <expat.h>

#include <cstring>

namespace Tertial::Xlsx {
namespace {

std::string_view localName(const char *name)
{
    std::string_view n(name);
    const auto colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

} // namespace

const char *attribute(const char **attributes, std::string_view name)
{
    for (const char **a = attributes; a && *a; a += 2)
        if (localName(a[0]) == name)
            return a[1];
    return nullptr;
}

XmlStream::XmlStream(XmlHandler &handler, std::string where)
    : m_parser(XML_ParserCreate("UTF-8")), m_handler(handler), m_where(std::move(where))
{
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &XmlStream::onStart, &XmlStream::onEnd);
    XML_SetCharacterDataHandler(m_parser, &XmlStream::onText);
    XML_SetStartDoctypeDeclHandler(m_parser, &XmlStream::onDoctype);
}

XmlStream::~XmlStream()
{
    XML_ParserFree(m_parser);
}

void XmlStream::onStart(void *self, const char *name, const char **attributes)
{
    auto *s = static_cast<XmlStream *>(self);
    s->m_handler.start(localName(name), attributes);
    s->stopIfProblem();
}

void XmlStream::onEnd(void *self, const char *name)
{
    auto *s = static_cast<XmlStream *>(self);
    s->m_handler.end(localName(name));
    s->stopIfProblem();
}

void XmlStream::onText(void *self, const char *text, int length)
{
    auto *s = static_cast<XmlStream *>(self);
    s->m_handler.text(std::string_view(text, static_cast<std::size_t>(length)));
    s->stopIfProblem();
}

void XmlStream::onDoctype(void *self, const char *, const char *, const char *, int)
{
    auto *s = static_cast<XmlStream *>(self);
    if (s->m_stopReason.empty())
        s->m_stopReason = s->m_where + ": en DTD (<!DOCTYPE>) hör inte hemma i en XLSX-del, förväntade ren OOXML";
    XML_StopParser(s->m_parser, XML_FALSE);
}

void XmlStream::stopIfProblem()
{
    if (m_stopReason.empty())
        if (const std::string *p = m_handler.problem()) {
            m_stopReason = *p;
            XML_StopParser(m_parser, XML_FALSE);
        }
}

bool XmlStream::feed(std::string_view chunk)
{
    if (!m_stopReason.empty())
        return false;
    if (XML_Parse(m_parser, chunk.data(), static_cast<int>(chunk.size()), XML_FALSE) != XML_STATUS_OK)
        return false;
    return m_stopReason.empty();
}

Core::Result<void> XmlStream::finish()
{
    if (m_stopReason.empty() && XML_GetErrorCode(m_parser) == XML_ERROR_NONE &&
        XML_Parse(m_parser, nullptr, 0, XML_TRUE) == XML_STATUS_OK)
        return {};
    return Core::fail(Core::ErrorCode::InvalidInput, error());
}

std::string XmlStream::error() const
{
    if (!m_stopReason.empty())
        return m_stopReason;
    return m_where + ": rad " + std::to_string(XML_GetCurrentLineNumber(m_parser)) + ": " +
           XML_ErrorString(XML_GetErrorCode(m_parser)) + ", förväntade välformad XML";
}

} // namespace Tertial::Xlsx
