// SPDX-License-Identifier: MIT
#pragma once

#include "schema/schema.h"

#include <QList>

namespace Qonduit {

// The names Qlik's select dialog gives tables and fields (docs/qlik-formats.md, "Names"): the one
// place they are made, for the select-data page, the command line and the script alike.
//
// - Data fields: one counter per source name, tables walked children before parents (post-order);
//   the first table in that walk to have a name keeps it, the k-th later one gets name_u<k-1>.
// - Tables: one counter per source name, parents before children (pre-order); the key fields carry
//   the table's name (__KEY_coordinates_u0), so they are numbered parent before child as Qlik does.
// - Table names and field names are separate namespaces.
//
// Tables must hold their data fields only (no key fields yet), with sourceName, parent and children
// set; every name is (re)written. Names move when a later page or a re-parse brings a new table, so
// anything kept across parses (ticks, renames) is keyed by path and source name, never by these.
void assignQlikNames(QList<SchemaTable> &tables);

} // namespace Qonduit
