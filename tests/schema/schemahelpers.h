// SPDX-License-Identifier: MIT
#pragma once

#include "schema/csvparser.h"
#include "schema/schemapass.h"
#include "schema/schemareport.h"

// Parses a body in one go, as `qonduit-cli schema --response` does.
inline Qonduit::Schema parseSchema(
    const QByteArray &body, const Qonduit::SchemaOptions &options = {}, const QByteArray &contentType = {})
{
    Qonduit::SchemaBuilder builder(options.builderOptions());
    const Qonduit::BodyParse parse = Qonduit::parseBody(builder,
        std::string_view(body.constData(), std::size_t(body.size())), contentType, options, nullptr, true);
    return Qonduit::finishedSchema(builder, parse, body.size());
}

inline Qonduit::SchemaOptions optionsFor(Qonduit::ResponseFormat format,
    Qonduit::KeyGenerationStrategy keys = Qonduit::KeyGenerationStrategy::SequenceId)
{
    Qonduit::SchemaOptions options;
    options.format = format;
    options.keys = keys;
    return options;
}
