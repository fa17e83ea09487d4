// Resolving connection endpoints: a name path (`C[i].E`, `E[0 .. 10]`, `osc.tonic`,
// `C.thalamus`) to neurons or to port channels, and naming endpoints for random streams.
#include "elab/Elaborator.h"

#include "syntax/AstPrinter.h"

#include <algorithm>

namespace flux::elab {

using sema::Value;

namespace {

/// A sub-range [begin, end) of a set's flat index space.
NeuronSet slice(const NeuronSet &set, std::uint32_t begin, std::uint32_t end) {
  NeuronSet out;
  std::uint32_t offset = 0;
  for (const auto &r : set.ranges) {
    std::uint32_t size = r.end - r.begin;
    std::uint32_t lo = std::max(begin, offset);
    std::uint32_t hi = std::min(end, offset + size);
    if (lo < hi)
      out.ranges.push_back({r.population, r.begin + (lo - offset), r.begin + (hi - offset)});
    offset += size;
  }
  return out;
}

} // namespace

std::optional<Endpoint> Elaborator::resolveEndpoint(const syntax::Expr &path, std::uint32_t env) {
  auto fail = [&](const std::string &message) -> std::optional<Endpoint> {
    diags.error(path.range) << message;
    failed = true;
    return std::nullopt;
  };
  // Walk the path left to right: a name, then `.member` and `[index]` steps.
  std::vector<const syntax::Expr *> steps;
  for (const syntax::Expr *e = &path;;) {
    steps.push_back(e);
    if (auto *m = dynCast<syntax::MemberExpr>(e))
      e = m->base.get();
    else if (auto *i = dynCast<syntax::IndexExpr>(e))
      e = i->base.get();
    else
      break;
  }
  std::reverse(steps.begin(), steps.end());
  const auto *root = dynCast<syntax::NameExpr>(steps.front());
  if (!root)
    return fail("a connection endpoint must start with a name");
  const Entity *found = lookupEntity(root->name, env);
  if (!found)
    return fail("'" + root->name +
                "' does not name a neuron, population, input, port or "
                "instance here");
  Entity current = *found;
  if (current.kind == Entity::Kind::Extern)
    current = externEntity(*current.externDecl, current.externEnv);
  bool own = true; // the first name is the circuit's own
  for (std::size_t k = 1; k < steps.size(); ++k) {
    const syntax::Expr *step = steps[k];
    if (auto *m = dynCast<syntax::MemberExpr>(step)) {
      if (current.kind != Entity::Kind::Instance && current.kind != Entity::Kind::InstanceArray)
        return fail("'." + m->member.text + "': only instances have members");
      // A member of every instance in an array: their sets concatenated (`C.E`).
      Entity next;
      bool first = true;
      for (std::uint32_t inst : current.instances) {
        auto it = envs[instances[inst].env].entities.find(m->member.text);
        if (it == envs[instances[inst].env].entities.end())
          return fail("'" + instances[inst].circuit->name + "' has no member '" + m->member.text +
                      "'");
        if (first) {
          next = it->second;
          first = false;
          continue;
        }
        if (next.kind != it->second.kind ||
            (next.kind != Entity::Kind::Neurons && next.kind != Entity::Kind::Port))
          return fail("'." + m->member.text +
                      "' over an array of instances must name neurons or ports; index the "
                      "array first, such as 'C[0]." +
                      m->member.text + "'");
        next.set.ranges.insert(next.set.ranges.end(), it->second.set.ranges.begin(),
                               it->second.set.ranges.end());
        next.ports.insert(next.ports.end(), it->second.ports.begin(), it->second.ports.end());
      }
      current = next;
      own = false;
      continue;
    }
    const auto &index = *cast<syntax::IndexExpr>(step);
    auto lo = eval(*index.index, env);
    if (!lo)
      return std::nullopt;
    std::optional<Value> hi;
    if (index.last) {
      hi = eval(*index.last, env);
      if (!hi)
        return std::nullopt;
    }
    if (current.kind == Entity::Kind::Port && current.ports.size() != 1)
      return fail("index one instance first, such as 'C[0].port[1]'");
    std::uint32_t size = current.kind == Entity::Kind::Neurons ? current.set.size()
                         : current.kind == Entity::Kind::Port  ? ports[current.ports[0]].size
                         : current.kind == Entity::Kind::InstanceArray
                             ? static_cast<std::uint32_t>(current.instances.size())
                             : 1;
    double begin = lo->number;
    double end = hi ? hi->number : begin + 1;
    // An empty slice (`E[0 .. 0]`, at the edge of a generator) is allowed: it connects nothing.
    if (begin < 0 || end > size || begin > end || (!hi && begin >= end)) {
      diags.error(step->range) << (hi ? "slice [" + lo->str() + " .. " + hi->str() + "]"
                                      : "index " + lo->str())
                               << " is out of range; this has " << size
                               << (size == 1 ? " element" : " elements");
      failed = true;
      return std::nullopt;
    }
    auto b = static_cast<std::uint32_t>(begin);
    auto e = static_cast<std::uint32_t>(end);
    switch (current.kind) {
    case Entity::Kind::Neurons:
      current.set = slice(current.set, b, e);
      break;
    case Entity::Kind::InstanceArray:
      current.instances =
          std::vector<std::uint32_t>(current.instances.begin() + b, current.instances.begin() + e);
      current.kind = hi ? Entity::Kind::InstanceArray : Entity::Kind::Instance;
      break;
    case Entity::Kind::Port: {
      Endpoint ep;
      ep.isPort = true;
      ep.slices = {{current.ports[0], b, e}};
      ep.ownPort = own;
      if (k + 1 != steps.size())
        return fail("nothing can follow a port's index");
      return ep;
    }
    case Entity::Kind::Instance:
      return fail("'" + instances[current.instances[0]].path +
                  "' is a single instance, not an "
                  "array");
    case Entity::Kind::Extern:
      break; // made a population above
    }
  }
  Endpoint ep;
  if (current.kind == Entity::Kind::Port) {
    ep.isPort = true;
    for (std::uint32_t port : current.ports)
      ep.slices.push_back({port, 0, ports[port].size});
    ep.ownPort = own;
    return ep;
  }
  if (current.kind != Entity::Kind::Neurons)
    return fail("a connection endpoint must be neurons or a port, not a circuit instance; "
                "name one of its members, such as '" +
                root->name + ".E'");
  ep.set = current.set;
  return ep;
}

std::string Elaborator::describe(const NeuronSet &set) const {
  std::string text;
  for (const auto &r : set.ranges)
    text += network.populations[r.population].name + "[" + std::to_string(r.begin) + ".." +
            std::to_string(r.end) + "]";
  return text;
}

std::string Elaborator::describe(const Endpoint &endpoint) const {
  std::string text;
  if (!endpoint.isPort)
    return describe(endpoint.set);
  for (const auto &s : endpoint.slices)
    text += ports[s.port].name + "[" + std::to_string(s.begin) + ".." + std::to_string(s.end) + "]";
  return text;
}

std::string Elaborator::printSpec(const syntax::Spec &spec, std::uint32_t env) {
  // Canonical: values in the rule's parameter order, so `probability(0.1)` and
  // `probability(p = 0.1)` print alike and draw alike (the text keys the random stream).
  std::string name = spec.name.str();
  if (!spec.hasParens && spec.args.empty())
    return name;
  const auto &order = ruleParameters(name);
  std::vector<std::string> values(order.size());
  std::string extra;
  for (std::size_t i = 0; i < spec.args.size(); ++i) {
    const auto &a = spec.args[i];
    std::string error;
    auto value = sema::evaluate(
        *a.value, [&](const std::string &n) { return lookupValue(n, env); }, error);
    std::string text = value ? value->str() : syntax::printExpr(*a.value);
    std::string key = a.name ? a.name->text : (i < order.size() ? order[i] : "");
    auto at = std::find(order.begin(), order.end(), key);
    if (at != order.end())
      values[static_cast<std::size_t>(at - order.begin())] = text;
    else
      extra.append(", ").append(key).append(" = ").append(text);
  }
  while (!values.empty() && values.back().empty())
    values.pop_back(); // optional parameters not given
  std::string text;
  for (const auto &v : values) {
    if (!text.empty())
      text += ", ";
    text += v;
  }
  if (text.empty() && !extra.empty())
    extra = extra.substr(2);
  return name + "(" + text + extra + ")";
}

} // namespace flux::elab
