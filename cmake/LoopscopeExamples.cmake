# examples/cpp: programs on the runtime that the README shows. Each is built and run by ctest,
# which checks its output, so the README's code always compiles and says what it prints.

add_executable(example_quickstart "${PROJECT_SOURCE_DIR}/examples/cpp/quickstart.cpp")
target_link_libraries(example_quickstart PRIVATE loopscope_aio)
if(EMSCRIPTEN)
  target_link_options(example_quickstart PRIVATE -sENVIRONMENT=node -sEXIT_RUNTIME=1)
  if(LOOPSCOPE_WASM_THREADS)
    target_link_options(example_quickstart PRIVATE -sPTHREAD_POOL_SIZE=2)
  endif()
  set_target_properties(example_quickstart PROPERTIES CROSSCOMPILING_EMULATOR "${LOOPSCOPE_TEST_EMULATOR}")
endif()
if(LOOPSCOPE_TESTS)
  add_test(NAME example_quickstart COMMAND example_quickstart)
  # The exact lines the README shows (CPython's asyncio prints the same for the same program).
  set_tests_properties(example_quickstart PROPERTIES PASS_REGULAR_EXPRESSION
    " 0\\.0s  a starts\n 0\\.0s  b starts\n 1\\.0s  a done\n 1\\.0s  c starts\n 2\\.0s  b: TimeoutError\n 2\\.5s  c done\n 2\\.5s  all done\n")
endif()
