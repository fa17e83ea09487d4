// RUN: %fluxc --verify %s 2>&1 | count 0
// --verify: '@+N' and '@-N' point N lines below or above the comment, '@N' at line N.

// expected-error@+1 {{unknown escape sequence '\q'}}
let a = "\q"
let b = "\w"
// expected-error@-1 {{unknown escape sequence '\w'}}
let c = "\e"
// expected-error@8 {{unknown escape sequence '\e'}}
// expected-error@+2 {{unknown escape}}
// expected-error@+1 {{unknown escape}}
let d = "\1" + "\2"
