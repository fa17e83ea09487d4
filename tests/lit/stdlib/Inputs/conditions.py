"""The command-line mini-language of the stdlib tests' scripts (network.py, trains.py): --let
NAME=EXPR binds a name, --show EXPR prints a value, --expect CONDITION prints "ok: CONDITION" or
"FAIL: CONDITION". Expressions are Python over the names a script provides and no builtins."""


def add_arguments(parser):
    parser.add_argument("--let", action="append", default=[], metavar="NAME=EXPR")
    parser.add_argument("--show", action="append", default=[], metavar="EXPR")
    parser.add_argument("--expect", action="append", default=[], metavar="CONDITION")


def evaluate(args, names, fmt=str):
    """Runs the --let, --show and --expect arguments over `names`; True if every condition
    held."""
    scope = {"__builtins__": {}, **names}
    for item in args.let:
        name, _, expr = item.partition("=")
        scope[name.strip()] = eval(expr, scope)
    for expr in args.show:
        print(f"{expr} = {fmt(eval(expr, scope))}")
    held = True
    for condition in args.expect:
        if eval(condition, scope):
            print(f"ok: {condition}")
        else:
            held = False
            print(f"FAIL: {condition}")
    return held
