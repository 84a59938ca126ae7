# GoogleTest from Debian's sources and one ctest entry per test binary.

set(LOOPSCOPE_GTEST_DIR "/usr/src/googletest" CACHE PATH "GoogleTest sources (Debian package googletest)")
if(NOT EXISTS "${LOOPSCOPE_GTEST_DIR}/CMakeLists.txt")
  message(FATAL_ERROR "GoogleTest sources not found in ${LOOPSCOPE_GTEST_DIR}: apt-get install googletest")
endif()

set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
if(EMSCRIPTEN AND NOT LOOPSCOPE_WASM_THREADS)
  set(gtest_disable_pthreads ON CACHE BOOL "" FORCE)   # no threads in this wasm build
endif()
add_subdirectory("${LOOPSCOPE_GTEST_DIR}" "${CMAKE_BINARY_DIR}/googletest" EXCLUDE_FROM_ALL SYSTEM)

if(EMSCRIPTEN)
  find_program(LOOPSCOPE_NODE NAMES node nodejs REQUIRED)
  # Node 20's global fetch breaks the 3.1.6 loader (TOOLCHAIN.md).
  set(LOOPSCOPE_TEST_EMULATOR "${LOOPSCOPE_NODE};--no-experimental-fetch")
  # NODERAWFS: tests see the real file system, like the native ones. The stack is big
  # because gtest and deep coroutine chains need more than the 5 MB default.
  set(LOOPSCOPE_TEST_LINK_OPTIONS
      -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1 -sASSERTIONS=1
      -sINITIAL_MEMORY=67108864 -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=16777216)
  if(LOOPSCOPE_WASM_THREADS)
    list(APPEND LOOPSCOPE_TEST_LINK_OPTIONS -sPTHREAD_POOL_SIZE=8 -Wno-pthreads-mem-growth)
  endif()
endif()

# loopscope_test(NAME DIR LIBS...): NAME from DIR/*.cpp, skipped while DIR has none.
function(loopscope_test name dir)
  file(GLOB sources CONFIGURE_DEPENDS "${dir}/*.cpp")
  if(NOT sources)
    message(STATUS "${name}: no sources in ${dir} yet, skipped")
    return()
  endif()
  add_executable(${name} ${sources})
  target_link_libraries(${name} PRIVATE ${ARGN} GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE LOOPSCOPE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  if(EMSCRIPTEN)
    target_link_options(${name} PRIVATE ${LOOPSCOPE_TEST_LINK_OPTIONS})
    set_target_properties(${name} PROPERTIES CROSSCOMPILING_EMULATOR "${LOOPSCOPE_TEST_EMULATOR}")
  endif()
  add_test(NAME ${name} COMMAND ${name} WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(${name} PROPERTIES TIMEOUT 600)
endfunction()

loopscope_test(aio_tests "${PROJECT_SOURCE_DIR}/tests/cpp/aio" loopscope_aio)
loopscope_test(py_tests "${PROJECT_SOURCE_DIR}/tests/cpp/py" loopscope_py)
