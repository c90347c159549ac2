// SPDX-License-Identifier: GPL-3.0-or-later
// DOCX parts against the ECMA-376 transitional schemas, with libxml2.
#include "ooxmlvalidator.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

namespace Tertial::Reports::Test {

namespace {

constexpr const char *wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char *schemaNamespace = "http://www.w3.org/2001/XMLSchema";

// The folder every schemaLocation is looked up in (the schemas import each other, and Dublin
// Core, by URL): the file of the same name there. Set while a validator loads its schemas.
std::string g_schemaFolder;
xmlExternalEntityLoader g_defaultLoader = nullptr;

xmlParserInputPtr localLoader(const char *url, const char *id, xmlParserCtxtPtr context)
{
    if (url && !g_schemaFolder.empty()) {
        const std::string name = std::filesystem::path(url).filename().string();
        const std::string local = g_schemaFolder + "/" + name;
        if (std::filesystem::exists(local))
            return xmlNewInputFromFile(context, local.c_str());
    }
    return g_defaultLoader ? g_defaultLoader(url, id, context) : nullptr;
}

// xmlStructuredErrorFunc takes a non-const pointer in libxml2 2.9.
void collect(void *sink, xmlError *error)
{
    auto *messages = static_cast<std::vector<std::string> *>(sink);
    std::string text = error->message ? error->message : "?";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    messages->push_back("line " + std::to_string(error->line) + ": " + text);
}

bool isElement(const xmlNode *node, const char *name, const char *ns)
{
    return node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char *>(node->name), name) == 0
        && node->ns && std::strcmp(reinterpret_cast<const char *>(node->ns->href), ns) == 0;
}

std::string attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    std::string text = value ? reinterpret_cast<const char *>(value) : "";
    xmlFree(value);
    return text;
}

// The element names of <xsd:group name="group"> in document order.
void groupElements(const xmlNode *node, const std::string &group, bool inside, std::vector<std::string> &names)
{
    for (const xmlNode *child = node; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        const bool here = inside || (isElement(child, "group", schemaNamespace) && attribute(child, "name") == group);
        if (here && isElement(child, "element", schemaNamespace))
            names.push_back(attribute(child, "name"));
        groupElements(child->children, group, here, names);
    }
}

void checkRunProperties(const xmlNode *node, const std::vector<std::string> &order, std::vector<std::string> &problems)
{
    for (const xmlNode *child = node; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (isElement(child, "rPr", wordNamespace)) {
            long previous = -1;
            std::string previousName;
            for (const xmlNode *property = child->children; property; property = property->next) {
                if (property->type != XML_ELEMENT_NODE)
                    continue;
                const std::string name = reinterpret_cast<const char *>(property->name);
                const auto at = std::find(order.begin(), order.end(), name);
                const long index = at == order.end() ? -1 : at - order.begin();
                if (index >= 0 && index <= previous)
                    problems.push_back("line " + std::to_string(property->line) + ": w:rPr: w:" + name + " after w:"
                                       + previousName + " (ECMA-376 order: " + previousName + " comes after " + name + ")");
                if (index > previous) { // compared with the furthest property so far
                    previous = index;
                    previousName = name;
                }
            }
        }
        checkRunProperties(child->children, order, problems);
    }
}

} // namespace

struct OoxmlValidator::Schema
{
    xmlSchemaPtr schema = nullptr;
    std::vector<std::string> loadProblems;
};

OoxmlValidator::OoxmlValidator(std::string schemaFolder) : m_folder(std::move(schemaFolder))
{
    xmlInitParser();
    if (!g_defaultLoader)
        g_defaultLoader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(localLoader);
    const std::string wml = m_folder + "/wml.xsd";
    if (xmlDocPtr doc = xmlReadFile(wml.c_str(), nullptr, XML_PARSE_NONET)) {
        groupElements(xmlDocGetRootElement(doc), "EG_RPrBase", false, m_runPropertyOrder);
        xmlFreeDoc(doc);
    }
}

OoxmlValidator::~OoxmlValidator()
{
    for (auto &[file, schema] : m_schemas) {
        if (schema->schema)
            xmlSchemaFree(schema->schema);
        delete schema;
    }
}

OoxmlValidator::Schema *OoxmlValidator::schemaFor(const std::string &partName)
{
    std::string file;
    if (partName == "[Content_Types].xml")
        file = "opc-contentTypes.xsd";
    else if (partName.ends_with(".rels"))
        file = "opc-relationships.xsd";
    else if (partName == "docProps/core.xml")
        file = "opc-coreProperties.xsd";
    else if (partName == "docProps/app.xml")
        file = "shared-documentPropertiesExtended.xsd";
    else if (partName.starts_with("word/") && partName.ends_with(".xml"))
        file = "wordprocessingml.xsd";
    else
        return nullptr;
    if (auto it = m_schemas.find(file); it != m_schemas.end())
        return it->second;
    auto *schema = new Schema;
    m_schemas.emplace(file, schema);
    g_schemaFolder = m_folder;
    const std::string path = m_folder + "/" + file;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path.c_str());
    xmlSchemaSetParserStructuredErrors(parser, collect, &schema->loadProblems);
    schema->schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (!schema->schema)
        schema->loadProblems.push_back("the schema " + path + " does not load");
    return schema;
}

std::vector<std::string> OoxmlValidator::problems(const std::string &partName, const std::string &bytes)
{
    Schema *schema = schemaFor(partName);
    if (!schema)
        return {};
    std::vector<std::string> found;
    for (const std::string &problem : schema->loadProblems)
        found.push_back(partName + ": " + problem);
    if (!schema->schema)
        return found;
    std::vector<std::string> messages;
    xmlDocPtr doc = xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), partName.c_str(), nullptr, XML_PARSE_NONET);
    if (!doc) {
        found.push_back(partName + ": not well-formed XML");
        return found;
    }
    xmlSchemaValidCtxtPtr validation = xmlSchemaNewValidCtxt(schema->schema);
    xmlSchemaSetValidStructuredErrors(validation, collect, &messages);
    xmlSchemaValidateDoc(validation, doc);
    xmlSchemaFreeValidCtxt(validation);
    if (partName.starts_with("word/"))
        checkRunProperties(xmlDocGetRootElement(doc), m_runPropertyOrder, messages);
    xmlFreeDoc(doc);
    for (const std::string &message : messages)
        found.push_back(partName + ": " + message);
    return found;
}

} // namespace Tertial::Reports::Test
