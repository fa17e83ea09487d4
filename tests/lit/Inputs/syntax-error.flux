// One syntax error, for tests of exit codes.
let x =
