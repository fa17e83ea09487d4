// The Flux abstract syntax tree: a typed tree with a source range on every node. It is built
// once by parse() and never changed afterwards: later stages read it through const references
// and produce their own data structures (sema's CheckedAst), they do not annotate it.
#pragma once

#include "support/Casting.h"
#include "support/SourceManager.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace flux::syntax {

/// A name as written, with where it was written.
struct Ident {
  std::string text;
  SourceRange range;
};

/// `stdlib.neurons`, `Mlif`.
struct QualifiedName {
  std::vector<Ident> parts;
  SourceRange range;

  std::string str() const;
};

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

enum class ExprKind { Number, Bool, String, Name, Member, Index, Call, Unary, Binary };

class Expr {
public:
  virtual ~Expr() = default;
  Expr(const Expr &) = delete;
  Expr &operator=(const Expr &) = delete;

  ExprKind kind() const { return exprKind; }
  SourceRange range;

protected:
  Expr(ExprKind kind, SourceRange range) : range(range), exprKind(kind) {}

private:
  ExprKind exprKind;
};

using ExprPtr = std::unique_ptr<const Expr>;

/// The unit written after a number: `ms`, `per ms`, `mV per ms`. Either part may be empty.
struct Unit {
  std::string numerator;
  std::string denominator;
  SourceRange range;            // the whole unit
  SourceRange numeratorRange;   // invalid when there is no numerator
  SourceRange denominatorRange; // invalid when there is no denominator

  std::string str() const;
};

struct NumberExpr final : Expr {
  NumberExpr(SourceRange range, std::string spelling, double value, bool isInteger,
             std::optional<Unit> unit)
      : Expr(ExprKind::Number, range), spelling(std::move(spelling)), value(value),
        isInteger(isInteger), unit(std::move(unit)) {}
  static bool classof(const Expr *e) { return e->kind() == ExprKind::Number; }

  std::string spelling; // as written, digit separators included
  double value;
  bool isInteger; // no '.' and no exponent
  std::optional<Unit> unit;
};

struct BoolExpr final : Expr {
  BoolExpr(SourceRange range, bool value) : Expr(ExprKind::Bool, range), value(value) {}
  static bool classof(const Expr *e) { return e->kind() == ExprKind::Bool; }
  bool value;
};

struct StringExpr final : Expr {
  StringExpr(SourceRange range, std::string value)
      : Expr(ExprKind::String, range), value(std::move(value)) {}
  static bool classof(const Expr *e) { return e->kind() == ExprKind::String; }
  std::string value; // escapes resolved
};

struct NameExpr final : Expr {
  NameExpr(SourceRange range, std::string name)
      : Expr(ExprKind::Name, range), name(std::move(name)) {}
  static bool classof(const Expr *e) { return e->kind() == ExprKind::Name; }
  std::string name;
};

/// `base.member`
struct MemberExpr final : Expr {
  MemberExpr(SourceRange range, ExprPtr base, Ident member)
      : Expr(ExprKind::Member, range), base(std::move(base)), member(std::move(member)) {}
  static bool classof(const Expr *e) { return e->kind() == ExprKind::Member; }
  ExprPtr base;
  Ident member;
};

/// `base[index]`, or the slice `base[index .. last]` (last is exclusive).
struct IndexExpr final : Expr {
  IndexExpr(SourceRange range, ExprPtr base, ExprPtr index, ExprPtr last)
      : Expr(ExprKind::Index, range), base(std::move(base)), index(std::move(index)),
        last(std::move(last)) {}
  static bool classof(const Expr *e) { return e->kind() == ExprKind::Index; }
  ExprPtr base;
  ExprPtr index;
  ExprPtr last; // null unless this is a slice
};

/// `f(x, name = y)`: positional arguments have an empty name.
struct Argument {
  std::optional<Ident> name;
  ExprPtr value;
  SourceRange range;
};

struct CallExpr final : Expr {
  CallExpr(SourceRange range, ExprPtr callee, std::vector<Argument> args)
      : Expr(ExprKind::Call, range), callee(std::move(callee)), args(std::move(args)) {}
  static bool classof(const Expr *e) { return e->kind() == ExprKind::Call; }
  ExprPtr callee;
  std::vector<Argument> args;
};

enum class UnaryOp { Negate, Plus, Not };

struct UnaryExpr final : Expr {
  UnaryExpr(SourceRange range, UnaryOp op, ExprPtr operand)
      : Expr(ExprKind::Unary, range), op(op), operand(std::move(operand)) {}
  static bool classof(const Expr *e) { return e->kind() == ExprKind::Unary; }
  UnaryOp op;
  ExprPtr operand;
};

enum class BinaryOp {
  Mul,
  Div,
  Mod,
  Add,
  Sub,
  Less,
  LessEq,
  Greater,
  GreaterEq,
  Eq,
  NotEq,
  And,
  Or
};

struct BinaryExpr final : Expr {
  BinaryExpr(SourceRange range, BinaryOp op, ExprPtr lhs, ExprPtr rhs)
      : Expr(ExprKind::Binary, range), op(op), lhs(std::move(lhs)), rhs(std::move(rhs)) {}
  static bool classof(const Expr *e) { return e->kind() == ExprKind::Binary; }
  BinaryOp op;
  ExprPtr lhs;
  ExprPtr rhs;
};

/// Calls `visit` on `expr` and on every expression inside it, parents before children.
void forEachSubexpression(const Expr &expr, const std::function<void(const Expr &)> &visit);

/// Source spelling of an operator ("-", "not", "<=", "and").
const char *spelling(UnaryOp op);
const char *spelling(BinaryOp op);
/// Binding strength: higher binds tighter. Unary operators bind tighter than every binary one.
int precedence(BinaryOp op);

// ---------------------------------------------------------------------------------------------
// Statements (bodies of `evolve` and event handlers)
// ---------------------------------------------------------------------------------------------

enum class StmtKind { Let, Assign, If, Fire, Refractory, Expr };

class Stmt {
public:
  virtual ~Stmt() = default;
  Stmt(const Stmt &) = delete;
  Stmt &operator=(const Stmt &) = delete;

  StmtKind kind() const { return stmtKind; }
  SourceRange range;

protected:
  Stmt(StmtKind kind, SourceRange range) : range(range), stmtKind(kind) {}

private:
  StmtKind stmtKind;
};

using StmtPtr = std::unique_ptr<const Stmt>;
using Block = std::vector<StmtPtr>;

struct LetStmt final : Stmt {
  LetStmt(SourceRange range, Ident name, ExprPtr value)
      : Stmt(StmtKind::Let, range), name(std::move(name)), value(std::move(value)) {}
  static bool classof(const Stmt *s) { return s->kind() == StmtKind::Let; }
  Ident name;
  ExprPtr value;
};

enum class AssignOp { Set, Add, Sub, Mul, Div };
const char *spelling(AssignOp op);

struct AssignStmt final : Stmt {
  AssignStmt(SourceRange range, AssignOp op, ExprPtr target, ExprPtr value)
      : Stmt(StmtKind::Assign, range), op(op), target(std::move(target)), value(std::move(value)) {}
  static bool classof(const Stmt *s) { return s->kind() == StmtKind::Assign; }
  AssignOp op;
  ExprPtr target; // a name, member or index expression
  ExprPtr value;
};

/// One `if`/`else if` arm.
struct IfBranch {
  ExprPtr condition;
  Block body;
};

/// `if a {..} else if b {..} else {..}`: the chain is flat, so long chains do not nest.
struct IfStmt final : Stmt {
  IfStmt(SourceRange range, std::vector<IfBranch> branches, std::optional<Block> elseBody)
      : Stmt(StmtKind::If, range), branches(std::move(branches)), elseBody(std::move(elseBody)) {}
  static bool classof(const Stmt *s) { return s->kind() == StmtKind::If; }
  std::vector<IfBranch> branches;
  std::optional<Block> elseBody;
};

struct FireStmt final : Stmt {
  explicit FireStmt(SourceRange range) : Stmt(StmtKind::Fire, range) {}
  static bool classof(const Stmt *s) { return s->kind() == StmtKind::Fire; }
};

/// `refractory for <duration>`
struct RefractoryStmt final : Stmt {
  RefractoryStmt(SourceRange range, ExprPtr duration)
      : Stmt(StmtKind::Refractory, range), duration(std::move(duration)) {}
  static bool classof(const Stmt *s) { return s->kind() == StmtKind::Refractory; }
  ExprPtr duration;
};

/// A call standing alone, such as `deliver(w)`; other expressions cannot be statements.
struct ExprStmt final : Stmt {
  ExprStmt(SourceRange range, ExprPtr expr) : Stmt(StmtKind::Expr, range), expr(std::move(expr)) {}
  static bool classof(const Stmt *s) { return s->kind() == StmtKind::Expr; }
  ExprPtr expr;
};

// ---------------------------------------------------------------------------------------------
// Declarations: everything that can stand in a file, a model body or a circuit body. The
// grammar decides which kinds may appear where.
// ---------------------------------------------------------------------------------------------

enum class DeclKind {
  Import,
  Model,
  Circuit,
  ExternPort,
  ExternFn,
  Let,
  Override,
  // model members
  Param,
  State,
  Evolve,
  Handler,
  FireWhen,
  // circuit members
  Port,
  Neuron,
  Population,
  Instance,
  Input,
  Connect,
  For,
  If,
};

class Decl {
public:
  virtual ~Decl() = default;
  Decl(const Decl &) = delete;
  Decl &operator=(const Decl &) = delete;

  DeclKind kind() const { return declKind; }
  SourceRange range;
  std::string doc; // text of the `///` or `/** */` comments right before it, if any

protected:
  Decl(DeclKind kind, SourceRange range) : range(range), declKind(kind) {}

private:
  DeclKind declKind;
};

using DeclPtr = std::unique_ptr<const Decl>;
using DeclList = std::vector<DeclPtr>;

/// `import stdlib.neurons`, `import "lib/cells.flux" as cells`
struct ImportDecl final : Decl {
  ImportDecl(SourceRange range, std::optional<QualifiedName> module, std::optional<Ident> path,
             std::optional<Ident> alias)
      : Decl(DeclKind::Import, range), module(std::move(module)), path(std::move(path)),
        alias(std::move(alias)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Import; }
  std::optional<QualifiedName> module; // exactly one of module and path is set
  std::optional<Ident> path;           // the string's value
  std::optional<Ident> alias;
};

enum class ModelKind { Neuron, Synapse };

/// `neuron Mlif extends Base { ... }` or `synapse Stdp { ... }`
struct ModelDecl final : Decl {
  ModelDecl(SourceRange range, ModelKind modelKind, Ident name, std::optional<QualifiedName> base,
            DeclList members)
      : Decl(DeclKind::Model, range), modelKind(modelKind), name(std::move(name)),
        base(std::move(base)), members(std::move(members)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Model; }
  ModelKind modelKind;
  Ident name;
  std::optional<QualifiedName> base;
  DeclList members;
};

/// `n: int = 100` in a circuit's parameter list.
struct CircuitParam {
  Ident name;
  std::optional<Ident> type;
  ExprPtr defaultValue; // may be null
  SourceRange range;
};

/// `circuit Column(n: int = 100) extends Base { ... }`
struct CircuitDecl final : Decl {
  CircuitDecl(SourceRange range, Ident name, std::vector<CircuitParam> params,
              std::optional<QualifiedName> base, DeclList members)
      : Decl(DeclKind::Circuit, range), name(std::move(name)), params(std::move(params)),
        base(std::move(base)), members(std::move(members)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Circuit; }
  Ident name;
  std::vector<CircuitParam> params;
  std::optional<QualifiedName> base;
  DeclList members;
};

enum class PortDirection { In, Out };

/// `extern input camera[784]`, `extern output motor[4]`
struct ExternPortDecl final : Decl {
  ExternPortDecl(SourceRange range, PortDirection direction, Ident name, ExprPtr size)
      : Decl(DeclKind::ExternPort, range), direction(direction), name(std::move(name)),
        size(std::move(size)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::ExternPort; }
  PortDirection direction;
  Ident name;
  ExprPtr size; // null for a single channel
};

struct FnParam {
  Ident name;
  Ident type;
};

/// `extern fn reward() -> real`
struct ExternFnDecl final : Decl {
  ExternFnDecl(SourceRange range, Ident name, std::vector<FnParam> params,
               std::optional<Ident> result)
      : Decl(DeclKind::ExternFn, range), name(std::move(name)), params(std::move(params)),
        result(std::move(result)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::ExternFn; }
  Ident name;
  std::vector<FnParam> params;
  std::optional<Ident> result;
};

/// `let ne = round(n * ei)`
struct LetDecl final : Decl {
  LetDecl(SourceRange range, Ident name, std::optional<Ident> type, ExprPtr value)
      : Decl(DeclKind::Let, range), name(std::move(name)), type(std::move(type)),
        value(std::move(value)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Let; }
  Ident name;
  std::optional<Ident> type;
  ExprPtr value;
};

/// `threshold = 0.6`: a new default for an inherited parameter, in a derived model or circuit,
/// or for one neuron or population (`neuron a : Mlif { threshold = 0.8 }`).
struct OverrideDecl final : Decl {
  OverrideDecl(SourceRange range, Ident name, ExprPtr value)
      : Decl(DeclKind::Override, range), name(std::move(name)), value(std::move(value)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Override; }
  Ident name;
  ExprPtr value;
};

/// `param leak: rate = 0.05 per ms`
struct ParamDecl final : Decl {
  ParamDecl(SourceRange range, Ident name, std::optional<Ident> type, ExprPtr defaultValue)
      : Decl(DeclKind::Param, range), name(std::move(name)), type(std::move(type)),
        defaultValue(std::move(defaultValue)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Param; }
  Ident name;
  std::optional<Ident> type;
  ExprPtr defaultValue; // may be null: then every instance must set it
};

/// `state level = rest`
struct StateDecl final : Decl {
  StateDecl(SourceRange range, Ident name, std::optional<Ident> type, ExprPtr initial)
      : Decl(DeclKind::State, range), name(std::move(name)), type(std::move(type)),
        initial(std::move(initial)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::State; }
  Ident name;
  std::optional<Ident> type;
  ExprPtr initial;
};

/// `evolve(dt) { ... }`: the closed-form change over an input-free interval of length dt.
struct EvolveDecl final : Decl {
  EvolveDecl(SourceRange range, Ident interval, Block body)
      : Decl(DeclKind::Evolve, range), interval(std::move(interval)), body(std::move(body)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Evolve; }
  Ident interval;
  Block body;
};

/// `on direct(w) { ... }`, `on fire { ... }`
struct HandlerDecl final : Decl {
  HandlerDecl(SourceRange range, Ident event, std::vector<Ident> params, Block body)
      : Decl(DeclKind::Handler, range), event(std::move(event)), params(std::move(params)),
        body(std::move(body)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Handler; }
  Ident event;
  std::vector<Ident> params;
  Block body;
};

/// `fire when level >= theta checked every 0.1 ms`
struct FireWhenDecl final : Decl {
  FireWhenDecl(SourceRange range, ExprPtr condition, ExprPtr checkEvery)
      : Decl(DeclKind::FireWhen, range), condition(std::move(condition)),
        checkEvery(std::move(checkEvery)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::FireWhen; }
  ExprPtr condition;
  ExprPtr checkEvery; // null: checked when an input arrives
};

/// `in drive`, `out motor[4], rhythm`: one declaration per name.
struct PortDecl final : Decl {
  PortDecl(SourceRange range, PortDirection direction, Ident name, ExprPtr size)
      : Decl(DeclKind::Port, range), direction(direction), name(std::move(name)),
        size(std::move(size)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Port; }
  PortDirection direction;
  Ident name;
  ExprPtr size; // null for a single channel
};

/// `neuron a, b : Mlif { threshold = 0.8 }`
struct NeuronDecl final : Decl {
  NeuronDecl(SourceRange range, std::vector<Ident> names, QualifiedName model,
             std::vector<std::unique_ptr<const OverrideDecl>> overrides)
      : Decl(DeclKind::Neuron, range), names(std::move(names)), model(std::move(model)),
        overrides(std::move(overrides)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Neuron; }
  std::vector<Ident> names;
  QualifiedName model;
  std::vector<std::unique_ptr<const OverrideDecl>> overrides;
};

/// `population E[800] : Mlif { threshold = 0.6 }`
struct PopulationDecl final : Decl {
  PopulationDecl(SourceRange range, Ident name, ExprPtr size, QualifiedName model,
                 std::vector<std::unique_ptr<const OverrideDecl>> overrides)
      : Decl(DeclKind::Population, range), name(std::move(name)), size(std::move(size)),
        model(std::move(model)), overrides(std::move(overrides)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Population; }
  Ident name;
  ExprPtr size;
  QualifiedName model;
  std::vector<std::unique_ptr<const OverrideDecl>> overrides;
};

/// `name(args)`: a synapse after ':', a connectivity rule after 'with', a sub-circuit or a source.
struct Spec {
  QualifiedName name;
  std::vector<Argument> args;
  bool hasParens = false; // `one_to_one` and `one_to_one()` print as written
  SourceRange range;
};

/// `instance C[64] : Column(n = 100)`: one sub-circuit or an array of them.
struct InstanceDecl final : Decl {
  InstanceDecl(SourceRange range, Ident name, ExprPtr count, Spec circuit)
      : Decl(DeclKind::Instance, range), name(std::move(name)), count(std::move(count)),
        circuit(std::move(circuit)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Instance; }
  Ident name;
  ExprPtr count; // null for a single instance
  Spec circuit;
};

/// `input noise[64] : poisson(rate = 5 Hz)`: a spike source inside a circuit.
struct InputDecl final : Decl {
  InputDecl(SourceRange range, Ident name, ExprPtr size, Spec source)
      : Decl(DeclKind::Input, range), name(std::move(name)), size(std::move(size)),
        source(std::move(source)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Input; }
  Ident name;
  ExprPtr size; // null for a single source
  Spec source;
};

/// `connect E -> I : direct(w = 0.2) with probability(0.1)` or the shorthand `a -> b : ...`
struct ConnectDecl final : Decl {
  ConnectDecl(SourceRange range, bool keyword, ExprPtr source, ExprPtr target,
              std::optional<Spec> synapse, std::optional<Spec> rule)
      : Decl(DeclKind::Connect, range), keyword(keyword), source(std::move(source)),
        target(std::move(target)), synapse(std::move(synapse)), rule(std::move(rule)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::Connect; }
  bool keyword; // written with 'connect'
  ExprPtr source;
  ExprPtr target;
  std::optional<Spec> synapse; // none: a port binding such as `a -> rhythm`
  std::optional<Spec> rule;    // none: the default rule
};

/// `for i in 0 .. n { ... }`: a generator, unrolled at elaboration.
struct ForDecl final : Decl {
  ForDecl(SourceRange range, Ident var, ExprPtr first, ExprPtr last, DeclList body)
      : Decl(DeclKind::For, range), var(std::move(var)), first(std::move(first)),
        last(std::move(last)), body(std::move(body)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::For; }
  Ident var;
  ExprPtr first;
  ExprPtr last; // exclusive
  DeclList body;
};

struct IfDeclBranch {
  ExprPtr condition;
  DeclList body;
};

/// `if i % 2 == 0 { ... } else { ... }` among circuit members: a generator.
struct IfDecl final : Decl {
  IfDecl(SourceRange range, std::vector<IfDeclBranch> branches, std::optional<DeclList> elseBody)
      : Decl(DeclKind::If, range), branches(std::move(branches)), elseBody(std::move(elseBody)) {}
  static bool classof(const Decl *d) { return d->kind() == DeclKind::If; }
  std::vector<IfDeclBranch> branches;
  std::optional<DeclList> elseBody;
};

/// One parsed file.
struct Module {
  std::string path;
  FileId file = 0;
  DeclList decls;
};

/// The result of parsing one file: immutable from here on.
class Ast {
public:
  explicit Ast(std::unique_ptr<const Module> module) : root(std::move(module)) {}
  const Module &module() const { return *root; }

private:
  std::shared_ptr<const Module> root;
};

} // namespace flux::syntax
