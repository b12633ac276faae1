// SPDX-License-Identifier: MIT
#pragma once

#include "schema/responseparser.h"

namespace Qonduit {

// QXmlStreamReader, streaming: the document element is the top table, elements with children or
// attributes are tables (repeated siblings are rows), attributes and leaf elements are fields, an
// element's own text beside attributes or children is @Content. Entity expansion is bounded by Qt.
class XmlParser final : public ResponseParser
{
public:
    ResponseFormat format() const override { return ResponseFormat::Xml; }
    ParseProblem parse(std::string_view text, TreeEvents &events) override;
};

} // namespace Qonduit
