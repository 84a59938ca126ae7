# The frozen library precompiled at build time (runtime/py/precompiled_library.hpp).
# loopscope_precompile (tools/precompile_library.cpp + loopscope_py's objects, which embed the
# library's source and this build's compiler) compiles every runtime/py/lib/*.py and writes
# generated/precompiled_library_data.cpp; that file is the static library
# loopscope_py_precompiled, which every target linking loopscope_py links after it. In the wasm
# presets the tool is itself wasm and runs under Node, so no host compiler is needed.
# The tool takes loopscope_py's objects rather than the library, whose link interface brings
# in the generated data: a target can't contain its own output.

set(LOOPSCOPE_PRECOMPILED_CPP "${PROJECT_BINARY_DIR}/generated/precompiled_library_data.cpp")

add_executable(loopscope_precompile
  "${PROJECT_SOURCE_DIR}/tools/precompile_library.cpp"
  "${PROJECT_SOURCE_DIR}/tools/precompiled_library_none.cpp"
  $<TARGET_OBJECTS:loopscope_py>)
target_link_libraries(loopscope_precompile PRIVATE loopscope_aio)  # loopscope_py's own dependency

if(EMSCRIPTEN)
  find_program(LOOPSCOPE_NODE NAMES node nodejs REQUIRED)
  # NODERAWFS: the tool writes its output with plain file I/O; the compiler recurses deeply.
  # -O0 at link time skips Binaryen's passes: the tool runs once per build, its link is what costs.
  target_link_options(loopscope_precompile PRIVATE -O0
    -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1
    -sINITIAL_MEMORY=67108864 -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=16777216)
  if(LOOPSCOPE_WASM_THREADS)
    target_link_options(loopscope_precompile PRIVATE -Wno-pthreads-mem-growth)
  endif()
  # Node 20's global fetch breaks the 3.1.6 loader (TOOLCHAIN.md).
  set(loopscope_run_precompile "${LOOPSCOPE_NODE}" --no-experimental-fetch "$<TARGET_FILE:loopscope_precompile>")
else()
  # Under ASan the tool runs without leak checking, as the tests do: types' methods are immortal
  # objects, and one replaced at start-up is reported as a leak.
  set(loopscope_run_precompile "${CMAKE_COMMAND}" -E env ASAN_OPTIONS=detect_leaks=0 "$<TARGET_FILE:loopscope_precompile>")
endif()

add_custom_command(
  OUTPUT "${LOOPSCOPE_PRECOMPILED_CPP}"
  COMMAND ${loopscope_run_precompile} "${LOOPSCOPE_PRECOMPILED_CPP}"
  DEPENDS loopscope_precompile
  COMMENT "Precompiling runtime/py/lib/*.py"
  VERBATIM)

add_library(loopscope_py_precompiled STATIC "${LOOPSCOPE_PRECOMPILED_CPP}")
target_link_libraries(loopscope_py_precompiled PRIVATE loopscope_aio)  # includes and flags
target_link_libraries(loopscope_py INTERFACE loopscope_py_precompiled)
