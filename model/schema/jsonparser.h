// SPDX-License-Identifier: MIT
#pragma once

#include "schema/responseparser.h"

namespace Qonduit {

// RapidJSON's SAX reader in its iterative mode: no recursion however deep the response nests, no
// document in memory, numbers passed on as their text so that the preview shows them as sent.
class JsonParser final : public ResponseParser
{
public:
    ResponseFormat format() const override { return ResponseFormat::Json; }
    ParseProblem parse(std::string_view text, TreeEvents &events) override;
};

} // namespace Qonduit
