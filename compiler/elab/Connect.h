// The connectivity rules live in the runtime (runtime/connect/Connect.h), so that a library
// built by `fluxc build` can regenerate a large projection when it loads instead of carrying
// its synapses; elaboration uses them under these names.
#pragma once

#include "connect/Connect.h"
#include "elab/Rng.h"

namespace flux::elab {

using rt::allToAll;
using rt::ColumnBlock;
using rt::Connectivity;
using rt::fixedIndegree;
using rt::fixedIndegreeColumns;
using rt::fixedOutdegree;
using rt::grid;
using rt::oneToOne;
using rt::probability;
using rt::probabilityColumns;
using rt::ring;
using rt::RuleInput;
using rt::smallWorld;
using rt::toCsr;

} // namespace flux::elab
