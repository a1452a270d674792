# py2triton_embed_triton_templates(OUTPUT): a custom command that writes
# OUTPUT, a C++ table of templates/triton/*.py (EmbedTemplates.cmake), for
# the emitter (lib/Target/Triton) and the LLM's compact answers (lib/LLM),
# which the LLM-only build compiles without the emitter.
function(py2triton_embed_triton_templates output)
  file(GLOB templates CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/templates/triton/*.py)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DTEMPLATE_DIR=${PROJECT_SOURCE_DIR}/templates/triton
            -DOUTPUT=${output} -P ${PROJECT_SOURCE_DIR}/cmake/EmbedTemplates.cmake
    DEPENDS ${templates} ${PROJECT_SOURCE_DIR}/cmake/EmbedTemplates.cmake
    COMMENT "Embedding templates/triton")
endfunction()
