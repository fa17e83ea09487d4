// The Flux language: the only grammar. ANTLR generates the lexer and parser into the build
// directory at build time; compiler/syntax/AstBuilder.cpp turns the parse tree into the AST and
// is the only code that sees ANTLR types. docs/language.md is the reference for users.
//
// Statements and members need no terminator: ';' is optional everywhere, and ANTLR's
// adaptive lookahead decides where a statement ends (no statement starts with an operator).
// Errors in tokens (stray characters, unterminated strings and comments) are lexed onto the
// hidden channel and reported by the parser driver in Flux's own words.
grammar Flux;

@parser::members {
/// A unit belongs to the number before it only on the same line: `v = 1` followed by
/// `emit(v)` on the next line is two statements, not `(1 emit)(v)`.
bool unitOnSameLine() { return _input->LT(-1)->getLine() == _input->LT(1)->getLine(); }
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

sourceFile : topLevel* EOF ;

topLevel
    : importDecl
    | modelDecl
    | circuitDecl
    | externDecl
    | letDecl
    ;

importDecl : 'import' (qualifiedName | STRING) ('as' name)? ';'? ;

qualifiedName : name ('.' name)* ;

// Identifiers. A few words are keywords only where they introduce syntax, and stay usable as
// names everywhere else (a model may have a parameter called 'refractory').
name : ID | 'refractory' | 'evolve' | 'checked' | 'every' | 'when' | 'as' ;

typeName : name ;

// ---------------------------------------------------------------------------------------------
// Neuron and synapse models
// ---------------------------------------------------------------------------------------------

modelDecl : kind=('neuron' | 'synapse') name ('extends' qualifiedName)? '{' modelMember* '}' ;

modelMember
    : 'param' name (':' typeName)? ('=' expr)? ';'?              # paramDecl
    | 'state' name (':' typeName)? '=' expr ';'?                 # stateDecl
    | 'evolve' '(' name ')' block                                # evolveDecl
    | 'on' eventName ('(' name (',' name)* ')')? block           # handlerDecl
    | 'fire' 'when' expr ('checked' 'every' expr)? ';'?          # fireWhenDecl
    | override ';'?                                              # overrideDecl
    ;

eventName : name | 'fire' ;

override : name '=' expr ;

block : '{' statement* '}' ;

// Assignment targets and call statements start with a name, never with an operator, so the
// parser can tell where an expression ends without looking far ahead.
statement
    : 'let' name '=' expr ';'?                                   # letStmt
    | 'if' expr block ('else' 'if' expr block)* ('else' block)?  # ifStmt
    | 'fire' ';'?                                                # fireStmt
    | 'refractory' 'for' expr ';'?                               # refractoryStmt
    | path op=('=' | '+=' | '-=' | '*=' | '/=') expr ';'?        # assignStmt
    | path ('(' arguments? ')')? ';'?                            # exprStmt
    ;

// `level`, `post.mod`, `C[i].E`, `E[0 .. 10]`: a name followed by members and indices.
path : name ('.' name | '[' expr ('..' expr)? ']')* ;

// ---------------------------------------------------------------------------------------------
// Circuits
// ---------------------------------------------------------------------------------------------

circuitDecl
    : 'circuit' name ('(' (circuitParam (',' circuitParam)*)? ')')? ('extends' qualifiedName)?
      '{' circuitMember* '}'
    ;

circuitParam : name (':' typeName)? ('=' expr)? ;

circuitMember
    : dir=('in' | 'out') portItem (',' portItem)* ';'?                              # portDecl
    | 'neuron' name (',' name)* ':' qualifiedName overrides? ';'?                   # neuronDecl
    | 'population' name '[' expr ']' ':' qualifiedName overrides? ';'?              # populationDecl
    | 'instance' name ('[' expr ']')? ':' spec ';'?                                 # instanceDecl
    | 'input' name ('[' expr ']')? ':' spec ';'?                                    # inputDecl
    | 'connect'? path '->' path (':' synapse=spec)? ('with' connectivity=spec)? ';'?        # connectDecl
    | 'for' name 'in' expr '..' expr memberBlock                                    # forDecl
    | 'if' expr memberBlock ('else' 'if' expr memberBlock)* ('else' memberBlock)?   # ifDecl
    | letDecl                                                                       # circuitLet
    | externDecl                                                                    # circuitExtern
    | override ';'?                                                                 # circuitOverride
    ;

memberBlock : '{' circuitMember* '}' ;

// A synapse, connectivity rule, sub-circuit or source with its arguments: `direct(w = 0.2)`,
// `probability(0.1)`, `one_to_one`.
spec : qualifiedName ('(' arguments? ')')? ;

portItem : name ('[' expr ']')? ;

overrides : '{' (override (';' | ',')?)* '}' ;

letDecl : 'let' name (':' typeName)? '=' expr ';'? ;

externDecl
    : 'extern' dir=('input' | 'output') name ('[' expr ']')? ';'?                          # externPort
    | 'extern' 'fn' name '(' (fnParam (',' fnParam)*)? ')' ('->' typeName)? ';'?         # externFn
    ;

fnParam : name ':' typeName ;

// ---------------------------------------------------------------------------------------------
// Expressions, lowest precedence last
// ---------------------------------------------------------------------------------------------

expr
    : primary                                                    # primaryExpr
    | expr '.' name                                              # memberExpr
    | expr '[' expr ('..' expr)? ']'                             # indexExpr
    | expr '(' arguments? ')'                                    # callExpr
    | op=('-' | '+' | 'not' | '!') expr                          # unaryExpr
    | expr op=('*' | '/' | '%') expr                             # binaryExpr
    | expr op=('+' | '-') expr                                   # binaryExpr
    | expr op=('<' | '<=' | '>' | '>=') expr                     # binaryExpr
    | expr op=('==' | '!=') expr                                 # binaryExpr
    | expr op=('and' | '&&') expr                                # binaryExpr
    | expr op=('or' | '||') expr                                 # binaryExpr
    ;

primary
    : NUMBER ({unitOnSameLine()}? unit)?                         # numberLit
    | val=('true' | 'false')                                     # boolLit
    | STRING                                                     # stringLit
    | name                                                       # nameRef
    | '(' expr ')'                                               # parenExpr
    ;

// '2 ms', '0.05 per ms', '0.5 mV per ms': a unit directly follows a number literal.
unit : num=name ('per' den=name)? | 'per' den=name ;

arguments : argument (',' argument)* ;

argument : (name '=')? expr ;

// ---------------------------------------------------------------------------------------------
// Tokens. Keywords first (ANTLR prefers the earlier rule on equal length), then the rest.
// ---------------------------------------------------------------------------------------------

IMPORT     : 'import' ;
AS         : 'as' ;
NEURON     : 'neuron' ;
SYNAPSE    : 'synapse' ;
CIRCUIT    : 'circuit' ;
EXTENDS    : 'extends' ;
PARAM      : 'param' ;
STATE      : 'state' ;
EVOLVE     : 'evolve' ;
ON         : 'on' ;
FIRE       : 'fire' ;
WHEN       : 'when' ;
CHECKED    : 'checked' ;
EVERY      : 'every' ;
REFRACTORY : 'refractory' ;
LET        : 'let' ;
IF         : 'if' ;
ELSE       : 'else' ;
FOR        : 'for' ;
IN         : 'in' ;
OUT        : 'out' ;
POPULATION : 'population' ;
INSTANCE   : 'instance' ;
INPUT      : 'input' ;
OUTPUT     : 'output' ;
CONNECT    : 'connect' ;
WITH       : 'with' ;
EXTERN     : 'extern' ;
FN         : 'fn' ;
TRUE       : 'true' ;
FALSE      : 'false' ;
AND        : 'and' ;
OR         : 'or' ;
NOT        : 'not' ;
PER        : 'per' ;

ARROW      : '->' ;
RANGE      : '..' ;
PLUS_EQ    : '+=' ;
MINUS_EQ   : '-=' ;
STAR_EQ    : '*=' ;
SLASH_EQ   : '/=' ;
EQ_EQ      : '==' ;
BANG_EQ    : '!=' ;
LESS_EQ    : '<=' ;
GREATER_EQ : '>=' ;
AMP_AMP    : '&&' ;
PIPE_PIPE  : '||' ;
EQ         : '=' ;
LESS       : '<' ;
GREATER    : '>' ;
PLUS       : '+' ;
MINUS      : '-' ;
STAR       : '*' ;
SLASH      : '/' ;
PERCENT    : '%' ;
BANG       : '!' ;
DOT        : '.' ;
COMMA      : ',' ;
COLON      : ':' ;
SEMI       : ';' ;
LPAREN     : '(' ;
RPAREN     : ')' ;
LBRACKET   : '[' ;
RBRACKET   : ']' ;
LBRACE     : '{' ;
RBRACE     : '}' ;

// 3, 1_000_000, 0.05, 1.5e-3. No leading or trailing '.', so '0..n' lexes as a range.
NUMBER : DIGITS ('.' DIGITS)? ([eE] [+-]? DIGITS)? ;
fragment DIGITS : [0-9] ('_'? [0-9])* ;

ID : [a-zA-Z_] [a-zA-Z_0-9]* ;

// Escapes are checked by the AST builder, which can say which one is wrong.
STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;

DOC_LINE_COMMENT  : '///' ~[\r\n]* -> channel(HIDDEN) ;
LINE_COMMENT      : '//' ~[\r\n]* -> channel(HIDDEN) ;
DOC_BLOCK_COMMENT : '/**' .*? '*/' -> channel(HIDDEN) ;
BLOCK_COMMENT     : '/*' .*? '*/' -> channel(HIDDEN) ;
WS                : [ \t\r\n\f]+ -> skip ;

// Malformed input, kept as tokens on the hidden channel so the driver reports it with a
// precise message instead of ANTLR's "token recognition error".
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(HIDDEN) ;
UNTERMINATED_STRING  : '"' (~["\\\r\n] | '\\' ~[\r\n])* -> channel(HIDDEN) ;
ERROR_CHAR           : . -> channel(HIDDEN) ;
