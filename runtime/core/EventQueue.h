// The pending-event queue of the exact event-driven engine: a calendar queue (Brown, CACM 1988)
// whose ring of fixed-width time buckets covers the network's largest delay, so a push is an
// append to an unsorted bucket and a pop reads a bucket sorted once when the clock reaches it.
#pragma once

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace flux::rt {

/// Events in time order, simultaneous ones in `Event::operator<` order (the engine's tie order:
/// target, source, synapse index), popped one group of equal times at a time.
///
/// `Event` has a `double time` (ms, finite) and an `operator<` that totally orders events of
/// equal time. Events within one bucket width of the window's start and the horizon after it sit
/// in the ring; later ones wait in an overflow heap and move into the ring as the window
/// advances, so pushes far beyond the horizon are correct, only slower.
template <class Event>
class EventQueue {
public:
  /// A ring of `bucketWidthMs`-wide buckets covering `horizonMs` (the largest delay). Any width
  /// from a few events per bucket to thousands performs within a few percent (bench/event-queue);
  /// far fewer than one event per bucket wastes memory and cache on empty buckets. Times divided
  /// by the width must stay below 2^62.
  EventQueue(double bucketWidthMs, double horizonMs)
      : inverseWidth(1.0 / bucketWidthMs), buckets(bucketCount(bucketWidthMs, horizonMs)),
        mask(buckets.size() - 1), occupied((buckets.size() + 63) / 64, 0) {
    assert(bucketWidthMs > 0 && std::isfinite(inverseWidth) && "bucket width must be positive");
  }

  bool empty() const { return count == 0; }
  std::size_t size() const { return count; }

  /// Adds an event at or after the time of the last popped group.
  void push(const Event &event) {
    assert(std::isfinite(event.time) && "event times must be finite");
    assert(event.time >= lastPopped && "an event cannot be scheduled in the past");
    const std::int64_t slot = slotOf(event.time);
    if (count == 0)
      currentSlot = slot; // an empty queue starts its window anywhere: no overflow round trip
    else if (slot < currentSlot)
      rewind(slot);
    ++count;
    if (slot >= currentSlot + static_cast<std::int64_t>(buckets.size())) {
      overflow.push_back(event);
      std::push_heap(overflow.begin(), overflow.end(), Later{});
      return;
    }
    ++inRing;
    std::vector<Event> &bucket = buckets[index(slot)];
    if (slot == currentSlot && sorted) {
      // Into the bucket being popped (a zero or sub-bucket delay, a fast Poisson source): a
      // heap beside it, merged as groups pop. Inserting in place moved the rest of the bucket,
      // quadratic in a bucket of 100,000 source spikes.
      late.push_back({event, lateCount++});
      std::push_heap(late.begin(), late.end(), After{});
      return;
    }
    bucket.push_back(event);
    markOccupied(index(slot));
  }

  /// The earliest pending time. Precondition: !empty().
  double nextTime() {
    settle();
    const double first = buckets[index(currentSlot)][head].time;
    return late.empty() ? first : std::min(first, late.front().event.time);
  }

  /// Appends every event at the earliest pending time to `out`, in `operator<` order.
  /// Precondition: !empty().
  void popGroup(std::vector<Event> &out) {
    settle();
    std::vector<Event> &bucket = buckets[index(currentSlot)];
    const double time =
        late.empty() ? bucket[head].time : std::min(bucket[head].time, late.front().event.time);
    const std::size_t first = head;
    while (head < bucket.size() && bucket[head].time == time)
      ++head;
    const std::size_t before = out.size();
    for (std::size_t i = first; i < head; ++i)
      out.push_back(bucket[i]); // most groups are one event: no range insert's memmove call
    if (!late.empty() && late.front().event.time == time) {
      // Both halves are sorted: merge them into the order one sorted bucket would give.
      const std::size_t middle = out.size();
      while (!late.empty() && late.front().event.time == time) {
        std::pop_heap(late.begin(), late.end(), After{});
        out.push_back(late.back().event);
        late.pop_back();
      }
      std::inplace_merge(out.begin() + static_cast<std::ptrdiff_t>(before),
                         out.begin() + static_cast<std::ptrdiff_t>(middle), out.end(), Before{});
    }
    count -= out.size() - before;
    inRing -= out.size() - before;
    lastPopped = time;
    if (head == bucket.size() && !late.empty()) {
      // The bucket's own events are done and late ones remain: they become the bucket.
      bucket.clear();
      takeLate(bucket);
      head = 0;
    } else if (head == bucket.size()) {
      // Keep the capacity: the ring comes back to this bucket every horizon.
      bucket.clear();
      clearOccupied(index(currentSlot));
      sorted = false;
      head = 0;
    }
  }

  /// The pending events exactly where they lie (checkpoints). Equal events' pop order depends on
  /// their positions in the buckets and the overflow heap, not on `operator<` alone, so a queue
  /// restored from this pops everything in the order this one would, ties included.
  struct Contents {
    std::vector<std::pair<std::uint64_t, std::vector<Event>>> buckets; // non-empty, by index
    std::vector<Event> overflow;                                       // in heap order
    std::int64_t currentSlot = 0;
    bool sorted = false; // the current bucket is sorted; its popped events are left out
    double lastPopped = -INFINITY;
  };

  Contents contents() const {
    Contents c;
    for (std::size_t i = 0; i < buckets.size(); ++i) {
      if (buckets[i].empty())
        continue;
      const bool current = sorted && i == index(currentSlot);
      std::vector<Event> events(
          buckets[i].begin() + static_cast<std::ptrdiff_t>(current ? head : 0), buckets[i].end());
      if (current)
        mergeLate(events); // in the order they pop in: a restored queue pops them alike
      c.buckets.emplace_back(i, std::move(events));
    }
    c.overflow = overflow;
    c.currentSlot = currentSlot;
    c.sorted = sorted;
    c.lastPopped = lastPopped;
    return c;
  }

  /// Replaces every pending event with `c` (from contents() of a queue of the same geometry);
  /// false, changing nothing, when `c` does not fit this queue: a bucket out of range or
  /// given twice, an event outside its bucket's slot, a time before the last popped one.
  bool restore(Contents c) {
    if (std::isnan(c.lastPopped) || c.lastPopped == INFINITY)
      return false;
    const std::int64_t windowEnd = c.currentSlot + static_cast<std::int64_t>(buckets.size());
    auto badTime = [&](const Event &e) {
      return !std::isfinite(e.time) || e.time < c.lastPopped ||
             std::fabs(e.time * inverseWidth) >= 0x1p62;
    };
    std::vector<std::uint8_t> seen(buckets.size(), 0);
    std::size_t ring = 0;
    for (auto &[i, events] : c.buckets) {
      if (i >= buckets.size() || seen[i] != 0)
        return false;
      seen[i] = 1;
      for (const Event &e : events) {
        if (badTime(e))
          return false;
        const std::int64_t slot = slotOf(e.time);
        if (slot < c.currentSlot || slot >= windowEnd || index(slot) != i)
          return false;
      }
      ring += events.size();
    }
    for (const Event &e : c.overflow)
      if (badTime(e) || slotOf(e.time) < windowEnd)
        return false;
    if (!std::is_heap(c.overflow.begin(), c.overflow.end(), Later{}))
      return false;
    // Sorted means the current bucket has unpopped events in order; an emptied one is not.
    bool currentSorted = false;
    if (c.sorted)
      for (const auto &[i, events] : c.buckets)
        if (i == index(c.currentSlot) && !events.empty()) {
          if (!std::is_sorted(events.begin(), events.end(), Before{}))
            return false;
          currentSorted = true;
        }
    for (auto &bucket : buckets)
      bucket.clear();
    std::fill(occupied.begin(), occupied.end(), 0);
    for (auto &[i, events] : c.buckets) {
      if (events.empty())
        continue;
      buckets[i] = std::move(events);
      markOccupied(i);
    }
    overflow = std::move(c.overflow);
    currentSlot = c.currentSlot;
    sorted = currentSorted;
    head = 0;
    late.clear();
    count = ring + overflow.size();
    inRing = ring;
    lastPopped = c.lastPopped;
    return true;
  }

private:
  /// Ring sizes stay powers of two (slot to bucket is a mask) and at most kMaxBuckets, so a tiny
  /// width over a long horizon costs overflow pushes rather than gigabytes of empty buckets.
  static constexpr std::size_t kMaxBuckets = std::size_t{1} << 18;

  static std::size_t bucketCount(double width, double horizon) {
    // +2: a push at (a time inside the current bucket) + horizon lands at most this far ahead.
    const double wanted = std::ceil(std::max(horizon, 0.0) / width) + 2;
    if (!(wanted < static_cast<double>(kMaxBuckets)))
      return kMaxBuckets;
    return std::bit_ceil(static_cast<std::size_t>(wanted));
  }

  // Function objects, not functions: std::sort inlines a call through a type, not a pointer.
  struct Before {
    bool operator()(const Event &a, const Event &b) const {
      return a.time < b.time || (a.time == b.time && a < b);
    }
  };
  struct Later {
    bool operator()(const Event &a, const Event &b) const { return b.time < a.time; }
  };
  /// An event pushed into the sorted current bucket, numbered in push order: equal events pop
  /// first in, first out, as they did when such a push was inserted after its equals.
  struct LateEvent {
    Event event;
    std::uint64_t order = 0;
  };
  struct LateBefore {
    bool operator()(const LateEvent &a, const LateEvent &b) const {
      return Before{}(a.event, b.event) || (!Before{}(b.event, a.event) && a.order < b.order);
    }
  };
  /// The heap order of `late`: its front is the first to pop.
  struct After {
    bool operator()(const LateEvent &a, const LateEvent &b) const { return LateBefore{}(b, a); }
  };

  /// Merges the late events into `events` (sorted: the bucket's unpopped ones) where a push
  /// inserted after its equals would have put them.
  void mergeLate(std::vector<Event> &events) const {
    std::vector<LateEvent> pending = late;
    mergeSorted(pending, events);
  }

  /// Moves the late events into `bucket` (the current bucket: emptied, or its unpopped events).
  void takeLate(std::vector<Event> &bucket) {
    mergeSorted(late, bucket);
    late.clear();
  }

  /// Sorts `pending` into pop order and merges it into the sorted `events`, after equal ones.
  static void mergeSorted(std::vector<LateEvent> &pending, std::vector<Event> &events) {
    std::sort(pending.begin(), pending.end(), LateBefore{});
    const auto middle = static_cast<std::ptrdiff_t>(events.size());
    for (const LateEvent &e : pending)
      events.push_back(e.event);
    std::inplace_merge(events.begin(), events.begin() + middle, events.end(), Before{});
  }

  /// Multiplying by the inverse is monotonic, so a later time never gets an earlier slot and
  /// equal times always share one.
  std::int64_t slotOf(double time) const { return floorToInt(time * inverseWidth); }

  /// floor without a libm call (x86-64's baseline has no rounding instruction), exact below 2^63.
  static std::int64_t floorToInt(double x) {
    const auto truncated = static_cast<std::int64_t>(x);
    return truncated - (x < static_cast<double>(truncated) ? 1 : 0);
  }
  std::size_t index(std::int64_t slot) const { return static_cast<std::uint64_t>(slot) & mask; }

  bool isOccupied(std::size_t i) const { return (occupied[i / 64] >> (i % 64) & 1) != 0; }
  void markOccupied(std::size_t i) { occupied[i / 64] |= std::uint64_t{1} << (i % 64); }
  void clearOccupied(std::size_t i) { occupied[i / 64] &= ~(std::uint64_t{1} << (i % 64)); }

  /// How many slots after `from` (0 if `from` itself) the next occupied bucket is, scanning the
  /// occupancy bits 64 buckets at a time. Precondition: some bucket is occupied.
  std::size_t distanceToOccupied(std::size_t from) const {
    const std::size_t words = occupied.size();
    std::size_t word = from / 64;
    std::uint64_t bits = occupied[word] & (~std::uint64_t{0} << (from % 64));
    assert(inRing > 0 && "no occupied bucket");
    while (bits == 0) {
      word = word + 1 == words ? 0 : word + 1;
      bits = occupied[word];
    }
    const std::size_t found = word * 64 + static_cast<std::size_t>(std::countr_zero(bits));
    return (found - from) & mask;
  }

  /// Moves the window back to start at `slot`, for an event pushed after nextTime() looked ahead
  /// past it (live input between two pops). The slots from `slot` to the old window's start are
  /// empty, so their buckets hold only events that the shorter window no longer reaches: those
  /// go to the overflow.
  void rewind(std::int64_t slot) {
    if (sorted) { // drop what was popped (none, unless a push broke the precondition)
      std::vector<Event> &current = buckets[index(currentSlot)];
      current.erase(current.begin(), current.begin() + static_cast<std::ptrdiff_t>(head));
      takeLate(current);
    }
    const auto back =
        static_cast<std::size_t>(std::min<std::int64_t>(currentSlot - slot, buckets.size()));
    for (std::size_t d = 0; d < back; ++d) {
      const std::size_t i = index(slot + static_cast<std::int64_t>(d));
      if (!isOccupied(i))
        continue;
      for (const Event &event : buckets[i]) {
        overflow.push_back(event);
        std::push_heap(overflow.begin(), overflow.end(), Later{});
      }
      inRing -= buckets[i].size();
      buckets[i].clear();
      clearOccupied(i);
    }
    currentSlot = slot;
    sorted = false;
    head = 0;
  }

  /// Makes buckets[index(currentSlot)] the sorted bucket of the earliest events, head at the
  /// first unpopped one, advancing the window and pulling overflow events into it on the way.
  void settle() {
    assert(count > 0 && "the queue is empty");
    if (sorted)
      return; // the current bucket still has unpopped events
    if (inRing == 0)
      currentSlot = slotOf(overflow.front().time); // jump over the empty stretch
    else
      currentSlot += static_cast<std::int64_t>(distanceToOccupied(index(currentSlot)));
    // Overflow events all lie past the old window, so past every event in the ring: moving
    // them in cannot put anything before the bucket just found.
    const std::int64_t windowEnd = currentSlot + static_cast<std::int64_t>(buckets.size());
    while (!overflow.empty() && slotOf(overflow.front().time) < windowEnd) {
      std::pop_heap(overflow.begin(), overflow.end(), Later{});
      const std::size_t i = index(slotOf(overflow.back().time));
      buckets[i].push_back(overflow.back());
      markOccupied(i);
      overflow.pop_back();
      ++inRing;
    }
    std::vector<Event> &bucket = buckets[index(currentSlot)];
    sortBucket(bucket);
    sorted = true;
    head = 0;
  }

  /// Sorts the current bucket. Small buckets go to std::sort; larger ones are first distributed
  /// by time into about one sub-bucket per event (a monotonic function of time, so equal times
  /// share a sub-bucket), leaving runs of mostly zero or one event to sort: a comparison sort's
  /// mispredicted branches on random times cost more than the two extra passes.
  void sortBucket(std::vector<Event> &bucket) {
    constexpr std::size_t kSmall = 32;
    constexpr std::size_t kMaxSubBuckets = std::size_t{1} << 16;
    const std::size_t n = bucket.size();
    if (n <= kSmall) {
      std::sort(bucket.begin(), bucket.end(), Before{});
      return;
    }
    const std::size_t subCount = std::min(std::bit_ceil(n), kMaxSubBuckets);
    // Relative to the bucket's start, so the product stays small whatever the time.
    const double bucketStart = static_cast<double>(currentSlot) / inverseWidth;
    const double subScale = inverseWidth * static_cast<double>(subCount);
    const auto last = static_cast<std::int64_t>(subCount - 1);
    runEnd.assign(subCount, 0);
    subOf.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::int64_t sub = floorToInt((bucket[i].time - bucketStart) * subScale);
      subOf[i] = static_cast<std::uint32_t>(std::clamp<std::int64_t>(sub, 0, last));
      ++runEnd[subOf[i]];
    }
    std::size_t end = 0;
    for (std::size_t &size : runEnd)
      size = end += size; // counts become each run's end
    scratch.resize(n);
    for (std::size_t i = n; i-- > 0;)
      scratch[--runEnd[subOf[i]]] = bucket[i]; // ends become starts
    bucket.swap(scratch);
    for (std::size_t sub = 0; sub < subCount; ++sub) {
      const std::size_t begin = runEnd[sub];
      const std::size_t stop = sub + 1 < subCount ? runEnd[sub + 1] : n;
      if (stop - begin <= kShortRun)
        insertionSort(bucket.data() + begin, bucket.data() + stop);
      else
        std::sort(bucket.begin() + static_cast<std::ptrdiff_t>(begin),
                  bucket.begin() + static_cast<std::ptrdiff_t>(stop), Before{});
    }
  }

  /// For the short runs sortBucket leaves, inline: std::sort pays a call even for two events.
  static constexpr std::size_t kShortRun = 8;
  static void insertionSort(Event *first, Event *last) {
    if (last - first < 2)
      return;
    for (Event *i = first + 1; i < last; ++i) {
      if (!Before{}(*i, *(i - 1)))
        continue;
      Event moving = *i;
      Event *j = i;
      for (; j != first && Before{}(moving, *(j - 1)); --j)
        *j = *(j - 1);
      *j = moving;
    }
  }

  double inverseWidth;
  std::vector<std::vector<Event>> buckets; // slot s lives in buckets[s & mask]
  std::size_t mask;
  std::vector<std::uint64_t> occupied; // one bit per bucket: non-empty
  std::vector<Event> overflow;         // min-heap by time: slots >= currentSlot + buckets.size()
  std::int64_t currentSlot = 0;        // the window is [currentSlot, currentSlot + ring size)
  bool sorted = false;                 // the current bucket is sorted and has unpopped events
  std::size_t head = 0;                // its first unpopped event, when sorted
  // Pushed into the sorted current bucket: a heap in After order; empty unless `sorted`, and
  // then the bucket has unpopped events too.
  std::vector<LateEvent> late;
  std::uint64_t lateCount = 0;
  std::size_t count = 0;
  std::size_t inRing = 0;
  double lastPopped = -INFINITY;
  // sortBucket's working space, kept to spare an allocation per bucket.
  std::vector<std::size_t> runEnd;
  std::vector<std::uint32_t> subOf;
  std::vector<Event> scratch;
};

} // namespace flux::rt
