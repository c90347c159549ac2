// SPDX-License-Identifier: GPL-3.0-or-later
// Validates DOCX parts against the ECMA-376 transitional schemas (libxml2) and the order of run
// properties (ooxml-schema/README.md).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace Tertial::Reports::Test {

class OoxmlValidator final
{
public:
    // `schemaFolder` holds the schemas of ooxml-schema/.
    explicit OoxmlValidator(std::string schemaFolder);
    ~OoxmlValidator();
    OoxmlValidator(const OoxmlValidator &) = delete;
    OoxmlValidator &operator=(const OoxmlValidator &) = delete;

    // Every problem of one part of a package ("word/document.xml: line 1: …"), empty when the
    // part is valid. Parts other than XML (media) have no problems.
    std::vector<std::string> problems(const std::string &partName, const std::string &bytes);

    // The children of w:rPr in the order wml.xsd lists them in EG_RPrBase.
    const std::vector<std::string> &runPropertyOrder() const { return m_runPropertyOrder; }

private:
    struct Schema;
    Schema *schemaFor(const std::string &partName);
    std::string m_folder;
    std::map<std::string, Schema *> m_schemas; // by schema file
    std::vector<std::string> m_runPropertyOrder;
};

} // namespace Tertial::Reports::Test
