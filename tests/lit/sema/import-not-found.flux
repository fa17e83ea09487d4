// A module that is not found is reported at the import, listing every place it looked: stdlib, each -I folder, the importing file's folder.
// RUN: rm -rf %t && split-file %s %t
// RUN: not %fluxc check --stdlib %stdlib -I %t/inc %t/main.flux 2>&1 | FileCheck --strict-whitespace -DSTDLIB=%stdlib -DDIR=%t %s

// CHECK:      {{^}}[[DIR]]{{/|\\}}main.flux:2:1: error: cannot find module 'missing.mod'; looked for [[STDLIB]]{{/|\\}}missing{{/|\\}}mod.flux, [[DIR]]{{/|\\}}inc{{/|\\}}missing{{/|\\}}mod.flux, [[DIR]]{{/|\\}}missing{{/|\\}}mod.flux (add a folder with -I){{$}}
// CHECK-NEXT: {{^}}import missing.mod{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

//--- main.flux
// A module that exists nowhere.
import missing.mod
//--- inc/other.flux
