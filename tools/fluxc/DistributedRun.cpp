#include "DistributedRun.h"

#include "distributed/MpiExchange.h"

namespace flux::tool {

void joinMpiJob(DistributedRun &run) {
  if (!run.exchange)
    run.exchange = rt::openMpiExchange();
}

} // namespace flux::tool
