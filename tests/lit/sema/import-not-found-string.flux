// A string import that names no file is reported with the path it tried, beside the importing file.
// RUN: rm -rf %t && split-file %s %t
// RUN: not %fluxc check %t/main.flux 2>&1 | FileCheck --strict-whitespace -DDIR=%t %s

// CHECK:      main.flux:1:1: error: cannot find module 'lib/gone.flux'; looked for [[DIR]]{{/|\\}}lib/gone.flux (add a folder with -I){{$}}
// CHECK-NEXT: {{^}}import "lib/gone.flux" as gone{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~{{$}}

//--- main.flux
import "lib/gone.flux" as gone
