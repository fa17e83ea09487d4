# flux_antlr_parser(target GRAMMAR file): runs Debian's antlr4 tool at build time and compiles
# the generated C++ into a static library. The generated sources do not compile as C++20
# (u8 literals become char8_t), so they are built as C++17, without our warning flags.
find_program(ANTLR4_TOOL antlr4 REQUIRED)
find_path(ANTLR4_INCLUDE_DIR antlr4-runtime.h PATH_SUFFIXES antlr4-runtime REQUIRED)
find_library(ANTLR4_RUNTIME_LIB antlr4-runtime REQUIRED)

function(flux_antlr_parser target)
  cmake_parse_arguments(ARG "" "GRAMMAR;NAMESPACE" "" ${ARGN})
  get_filename_component(name ${ARG_GRAMMAR} NAME_WE)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/antlr)
  set(generated ${out}/${name}Lexer.cpp ${out}/${name}Parser.cpp ${out}/${name}Visitor.cpp
                ${out}/${name}BaseVisitor.cpp)
  add_custom_command(
    OUTPUT ${generated}
    COMMAND ${ANTLR4_TOOL} -Dlanguage=Cpp -visitor -no-listener -package ${ARG_NAMESPACE}
            -Xexact-output-dir -o ${out} ${ARG_GRAMMAR}
    DEPENDS ${ARG_GRAMMAR}
    COMMENT "Generating the ${name} parser with ANTLR"
    VERBATIM)
  add_library(${target} STATIC ${generated})
  set_target_properties(${target} PROPERTIES CXX_STANDARD 17 POSITION_INDEPENDENT_CODE ON)
  target_compile_options(${target} PRIVATE -w)
  target_include_directories(${target} SYSTEM PUBLIC ${out} ${ANTLR4_INCLUDE_DIR})
  target_link_libraries(${target} PUBLIC ${ANTLR4_RUNTIME_LIB})
endfunction()
