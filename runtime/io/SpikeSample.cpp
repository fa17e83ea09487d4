// SpikeSample: halving keeps the spikes at even positions of the sample, whose stream
// positions are the multiples of twice the stride, so the sample stays evenly spaced.
#include "io/SpikeSample.h"

#include <algorithm>

namespace flux::rt {

SpikeSample::SpikeSample(std::size_t capacity) : capacity(std::max<std::size_t>(capacity, 1)) {
  // All the room it will ever need, at once: no copies as it grows, and pages a small run never
  // touches cost no memory.
  kept.reserve(2 * this->capacity);
}

void SpikeSample::halve() {
  std::size_t to = 0;
  for (std::size_t from = 0; from < kept.size(); from += 2)
    kept[to++] = kept[from];
  kept.resize(to);
  every *= 2;
}

} // namespace flux::rt
