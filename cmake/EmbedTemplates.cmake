# Writes OUTPUT: a C++ table of the emitter's skeletons, one entry per file
# in TEMPLATE_DIR (name without extension -> file text), so the compiler
# needs no files at run time.
file(GLOB templates "${TEMPLATE_DIR}/*.py")
list(SORT templates)
set(text "// Generated from templates/triton by EmbedTemplates.cmake. Do not edit.\n")
string(APPEND text "static const struct { const char *name; const char *text; } kTemplates[] = {\n")
foreach(path ${templates})
  get_filename_component(name "${path}" NAME_WE)
  file(READ "${path}" content)
  string(APPEND text "  {\"${name}\", R\"PY2T(${content})PY2T\"},\n")
endforeach()
string(APPEND text "};\n")
file(WRITE "${OUTPUT}.tmp" "${text}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
