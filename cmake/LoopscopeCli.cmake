# The `loopscope` command-line runner (native/cli.cpp): natively for tests and benchmarks, and
# as wasm in Node (NODERAWFS reads the program file). The conformance corpus runs through both.

add_executable(loopscope "${PROJECT_SOURCE_DIR}/native/cli.cpp")
target_link_libraries(loopscope PRIVATE loopscope_py)
if(EMSCRIPTEN)
  target_link_options(loopscope PRIVATE
    -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=67108864 -sTOTAL_STACK=16777216)
  if(LOOPSCOPE_WASM_THREADS)
    target_link_options(loopscope PRIVATE -sPTHREAD_POOL_SIZE=4 -Wno-pthreads-mem-growth)
  endif()
  set(LOOPSCOPE_COMMAND "${LOOPSCOPE_NODE} --no-experimental-fetch $<TARGET_FILE:loopscope>")
else()
  set(LOOPSCOPE_COMMAND "$<TARGET_FILE:loopscope>")
endif()
set(LOOPSCOPE_RUNNER "${LOOPSCOPE_COMMAND} run {file}")

# Conformance: every program of tests/conformance/ and tests/seeds/ (the tutorial examples the
# project grew from) must print CPython's stdout and exit with its status. Programs listed in
# tests/known_failures.txt are expected to fail for now (tests/tools/check_conformance.py).
# In wasm each program would pay a Node start-up (~1 s, 13 min for the corpus): the CLI runs the
# seeds there, and the whole corpus goes through the wasm engine in one Jest session instead
# (tests/node/conformance.test.js).
if(EMSCRIPTEN)
  set(LOOPSCOPE_CORPUS "${PROJECT_SOURCE_DIR}/tests/seeds")
else()
  set(LOOPSCOPE_CORPUS "${PROJECT_SOURCE_DIR}/tests/conformance" "${PROJECT_SOURCE_DIR}/tests/seeds")
endif()
if(LOOPSCOPE_TESTS)
  add_test(NAME conformance
           COMMAND python3 "${PROJECT_SOURCE_DIR}/tests/tools/check_conformance.py" --jobs 2 --timeout 60
                   --runner "${LOOPSCOPE_RUNNER}" --known-failures "${PROJECT_SOURCE_DIR}/tests/known_failures.txt"
                   ${LOOPSCOPE_CORPUS}
           WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  # Reference cycles (a module's functions and its globals) are not collected yet: leak reports
  # would change the exit status the corpus checks.
  set_tests_properties(conformance PROPERTIES TIMEOUT 1200 ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  # The CLI's contract: options, usage errors, stdin, --json, --timeline, --trace, limits.
  add_test(NAME cli COMMAND python3 "${PROJECT_SOURCE_DIR}/tests/cli/test_cli.py" --loopscope "${LOOPSCOPE_COMMAND}"
           WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(cli PROPERTIES TIMEOUT 300 ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  # Python threads where CPython can't be the oracle: deadlock report, 1000 threads, GIL turns.
  add_test(NAME threads COMMAND python3 "${PROJECT_SOURCE_DIR}/tests/cli/test_threads.py" --loopscope "${LOOPSCOPE_COMMAND}"
           WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(threads PROPERTIES TIMEOUT 300 ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  # An uncaught exception's stderr (markers, chains, folded recursion) equals python3's, run by the test.
  add_test(NAME tracebacks COMMAND python3 "${PROJECT_SOURCE_DIR}/tests/cli/test_tracebacks.py" --loopscope "${LOOPSCOPE_COMMAND}"
           WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(tracebacks PROPERTIES TIMEOUT 300 ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  # Python threads on OS threads in the real clock, against CPython on schedule-proof programs
  # (native only for now: the wasm-mt CLI has not been checked with them yet).
  if(NOT EMSCRIPTEN)
    add_test(NAME real_threads COMMAND python3 "${PROJECT_SOURCE_DIR}/tests/cli/test_real_threads.py" --loopscope "${LOOPSCOPE_COMMAND}"
             WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
    set_tests_properties(real_threads PROPERTIES TIMEOUT 300 ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  endif()
  # Processes where CPython can't be the oracle: --cpus, the CPU-bound demo's ratios, deadlocks.
  add_test(NAME processes COMMAND python3 "${PROJECT_SOURCE_DIR}/tests/cli/test_processes.py" --loopscope "${LOOPSCOPE_COMMAND}"
           WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(processes PROPERTIES TIMEOUT 300 ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  # Runaway programs end with CPython's errors (RecursionError, MemoryError), never a crash.
  add_test(NAME runaway COMMAND python3 "${PROJECT_SOURCE_DIR}/tests/cli/test_runaway.py" --loopscope "${LOOPSCOPE_COMMAND}"
           WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set(runaway_env "ASAN_OPTIONS=detect_leaks=0")
  if(CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    list(APPEND runaway_env "LOOPSCOPE_SANITIZED=1")
  endif()
  if(EMSCRIPTEN)
    list(APPEND runaway_env "LOOPSCOPE_WASM_CLI=1")
  endif()
  set_tests_properties(runaway PROPERTIES TIMEOUT 300 ENVIRONMENT "${runaway_env}")
  # The npm package's CLI (bin/loopscope.js: the JS API on this preset's engine, in a worker
  # thread) keeps the same contract, --timeout included. Here, not in Jest: ctest runs it beside
  # the other wasm tests (2 jobs), where a Jest file would add its minute or two to the serial
  # Jest stage. (Its runaways are the engine's, checked by `runaway` above; the worker's own
  # stack is checked in tests/node/api_runaway.test.js.)
  if(EMSCRIPTEN AND NOT LOOPSCOPE_WASM_THREADS)
    add_test(NAME npm_cli COMMAND python3 "${PROJECT_SOURCE_DIR}/tests/cli/test_cli.py"
                                  --loopscope "${LOOPSCOPE_NODE} ${PROJECT_SOURCE_DIR}/bin/loopscope.js"
             WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
    set_tests_properties(npm_cli PROPERTIES TIMEOUT 600 ENVIRONMENT "LOOPSCOPE_ENGINE=$<TARGET_FILE:loopscope_engine>")
  endif()
endif()
